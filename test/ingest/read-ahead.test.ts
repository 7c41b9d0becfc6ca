import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, ingestPaths, type IngestOptions } from '../../src/ingest/index.js';
import { linesOf, readLinesSync, type Line, type ReadLinesOptions } from '../../src/ingest/lines.js';
import { ReadAhead, type PlannedFile } from '../../src/ingest/read-ahead.js';
import { parseTranscriptPart } from '../../src/ingest/transcript/parse.js';
import { FIXTURES, randomChunks, REAL_PROJECTS } from './transcript/helpers.js';

const MiB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'claude-cost-ahead-'));
const tree = join(dir, 'tree');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const repo = new URL('../..', import.meta.url).pathname;
  const generator = (await import(pathToFileURL(join(repo, 'scripts/bench/generate.mjs')).href)) as {
    generateTree(dir: string, options: { totalBytes: number; sessions: number; seed: number }): Promise<unknown>;
  };
  await generator.generateTree(tree, { totalBytes: 4 * MiB, sessions: 10, seed: 5 });
}, 120_000);

let seed = 0x51ed;
function random(n: number): number {
  seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
  return ((seed >>> 0) % 0x7fffffff) % n;
}

const copy = (lines: Iterable<Line>) =>
  Array.from(lines, (l) => ({ ...l, bytes: Buffer.from(l.bytes).toString('latin1') }));

describe('linesOf', () => {
  it('finds the same lines however the bytes are cut into chunks', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const pieces = ['', 'a', '{"x":1}', 'é€', 'y'.repeat(300), 'z'.repeat(5000), '\r', ' '];
    for (let round = 0; round < 300; round += 1) {
      const parts: Buffer[] = random(3) === 0 ? [bom] : [];
      const count = random(12);
      for (let i = 0; i < count; i += 1) {
        parts.push(Buffer.from(pieces[random(pieces.length)] as string));
        parts.push(Buffer.from(random(4) === 0 ? '\r\n' : '\n'));
      }
      if (random(2) === 0) parts.push(Buffer.from('tail'));
      const bytes = Buffer.concat(parts);
      const path = join(dir, `lines-${round}.jsonl`);
      writeFileSync(path, bytes);
      const options: ReadLinesOptions = { maxLineBytes: random(2) === 0 ? 1000 : undefined };
      const expected = copy(readLinesSync(path, options));
      expect(copy(linesOf(randomChunks(bytes, 1 + random(64), random), options)), `round ${round}`).toEqual(expected);
      expect(copy(linesOf([bytes], options))).toEqual(expected);
    }
  });

  it('recognises a BOM cut over several chunks, and only at the start of the file', () => {
    const chunks = [Buffer.from([0xef]), Buffer.from([0xbb]), Buffer.from([0xbf, 0x61, 0x0a, 0x62])];
    expect(copy(linesOf(chunks)).map((l) => [l.line, l.bytes, l.end])).toEqual([
      [1, 'a', 5],
      [2, 'b', 6],
    ]);
    const resumed = copy(linesOf([Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x0a])], { startOffset: 10, startLine: 4 }));
    expect(resumed.map((l) => [l.line, l.bytes.length, l.end])).toEqual([[5, 4, 15]]);
  });
});

/** Buffers as text: comparing Buffers element by element is slow in the test runner. */
const text = (buffers: Buffer[]): string[] => buffers.map((b) => b.toString('latin1'));

/** Every file's bytes as the ring hands them over, files read in order. */
function readThrough(ahead: ReadAhead, count: number, skip: (index: number) => boolean = () => false): Buffer[] {
  const out: Buffer[] = [];
  for (let index = 0; index < count; index += 1) {
    const parts: Buffer[] = [];
    if (!skip(index)) for (const chunk of ahead.chunks(index)) parts.push(Buffer.from(chunk));
    ahead.finish(index);
    out.push(Buffer.concat(parts));
  }
  return out;
}

