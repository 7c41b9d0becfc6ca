import { describe, expect, it } from 'vitest';
import { formatAmount, formatInteger, formatTokens, formatUsd } from '../../src/render/format.js';

/** What the formatters must write: what `toLocaleString('en-US')` writes, without its start-up cost. */
const locale = (n: number, digits?: number): string =>
  digits === undefined
    ? n.toLocaleString('en-US')
    : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

describe('number formatting', () => {
  it('groups whole numbers as toLocaleString does', () => {
    const cases = [
      0, 1, 12, 123, 999, 1000, 1234, 12345, 123456, 1234567, 1_000_000, 9_007_199_254_740_991, -1, -1234, -1_234_567,
    ];
    for (const n of cases) expect(formatInteger(n), String(n)).toBe(locale(n));
    expect(formatInteger(1234.5)).toBe(locale(1234.5));
    expect(formatTokens(9999)).toBe('9,999');
  });

  it('writes dollars to the cent as toLocaleString does, ties and large amounts included', () => {
    const cases = [
      0,
      0.01,
      0.015,
      0.125,
      1.005,
      1.255,
      2.675,
      10.5,
      999.995,
      1000,
      1234.565,
      1234567.891,
      98765432.105,
      1e15 + 0.5,
      1e20,
      1e21,
      1e22,
    ];
    let seed = 7;
    for (let i = 0; i < 5000; i += 1) {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      cases.push((seed % 100_000_000) / 1000, (seed % 1_000_000) / 100, seed / 7);
    }
    for (const usd of cases) {
      expect(formatUsd(usd), String(usd)).toBe(`$${locale(usd, 2)}`);
      if (usd >= 0.01) expect(formatUsd(-usd), String(-usd)).toBe(`−$${locale(usd, 2)}`);
    }
    expect(formatUsd(0.004)).toBe('$0.0040');
  });

  it('writes any number of decimals as toLocaleString does', () => {
    let seed = 11;
    for (let i = 0; i < 5000; i += 1) {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      for (const value of [seed / 3, seed / 1000, (seed % 1000) / 1e5, 0.5, 2.5, 0.00005, 1e-7]) {
        for (const digits of [0, 1, 2, 3, 4])
          expect(formatAmount(value, digits), `${value} ${digits}`).toBe(locale(value, digits));
      }
    }
  });
});
