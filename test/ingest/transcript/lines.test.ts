import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLines, readLinesSync, type Line } from '../../../src/ingest/lines.js';

const dir = mkdtempSync(join(tmpdir(), 'claude-cost-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
async function linesOf(content: string | Buffer, chunkSize?: number) {
  const path = join(dir, `f${(count += 1)}.jsonl`);
  writeFileSync(path, content);
  const out: { line: number; text: string; terminated: boolean }[] = [];
  for await (const { line, bytes, terminated } of readLines(path, { chunkSize })) {
    out.push({ line, text: bytes.toString('utf8'), terminated });
  }
  return out;
}

describe('readLines', () => {
  it('yields nothing for an empty file', async () => {
    expect(await linesOf('')).toEqual([]);
  });

  it('numbers lines from 1 and keeps empty ones', async () => {
    expect(await linesOf('a\n\nb\n')).toEqual([
      { line: 1, text: 'a', terminated: true },
      { line: 2, text: '', terminated: true },
      { line: 3, text: 'b', terminated: true },
    ]);
  });

  it('marks a last line without newline as unterminated', async () => {
    expect(await linesOf('a\nb')).toEqual([
      { line: 1, text: 'a', terminated: true },
      { line: 2, text: 'b', terminated: false },
    ]);
  });

  it('strips CR before LF, also across a chunk boundary', async () => {
    // 15 bytes + CR lands the CR as the chunk's last byte with a 16-byte chunk.
    const text = `${'x'.repeat(15)}\r\nyy\r\n`;
    expect((await linesOf(text, 16)).map((l) => l.text)).toEqual(['x'.repeat(15), 'yy']);
  });

  it('removes a BOM only at the start of the file', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const lines = await linesOf(Buffer.concat([bom, Buffer.from('{"a":1}\n'), bom, Buffer.from('b\n')]));
    expect(lines[0]?.text).toBe('{"a":1}');
    expect(lines[1]?.text).toBe('\ufeffb');
    expect(await linesOf(bom)).toEqual([]);
    expect(await linesOf('ab')).toEqual([{ line: 1, text: 'ab', terminated: false }]);
  });

  it('joins lines many times longer than the chunk', async () => {
    const long = 'L'.repeat(100_000);
    const lines = await linesOf(`short\n${long}\n${long}x`, 64);
    expect(lines.map((l) => [l.line, l.text.length, l.terminated])).toEqual([
      [1, 5, true],
      [2, 100_000, true],
      [3, 100_001, false],
    ]);
    expect(lines[1]?.text).toBe(long);
  });

  it('splits every chunk boundary position correctly', async () => {
    const text = Array.from({ length: 40 }, (_, i) => 'y'.repeat(i)).join('\n');
    for (const chunk of [16, 17, 31, 64]) {
      const lines = await linesOf(text, chunk);
      expect(lines.map((l) => l.text.length)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    }
  });

  it('does not split multi-byte characters', async () => {
    const text = '€'.repeat(50) + '\n' + '日本'.repeat(30);
    const lines = await linesOf(text, 16);
    expect(lines.map((l) => l.text)).toEqual(['€'.repeat(50), '日本'.repeat(30)]);
  });
});

describe('readLines with a line longer than maxLineBytes', () => {
  it('yields the oversized line as a short prefix, keeps the lines around it, and holds no copy', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readLines } = await import('../../../src/ingest/lines.js');
    const path = join(mkdtempSync(join(tmpdir(), 'lines-')), 'big.jsonl');
    writeFileSync(path, `{"a":1}\n{"big":"${'x'.repeat(5000)}"}\n{"b":2}\n{"tail":"${'y'.repeat(5000)}`);
    const lines = [];
    for await (const l of readLines(path, { chunkSize: 64, maxLineBytes: 1000 })) {
      lines.push({ line: l.line, oversized: l.oversized, terminated: l.terminated, text: l.bytes.toString() });
    }
    expect(lines.map((l) => [l.line, l.oversized, l.terminated])).toEqual([
      [1, false, true],
      [2, true, true],
      [3, false, true],
      [4, true, false],
    ]);
    expect(lines[0]?.text).toBe('{"a":1}');
    expect(lines[1]?.text.startsWith('{"big":"xx')).toBe(true);
    expect(lines[1]?.text.length).toBeLessThanOrEqual(256);
    expect(lines[2]?.text).toBe('{"b":2}');
  });
});