describe('ReadAhead', () => {
  const files: PlannedFile[] = [];
  const contents: Buffer[] = [];
  beforeAll(() => {
    mkdirSync(join(dir, 'ring'));
    for (let i = 0; i < 60; i += 1) {
      const path = join(dir, 'ring', `f${i}.jsonl`);
      const size = i % 7 === 0 ? 0 : random(40_000);
      const bytes = Buffer.alloc(size, String.fromCharCode(97 + (i % 26)));
      for (let k = 0; k < size; k += 97) bytes[k] = 0x0a;
      writeFileSync(path, bytes);
      const start = i % 5 === 0 ? Math.min(size, 100) : 0;
      files.push({ path, start, size });
      contents.push(bytes.subarray(start));
    }
  });

  it('hands over every byte of every file in order, from each start offset, through a small ring', async () => {
    for (const [slots, wait] of [
      [1, 0],
      [2, 0],
      [3, 0],
      [8, 0],
      // The reader thread well ahead, so chunks come from the ring rather than direct reads.
      [64, 300],
    ] as const) {
      const ahead = new ReadAhead(files, { slots, chunkSize: 1024 });
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      try {
        expect(text(readThrough(ahead, files.length))).toEqual(text(contents));
      } finally {
        ahead.stop();
      }
    }
  });

  it('passes over files left unread, and reads on past the planned size of a file that grew', () => {
    const ahead = new ReadAhead(files, { slots: 4, chunkSize: 512 });
    try {
      const grown = files[3] as PlannedFile;
      appendFileSync(grown.path, 'more\n');
      const got = readThrough(ahead, files.length, (index) => index % 4 === 1);
      contents.forEach((bytes, index) => {
        const read = got[index]?.toString('latin1');
        if (index % 4 === 1) expect(read).toBe('');
        else if (index === 3) expect(read).toBe(`${bytes.toString('latin1')}more\n`);
        else expect(read).toBe(bytes.toString('latin1'));
      });
    } finally {
      ahead.stop();
      truncateSync((files[3] as PlannedFile).path, (files[3] as PlannedFile).size);
    }
  });

  it('ends a file that shrank where it now ends, and raises what a direct read raises', async () => {
    const ring = join(dir, 'ring2');
    mkdirSync(ring);
    const a = join(ring, 'a.jsonl');
    const gone = join(ring, 'gone.jsonl');
    const link = join(ring, 'link.jsonl');
    const b = join(ring, 'b.jsonl');
    writeFileSync(a, 'x'.repeat(5000));
    writeFileSync(gone, 'y'.repeat(100));
    writeFileSync(b, 'z'.repeat(3000));
    symlinkSync(b, link);
    const planned: PlannedFile[] = [
      { path: a, start: 0, size: 5000 },
      { path: gone, start: 0, size: 100 },
      { path: link, start: 0, size: 3000 },
      { path: b, start: 0, size: 3000 },
    ];
    truncateSync(a, 1500);
    rmSync(gone);
    // Room for every chunk, and time for the reader thread to fill them all before they are asked
    // for: what it marks unreadable is then read here, and must fail here as a direct read does.
    const ahead = new ReadAhead(planned, { slots: 16, chunkSize: 1000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    try {
      expect(Buffer.concat([...ahead.chunks(0)]).toString()).toBe('x'.repeat(1500));
      ahead.finish(0);
      expect(() => [...ahead.chunks(1)]).toThrow(expect.objectContaining({ code: 'ENOENT' }));
      ahead.finish(1);
      // Never through a symbolic link, as readLinesSync.
      expect(() => [...ahead.chunks(2)]).toThrow(expect.objectContaining({ code: 'ELOOP' }));
      ahead.finish(2);
      expect(Buffer.concat([...ahead.chunks(3)].map((c) => Buffer.from(c))).toString()).toBe('z'.repeat(3000));
    } finally {
      ahead.stop();
    }
  });
});

describe('reading with a read-ahead thread', () => {
  const ingest = (paths: string[], parallel: IngestOptions['parallel']) =>
    ingestPaths(paths, { ...DEFAULT_LIMITS, recordedBy: 'claude-cost@test', parallel });

  it('gives the same result as reading alone, on generated, real and hostile transcripts', async () => {
    for (const paths of [[tree], [REAL_PROJECTS], [FIXTURES]]) {
      const alone = await ingest(paths, { workers: 0, readAhead: false });
      for (const readAhead of [true, { slots: 2, chunkSize: 4096 }, { slots: 5, chunkSize: 333 }]) {
        expect(await ingest(paths, { workers: 0, readAhead }), JSON.stringify(readAhead)).toEqual(alone);
      }
    }
  });

  it('resumes a transcript from an offset the same way through the ring', () => {
    const path = join(dir, 'resume.jsonl');
    const lines = readFileSync(
      join(REAL_PROJECTS, '-Users-chip-dev-ai-music', 'ba79134d-b6e9-4867-af0c-6941038c9e4b.jsonl'),
    );
    writeFileSync(path, lines);
    const cut = lines.indexOf(0x0a, lines.length >> 1) + 1;
    const startLine = lines.subarray(0, cut).toString('latin1').split('\n').length - 1;
    const options = { displayName: 'resume.jsonl', maxJsonBytes: 0 };
    const direct = parseTranscriptPart(path, options, { startOffset: cut, startLine });
    const ahead = new ReadAhead([{ path, start: cut, size: lines.length }], { slots: 2, chunkSize: 700 });
    try {
      const ringed = parseTranscriptPart(path, options, { startOffset: cut, startLine, chunks: ahead.chunks(0) });
      expect(ringed).toEqual(direct);
      expect(ringed.result.requests.length).toBeGreaterThan(0);
    } finally {
      ahead.stop();
    }
  });
});
