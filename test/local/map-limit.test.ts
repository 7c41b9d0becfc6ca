import { describe, expect, it } from 'vitest';
import { mapLimit } from '../../src/local/map-limit.js';

const tick = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapLimit', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimit([5, 1, 4, 2, 3, 0, 6], 3, async (ms, index) => {
      running += 1;
      most = Math.max(most, running);
      await tick(ms);
      running -= 1;
      return `${index}:${ms}`;
    });
    expect(results).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0', '6:6']);
    expect(most).toBe(3);
  });

  it('starts nothing after a failure, waits for the work under way, then throws the first error', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const run = mapLimit([0, 1, 2, 3, 4, 5], 2, async (item) => {
      started.push(item);
      if (item === 1) throw new Error('item 1 failed');
      await tick(20);
      finished.push(item);
      return item;
    });
    await expect(run).rejects.toThrow('item 1 failed');
    // Item 0 was under way when item 1 failed: it finished before the error came out.
    expect(finished).toContain(0);
    expect(started.length).toBeLessThan(6);
    const settled = [...finished];
    await tick(50);
    expect(finished).toEqual(settled);
  });

  it('handles no items', async () => {
    expect(await mapLimit([], 4, async () => 1)).toEqual([]);
  });
});
