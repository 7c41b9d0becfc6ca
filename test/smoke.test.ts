import { describe, expect, it } from 'vitest';
import { bandOf } from '../src/records/schema.js';
describe('bands', () => {
  it('splits at the tier thresholds', () => {
    expect(bandOf(100_000)).toBe('le100k');
    expect(bandOf(100_001)).toBe('100k-200k');
    expect(bandOf(200_001)).toBe('gt200k');
  });
});
