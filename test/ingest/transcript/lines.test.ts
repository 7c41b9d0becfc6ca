import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLines } from '../../../src/ingest/lines.js';

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