describe('readLinesSync and its reused buffer', () => {
  const write = (content: string): string => {
    const path = join(dir, `s${(count += 1)}.jsonl`);
    writeFileSync(path, content);
    return path;
  };
  /** Each line is a view into the reader's buffer, valid until the next one: copy as we go. */
  const collect = (lines: Iterable<Line>) =>
    Array.from(lines, (l) => ({ ...l, text: l.bytes.toString('utf8'), length: l.bytes.length }));
  const texts = (lines: Iterable<Line>): string[] => collect(lines).map((l) => l.text);

  it('gives two readers running at the same time their own buffers', () => {
    const a = write(Array.from({ length: 50 }, (_, i) => `a${i}`.repeat(i + 1)).join('\n'));
    const b = write(Array.from({ length: 50 }, (_, i) => `b${i}`.repeat(50 - i)).join('\n'));
    const first = readLinesSync(a, { chunkSize: 64 });
    const second = readLinesSync(b, { chunkSize: 64 });
    const got: [string[], string[]] = [[], []];
    for (;;) {
      const x = first.next();
      const y = second.next();
      if (!x.done) got[0].push(x.value.bytes.toString('utf8'));
      if (!y.done) got[1].push(y.value.bytes.toString('utf8'));
      if (x.done && y.done) break;
    }
    expect(got[0]).toEqual(Array.from({ length: 50 }, (_, i) => `a${i}`.repeat(i + 1)));
    expect(got[1]).toEqual(Array.from({ length: 50 }, (_, i) => `b${i}`.repeat(50 - i)));
  });

  it('reads the next file correctly after one was left half read', () => {
    const a = write('first\nsecond\nthird\n');
    const b = write(`${'x'.repeat(200)}\nshort\n${'y'.repeat(100)}`);
    for (const line of readLinesSync(a, { chunkSize: 16 })) if (line.line === 2) break;
    expect(texts(readLinesSync(b, { chunkSize: 16 }))).toEqual(['x'.repeat(200), 'short', 'y'.repeat(100)]);
    expect(texts(readLinesSync(a, { chunkSize: 16 }))).toEqual(['first', 'second', 'third']);
  });

  it('grows past long lines and keeps reading short ones after them', () => {
    const long = 'L'.repeat(5000);
    const content = ['s1', long, 's2', `${long}M`, 's3', 'e'.repeat(40)].join('\r\n');
    const lines = collect(readLinesSync(write(content), { chunkSize: 16 }));
    expect(lines.map((l) => [l.line, l.text, l.terminated, l.oversized])).toEqual([
      [1, 's1', true, false],
      [2, long, true, false],
      [3, 's2', true, false],
      [4, `${long}M`, true, false],
      [5, 's3', true, false],
      [6, 'e'.repeat(40), false, false],
    ]);
  });

  it('counts a line of exactly maxLineBytes as kept and one byte more as oversized', () => {
    const path = write(`${'k'.repeat(100)}\n${'o'.repeat(101)}\nafter\n${'t'.repeat(101)}`);
    const lines = collect(readLinesSync(path, { chunkSize: 16, maxLineBytes: 100 }));
    expect(lines.map((l) => [l.line, l.length, l.terminated, l.oversized])).toEqual([
      [1, 100, true, false],
      [2, 101, true, true], // the first 256 bytes of an oversized line: here all of it
      [3, 5, true, false],
      [4, 101, false, true],
    ]);
    expect(lines[1]?.text).toBe('o'.repeat(101));
  });
});
