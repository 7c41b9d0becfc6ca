/**
 * Runs `work` on every item, at most `limit` at a time, and returns the results in the items'
 * order: for work that mostly waits (on the disk, on the network), where a few in flight at once
 * finish far sooner than one after another. After a failure no further item is started; the
 * ones under way are awaited, then the first error is thrown, so nothing is still running when
 * the caller carries on.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index] as T, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure !== undefined) throw failure.error;
  return results;
}
