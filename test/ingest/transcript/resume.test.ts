import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectTranscripts } from '../../../src/ingest/collect.js';
import { readLinesSync } from '../../../src/ingest/lines.js';
import { appendFileResult } from '../../../src/ingest/transcript/append.js';
import { parseTranscriptPart, type TranscriptPart } from '../../../src/ingest/transcript/parse.js';
import type { FileResult } from '../../../src/ingest/types.js';
import { fixture, jsonlFiles, REAL_PROJECTS } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'claude-cost-resume-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const OPTIONS = { displayName: 'session.jsonl', maxJsonBytes: 64 * 1024 * 1024 };

/** The session file as Claude Code leaves it after writing `bytes` of `content`. */
function grownTo(path: string, content: Buffer, bytes: number): void {
  writeFileSync(path, content.subarray(0, bytes));
}

/**
 * Reads `content` the way the cache does while it is being written: once when only `cut` bytes
 * are there, then again from where that read stopped once all of it is. Returns what the second
 * read joined to the first part says, and what one read of the whole file says.
 */
function readInTwo(
  content: Buffer,
  cut: number,
  chunkSize?: number,
): { joined: FileResult; once: FileResult; first: TranscriptPart } {
  const path = join(dir, 'a1b2c3d4-0000-4000-8000-000000000001.jsonl');
  grownTo(path, content, cut);
  const first = parseTranscriptPart(path, OPTIONS, { chunkSize });
  writeFileSync(path, content);
  const { resume } = first;
  const second = parseTranscriptPart(path, OPTIONS, {
    chunkSize,
    startOffset: resume.offset,
    startLine: resume.line,
    lastSession: resume.lastSession,
    lastBranch: resume.lastBranch,
  });
  const joined = appendFileResult(first.committed ?? first.result, second.result);
  const once = parseTranscriptPart(path, OPTIONS, { chunkSize }).result;
  return { joined, once, first };
}

/**
 * Offsets worth cutting at: every line end, the middle of every line, and a few odd ones; for a
 * long file an even sample of them (the test reads the file three times per cut).
 */
function cutPoints(content: Buffer, most = 240): number[] {
  const points = new Set<number>([0, 1, 2, 3, content.length - 1, content.length]);
  let start = 0;
  for (let at = content.indexOf(0x0a); at !== -1; at = content.indexOf(0x0a, at + 1)) {
    points.add(at + 1);
    points.add(at);
    points.add(Math.floor((start + at) / 2));
    start = at + 1;
  }
  const all = [...points].filter((p) => p >= 0 && p <= content.length).sort((a, b) => a - b);
  if (all.length <= most) return all;
  return Array.from({ length: most }, (_, i) => all[Math.floor((i * all.length) / most)] as number);
}

describe('readLines from an offset', () => {
  it('reports where each line ends and resumes there with the same numbering', () => {
    const path = join(dir, 'lines.jsonl');
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    writeFileSync(path, Buffer.concat([bom, Buffer.from('one\r\n\ntwo\nthree')]));
    // Lines are views into a reused buffer: copy each as it comes.
    const all = Array.from(readLinesSync(path, { chunkSize: 16 }), (l) => ({ ...l, text: l.bytes.toString() }));
    expect(all.map((l) => [l.line, l.text, l.end, l.terminated])).toEqual([
      [1, 'one', 8, true],
      [2, '', 9, true],
      [3, 'two', 13, true],
      [4, 'three', 18, false],
    ]);
    const rest = Array.from(readLinesSync(path, { chunkSize: 16, startOffset: 9, startLine: 2 }), (l) => ({
      ...l,
      text: l.bytes.toString(),
    }));
    expect(rest.map((l) => [l.line, l.text, l.end])).toEqual([
      [3, 'two', 13],
      [4, 'three', 18],
    ]);
  });

  it('keeps offsets right across chunk boundaries, grown buffers and oversized lines', () => {
    const path = join(dir, 'long.jsonl');
    const lines = ['a', 'b'.repeat(300), 'c'.repeat(5000), 'd', 'e'.repeat(40)];
    writeFileSync(path, `${lines.join('\n')}\n`);
    const ends = [...readLinesSync(path, { chunkSize: 16, maxLineBytes: 1000 })].map((l) => l.end);
    let offset = 0;
    expect(ends).toEqual(lines.map((l) => (offset += l.length + 1)));
    const from = [...readLinesSync(path, { chunkSize: 16, maxLineBytes: 1000, startOffset: ends[1], startLine: 2 })];
    expect(from.map((l) => [l.line, l.oversized, l.end])).toEqual([
      [3, true, ends[2]],
      [4, false, ends[3]],
      [5, false, ends[4]],
    ]);
  });
});

describe('reading a transcript in two parts', () => {
  const sources = [
    ...jsonlFiles(REAL_PROJECTS),
    ...[
      'streaming-snapshots.jsonl',
      'pretty-printed.jsonl',
      'crlf-line-endings.jsonl',
      'bom.jsonl',
      'truncated-last-line.jsonl',
      'compact-boundary.jsonl',
      'non-json-lines.jsonl',
      'synthetic.jsonl',
    ].map(fixture),
  ];

  it.each(sources.map((path) => [path.split('/').slice(-2).join('/'), path]))(
    '%s: cut anywhere, the joined result equals one read of the whole file',
    (_name, path) => {
      const content = readFileSync(path);
      for (const cut of cutPoints(content)) {
        const { joined, once } = readInTwo(content, cut);
        expect(joined, `cut at byte ${cut}`).toEqual(once);
      }
    },
  );

  it('counts a snapshot of a request read in the first part as a duplicate, and keeps the fuller one', () => {
    const content = readFileSync(fixture('streaming-snapshots.jsonl'));
    const lines = content.toString('utf8').split('\n');
    // After the first usage line of the streamed request, before its later snapshots.
    const cut = Buffer.byteLength(`${lines.slice(0, lines.findIndex((l) => l.includes('"usage"')) + 1).join('\n')}\n`);
    const { joined, once, first } = readInTwo(content, cut);
    expect(first.result.requests.length).toBeGreaterThan(0);
    expect(once.duplicatesDropped).toBeGreaterThan(0);
    expect(joined).toEqual(once);
    expect(collectTranscripts([joined], 'test')).toEqual(collectTranscripts([once], 'test'));
  });

  it('does not step past a cut last line or an open pretty-printed object', () => {
    const path = join(dir, 'a1b2c3d4-0000-4000-8000-000000000002.jsonl');
    writeFileSync(path, '{"type":"user"}\n{\n  "type": "assistant",\n');
    const open = parseTranscriptPart(path, OPTIONS);
    expect(open.resume).toMatchObject({ offset: 16, line: 1 });
    expect(open.committed?.skipped).toEqual([]);
    expect(open.result.skipped.map((s) => s.reason)).toEqual(['pretty-printed object is not closed']);

    writeFileSync(path, '{"type":"user"}\n{"type":"assi');
    const cut = parseTranscriptPart(path, OPTIONS);
    expect(cut.resume).toMatchObject({ offset: 16, line: 1 });
    expect(cut.committed?.linesRead).toBe(1);
    expect(cut.result.linesRead).toBe(2);

    writeFileSync(path, '{"type":"user"}\n');
    const whole = parseTranscriptPart(path, OPTIONS);
    expect(whole.resume).toMatchObject({ offset: 16, line: 1 });
    expect(whole.committed).toBeUndefined();
  });
});
