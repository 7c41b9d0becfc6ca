import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkedGroups, type Linkable } from '../../src/ingest/cache/groups.js';
import { TranscriptCache } from '../../src/ingest/cache/store.js';
import { SUMMARY_VERSION } from '../../src/ingest/cache/summary.js';
import { ingestTranscripts } from '../../src/ingest/incremental.js';
import { DEFAULT_LIMITS, ingestPaths } from '../../src/ingest/index.js';
import { REAL_PROJECTS } from './transcript/helpers.js';
import { tempDirs } from '../support/temp-dirs.js';

const tmp = tempDirs();

const SESSION = '5c0375b4-57a5-4f26-b12d-d022ee4e51b7';
const OTHER_SESSION = '0b1d5e55-0000-4000-8000-000000000001';

const options = (cache: TranscriptCache | undefined) => ({
  ...DEFAULT_LIMITS,
  recordedBy: 'claude-cost test',
  parallel: { workers: 0 },
  cache,
});
const withSummary = (dir: string): TranscriptCache => new TranscriptCache(dir, { summary: true });

async function readWhole(paths: string[]) {
  return (await ingestPaths(paths, { ...options(undefined), formats: ['transcript'] })).sessions;
}

/** A copy of the real projects: six transcripts in two project dirs. */
function projectsCopy(): string {
  const projects = join(tmp('claude-config-'), 'projects');
  cpSync(REAL_PROJECTS, projects, { recursive: true });
  return projects;
}

/** Removes the per-session cache files, leaving the summary. */
function dropSessionFiles(cacheDir: string): void {
  rmSync(join(cacheDir, 'transcripts'), { recursive: true, force: true });
}

const summaryFile = (cacheDir: string): string => join(cacheDir, 'transcripts-summary.cache');

