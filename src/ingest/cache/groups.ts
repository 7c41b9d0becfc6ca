/** What `linkedGroups` needs to know about a file. */
export interface Linkable {
  facts: ReadonlyArray<{ sessionId: string }>;
  /**
   * Message-id hashes of its requests (see `messageIdHashes`): all of them, or for a file the
   * summary vouches for (`summarisedAs` set), only those another file of the summary shares.
   */
  ids: Float64Array;
  /** The real path under which the summary knows the file, unchanged; undefined for any other file. */
  summarisedAs: string | undefined;
}

/** Which file of the summary holds a message-id hash no other file of it holds (its real path). */
export type SoleHolder = (id: number) => string | undefined;

/**
 * `files` in groups that share no session and no request (by message id): the records of a group
 * depend on its files alone (deduplication, facts and file counts never cross), so an unchanged
 * group can take its records from the cache. Groups are ordered by their first file; files within
 * a group keep the given order, as one collect over all files would see them.
 *
 * Two summarised files share an id only if both list it, so those list only their shared ids; a
 * file outside the summary may share any id of a summarised one, so its ids are also looked up
 * with `soleHolder`. A warm run thus links the few ids of the files that changed, not every id.
 */
export function linkedGroups<T extends Linkable>(files: readonly T[], soleHolder?: SoleHolder): T[][] {
  const parent = files.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) [parent[i], i] = [root, parent[i] as number];
    return root;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const bySession = new Map<string, number>();
  files.forEach((file, i) => {
    for (const { sessionId } of file.facts) {
      const first = bySession.get(sessionId);
      if (first === undefined) bySession.set(sessionId, i);
      else union(first, i);
    }
  });

  let count = 0;
  for (const file of files) count += file.ids.length;
  const firstHolder = new IdTable(count);
  files.forEach((file, i) => {
    const { ids } = file;
    for (let n = 0; n < ids.length; n += 1) {
      const first = firstHolder.claim(ids[n] as number, i);
      if (first !== i) union(first, i);
    }
  });

  if (soleHolder !== undefined) {
    const summarised = new Map<string, number>();
    files.forEach((file, i) => {
      if (file.summarisedAs !== undefined) summarised.set(file.summarisedAs, i);
    });
    files.forEach((file, i) => {
      if (file.summarisedAs !== undefined) return;
      const { ids } = file;
      for (let n = 0; n < ids.length; n += 1) {
        const holder = soleHolder(ids[n] as number);
        const other = holder === undefined ? undefined : summarised.get(holder);
        if (other !== undefined) union(other, i);
      }
    });
  }

  const groups = new Map<number, T[]>();
  files.forEach((file, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [file]);
    else group.push(file);
  });
  return [...groups.values()];
}

/**
 * Message-id hash → a number (the first file that has it), by open addressing over typed arrays:
 * a `Map` keyed by non-integer numbers boxes each key, and this runs over tens of thousands of
 * ids in code not yet optimised.
 */
export class IdTable {
  private readonly keys: Float64Array;
  /** Value + 1, so that the zero a new array holds means an empty slot. */
  private readonly values: Int32Array;
  private readonly capacity: number;

  constructor(count: number) {
    let capacity = 16;
    while (capacity < count * 2) capacity *= 2;
    this.capacity = capacity;
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity);
  }

  /** The value of `id`, made `value` when it has none yet. */
  claim(id: number, value: number): number {
    const slot = this.slotOf(id);
    const held = this.values[slot] as number;
    if (held !== 0) return held - 1;
    this.keys[slot] = id;
    this.values[slot] = value + 1;
    return value;
  }

  /** The value of `id`, or -1. */
  get(id: number): number {
    return (this.values[this.slotOf(id)] as number) - 1;
  }

  /** Where `id` is, or the empty slot where it would go. */
  private slotOf(id: number): number {
    // The hashes are uniform: their low bits are a fine slot.
    let slot = id % this.capacity;
    while (this.values[slot] !== 0 && this.keys[slot] !== id) slot = (slot + 1) % this.capacity;
    return slot;
  }
}
