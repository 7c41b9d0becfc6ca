import { describe, expect, it } from 'vitest';
import { defaultPriceBook } from '../../src/pricing/book.js';
import { describeBook, describeResolution } from '../../src/pricing/show.js';

const book = defaultPriceBook();

describe('describeBook', () => {
  const text = describeBook(book);

  it('lists every model with its current rates', () => {
    for (const row of book.models) expect(text).toContain(row.model);
    expect(text).toMatch(/^claude-sonnet-5-5 +2\.00 +2\.50 +4\.00 +0\.10 +10\.00 /m);
    expect(text).toMatch(/^claude-haiku-5-5 +0\.10 +0\.125 +0\.20 +0\.01 +0\.50 /m);
  });

  it('lists dated changes and sources', () => {
    expect(text).toContain('claude-sonnet-5-5 from 2026-10-07: cache read 0.20 → 0.10');
    expect(text).toContain('claude-opus-4-8 from 2026-12-01: fast mode ends');
    expect(text).toContain('claude-sonnet-4-5-20250929 from 2026-04-01: long-context premium ends');
    expect(text).toContain('Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)');
    expect(text.endsWith('\n')).toBe(true);
  });
});

describe('describeResolution', () => {
  it('shows how a Bedrock id resolved and the rates on a day', () => {
    const text = describeResolution(book, 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', '2026-03-01');
    expect(text).toContain('resolves to   claude-sonnet-4-5-20250929 (bedrock)');
    expect(text).toContain('standard      input 3.00, 5m write 3.75, 1h write 6.00, cache read 0.30, output 15.00');
    expect(text).toContain('long context  prompt over 200k');
    expect(text).toContain('regional cloud endpoint: ×1.1 applies');
  });

  it('defaults to the book date', () => {
    expect(describeResolution(book, 'claude-sonnet-5-5')).toContain('rates on      2026-11-24 (entry from 2026-10-07)');
  });

  it('says why an alias is not priced', () => {
    expect(describeResolution(book, 'opus')).toBe(
      "opus\n  not priced: alias 'opus' does not name a model version\n",
    );
  });
});