describe('the transcript cache summary', () => {
  it('plans and records an unchanged tree from the summary alone', async () => {
    const projects = projectsCopy();
    const cacheDir = tmp('claude-cost-cache-');
    const first = await ingestTranscripts([projects], options(withSummary(cacheDir)));
    expect(first.reads.whole).toBe(6);
    dropSessionFiles(cacheDir);
    const again = await ingestTranscripts([projects], options(withSummary(cacheDir)));
    expect(again.reads).toMatchObject({ unchanged: 6, resumed: 0, whole: 0, bytes: 0 });
    expect(again.sessions).toEqual(await readWhole([projects]));
    // The same records get the same keys, so a writer can tell nothing changed.
    expect(again.sessions.map((s) => again.recordKeys.get(s))).toEqual(
      first.sessions.map((s) => first.recordKeys.get(s)),
    );
  });

  it('is written again with what it read, and still stands in for the cache files', async () => {
    const projects = projectsCopy();
    const cacheDir = tmp('claude-cost-cache-');
    await ingestTranscripts([projects], options(withSummary(cacheDir)));
    // One file grows: the summary is rewritten, its other entries from what it had read.
    const file = join(projects, 'sample-project', `${SESSION}.jsonl`);
    const text = readFileSync(file, 'utf8');
    appendFileSync(file, text.slice(0, text.indexOf('\n') + 1));
    const before = readFileSync(summaryFile(cacheDir));
    const grown = await ingestTranscripts([projects], options(withSummary(cacheDir)));
    expect(grown.reads).toMatchObject({ unchanged: 5, resumed: 1 });
    expect(readFileSync(summaryFile(cacheDir)).equals(before)).toBe(false);

    dropSessionFiles(cacheDir);
    const again = await ingestTranscripts([projects], options(withSummary(cacheDir)));
    expect(again.reads).toMatchObject({ unchanged: 6, whole: 0, bytes: 0 });
    expect(again.sessions).toEqual(await readWhole([projects]));
  });

  it.each([
    ['garbage', () => Buffer.from('not a summary \u0000')],
    ['a cut-off file', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    ['a flipped byte in its binary part', (bytes: Buffer) => flipByte(bytes, bytes.length - 3)],
    ['a flipped byte in its JSON', (bytes: Buffer) => flipByte(bytes, bytes.indexOf('"stamp"') + 12)],
    [
      'another version',
      (bytes: Buffer) =>
        Buffer.from(bytes.toString('latin1').replace(`"version":${SUMMARY_VERSION}`, '"version":999'), 'latin1'),
    ],
    ['an empty file', () => Buffer.alloc(0)],
  ])('ignores a summary holding %s', async (_what, damage) => {
    const projects = projectsCopy();
    const cacheDir = tmp('claude-cost-cache-');
    await ingestTranscripts([projects], options(withSummary(cacheDir)));
    writeFileSync(summaryFile(cacheDir), damage(readFileSync(summaryFile(cacheDir))));
    // Without the cache files too, an ignored summary means every file is read whole.
    dropSessionFiles(cacheDir);
    const run = await ingestTranscripts([projects], options(withSummary(cacheDir)));
    expect(run.reads).toMatchObject({ whole: 6, unchanged: 0 });
    expect(run.sessions).toEqual(await readWhole([projects]));
    // And it is replaced by a sound one.
    dropSessionFiles(cacheDir);
    const next = await ingestTranscripts([projects], options(withSummary(cacheDir)));
    expect(next.reads).toMatchObject({ unchanged: 6, whole: 0 });
  });

  it('is dropped when it vouches for a file its session’s cache file no longer holds', async () => {
    const projects = projectsCopy();
    const cacheDir = tmp('claude-cost-cache-');
    await ingestTranscripts([projects], options(withSummary(cacheDir)));
    dropSessionFiles(cacheDir);
    // A second file of the session: its group changes, so the unchanged file's requests are
    // wanted, and only the cache file it lost had them.
    const file = join(projects, 'sample-project', `${SESSION}.jsonl`);
    cpSync(file, join(projects, 'sample-project', 'resumed.jsonl'));
    const run = await ingestTranscripts([projects], options(withSummary(cacheDir)));
    expect(run.sessions).toEqual(await readWhole([projects]));
  });

  it('links a new file to an unchanged one it shares requests with, though not a session', async () => {
    const projects = projectsCopy();
    const cacheDir = tmp('claude-cost-cache-');
    await ingestTranscripts([projects], options(withSummary(cacheDir)));
    // The same requests (message ids) under another session id, as a copied transcript has.
    const file = join(projects, 'sample-project', `${SESSION}.jsonl`);
    const copy = readFileSync(file, 'utf8').replaceAll(SESSION, OTHER_SESSION);
    writeFileSync(join(projects, 'sample-project', `${OTHER_SESSION}.jsonl`), copy);
    const run = await ingestTranscripts([projects], options(withSummary(cacheDir)));
    expect(run.reads).toMatchObject({ unchanged: 6, whole: 1 });
    expect(run.sessions).toEqual(await readWhole([projects]));
    expect(run.sessions.map((s) => s.sessionId)).toContain(OTHER_SESSION);
  });

  it('still links by the requests of files it only carried over when it was written again', async () => {
    const projects = projectsCopy();
    const cacheDir = tmp('claude-cost-cache-');
    await ingestTranscripts([projects], options(withSummary(cacheDir)));
    // Another file grows: the summary is written again, the sample's entry carried over.
    const other = join(projects, 'sample-project', '1af7fc5e-8455-4414-9ccd-011d40f70b2a.jsonl');
    const text = readFileSync(other, 'utf8');
    appendFileSync(other, text.slice(0, text.indexOf('\n') + 1));
    await ingestTranscripts([projects], options(withSummary(cacheDir)));
    const file = join(projects, 'sample-project', `${SESSION}.jsonl`);
    writeFileSync(
      join(projects, 'sample-project', `${OTHER_SESSION}.jsonl`),
      readFileSync(file, 'utf8').replaceAll(SESSION, OTHER_SESSION),
    );
    const run = await ingestTranscripts([projects], options(withSummary(cacheDir)));
    expect(run.sessions).toEqual(await readWhole([projects]));
  });

  it('keeps the cache files as they were without the summary: one per session', async () => {
    const projects = projectsCopy();
    const cacheDir = tmp('claude-cost-cache-');
    await ingestTranscripts([projects], options(withSummary(cacheDir)));
    expect(readdirSync(join(cacheDir, 'transcripts'))).toHaveLength(6);
    const hookCache = new TranscriptCache(cacheDir);
    const run = await ingestTranscripts([projects], options(hookCache));
    expect(run.reads).toMatchObject({ unchanged: 6, whole: 0 });
  });
});

describe('linkedGroups', () => {
  const file = (
    name: string,
    sessions: string[],
    ids: number[],
    summarisedAs?: string,
  ): Linkable & { name: string } => ({
    name,
    facts: sessions.map((sessionId) => ({ sessionId })),
    ids: Float64Array.from(ids),
    summarisedAs,
  });
  const names = (groups: Array<Array<{ name: string }>>): string[][] => groups.map((g) => g.map((f) => f.name));

  it('joins files that share a session or a request, keeping their order', () => {
    const files = [file('a', ['s1'], [1, 2]), file('b', ['s2'], [3]), file('c', ['s3'], [2]), file('d', ['s2'], [])];
    expect(names(linkedGroups(files))).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
  });

  it('finds a summarised file by a request only it held, and by one it shared', () => {
    // `a` and `b` are summarised: `a` held 7 alone, both list 5, which they share.
    const soleHolder = (id: number) => (id === 7 ? '/a' : undefined);
    const files = [
      file('a', ['s1'], [5], '/a'),
      file('b', ['s2'], [5], '/b'),
      file('x', ['s3'], [7, 8]),
      file('y', ['s4'], [9]),
    ];
    expect(names(linkedGroups(files, soleHolder))).toEqual([['a', 'b', 'x'], ['y']]);
  });
});

function flipByte(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}
