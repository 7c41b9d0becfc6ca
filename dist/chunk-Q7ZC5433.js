import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/local/map-limit.ts
async function mapLimit(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  let failure;
  const worker = async () => {
    while (failure === void 0 && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index], index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure !== void 0) throw failure.error;
  return results;
}

export {
  mapLimit
};
