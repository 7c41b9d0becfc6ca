import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_VERSION } from '../../src/ingest/cache/codec.js';
import { TranscriptCache } from '../../src/ingest/cache/store.js';
import { ingestTranscripts, type TranscriptIngestOptions } from '../../src/ingest/incremental.js';
import { DEFAULT_LIMITS, ingestPaths } from '../../src/ingest/index.js';
import { REAL_PROJECTS } from './transcript/helpers.js';
import { tempDirs } from '../support/temp-dirs.js';

const tmp = tempDirs();

const SAMPLE = join(REAL_PROJECTS, 'sample-project', '5c0375b4-57a5-4f26-b12d-d022ee4e51b7.jsonl');
const SUBAGENT_SESSION = new URL(
  '../../examples/transcripts/-home-dev-acme-shop/3f6c2a91-5d0e-4b7a-9c21-8e4f1a7b2c60',
  import.meta.url,
).pathname;

const options = (cache: TranscriptCache | undefined, more: Partial<TranscriptIngestOptions> = {}) => ({
  ...DEFAULT_LIMITS,
  recordedBy: 'claude-cost test',
  parallel: { workers: 0 },
  cache,
  ...more,
});

/** What reading every file whole says: the sessions a cached run must reproduce exactly. */
async function readWhole(paths: string[]) {
  return (await ingestPaths(paths, { ...options(undefined), formats: ['transcript'] })).sessions;
}

/** A projects dir holding the sample transcript, `bytes` of it written so far. */
function projectsWith(content: Buffer, bytes: number): { projects: string; file: string } {
  const projects = join(tmp('claude-config-'), 'projects');
  const file = join(projects, '-path-to-Demo', '5c0375b4-57a5-4f26-b12d-d022ee4e51b7.jsonl');
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content.subarray(0, bytes));
  return { projects, file };
}

// With the summary (what `record` uses) and without (what a hook uses).
describe.each([false, true])('ingestTranscripts with the transcript cache (summary: %s)', (summary) => {
  const newCache = (dir: string): TranscriptCache => new TranscriptCache(dir, { summary });

  const content = readFileSync(SAMPLE);
  // Mid-line, in the middle of a streamed response: the first run sees a cut last line.
  const cut = content.indexOf(0x0a, Math.floor(content.length / 2)) - 40;

  it('reads only what was appended, and gives the records one whole read gives', async () => {
    const { projects, file } = projectsWith(content, cut);
    const cache = () => newCache(tmpCache);
    const tmpCache = tmp('claude-cost-cache-');

    const first = await ingestTranscripts([projects], options(cache()));
    expect(first.reads).toMatchObject({ whole: 1, resumed: 0, unchanged: 0, bytes: cut });
    expect(first.sessions).toEqual(await readWhole([projects]));

    appendFileSync(file, content.subarray(cut));
    const second = await ingestTranscripts([projects], options(cache()));
    expect(second.reads.resumed).toBe(1);
    // From the start of the line that was cut, not from the start of the file.
    const lineStart = content.lastIndexOf(0x0a, cut) + 1;
    expect(second.reads.bytes).toBe(content.length - lineStart);
    expect(second.sessions).toEqual(await readWhole([projects]));
    expect(second.sessions[0]?.requests).toBeGreaterThan(first.sessions[0]?.requests ?? 0);

    const third = await ingestTranscripts([projects], options(cache()));
    expect(third.reads).toMatchObject({ unchanged: 1, resumed: 0, whole: 0, bytes: 0 });
    expect(third.sessions).toEqual(second.sessions);
  });

  it('reads a truncated and rewritten transcript again from the start', async () => {
    const { projects, file } = projectsWith(content, content.length);
    const cacheDir = tmp('claude-cost-cache-');
    await ingestTranscripts([projects], options(newCache(cacheDir)));

    // Same first lines, different rest, and longer than before: only the fingerprints tell.
    const lines = content.toString('utf8').split('\n');
    const rewritten = [...lines.slice(0, 3), ...lines.slice(3).reverse(), ...lines.slice(3, 20)].join('\n');
    writeFileSync(file, rewritten); // truncates in place: same inode
    const again = await ingestTranscripts([projects], options(newCache(cacheDir)));
    expect(again.reads).toMatchObject({ whole: 1, resumed: 0 });
    expect(again.sessions).toEqual(await readWhole([projects]));

    // Shorter than the cached offset.
    writeFileSync(file, content.subarray(0, cut));
    const shorter = await ingestTranscripts([projects], options(newCache(cacheDir)));
    expect(shorter.reads.whole).toBe(1);
    expect(shorter.sessions).toEqual(await readWhole([projects]));

    // Replaced by another file (a new inode), longer than before.
    const other = join(projects, 'other.tmp');
    writeFileSync(other, content);
    renameSync(other, file);
    const replaced = await ingestTranscripts([projects], options(newCache(cacheDir)));
    expect(replaced.reads.whole).toBe(1);
    expect(replaced.sessions).toEqual(await readWhole([projects]));
  });

  it.each([
    ['garbage', () => 'not json at all \u0000\u0001'],
    ['a cut-off file', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['another version', (text: string) => text.replace(`"version":${CACHE_VERSION}`, '"version":999')],
    ['an impossible number', (text: string) => text.replace(/"linesRead":\d+/, '"linesRead":-5')],
    ['an empty file', () => ''],
  ])('ignores a cache file holding %s and reads the transcript whole', async (_what, damage) => {
    const { projects, file } = projectsWith(content, cut);
    const cacheDir = tmp('claude-cost-cache-');
    await ingestTranscripts([projects], options(newCache(cacheDir)));
    const shards = join(cacheDir, 'transcripts');
    for (const name of readdirSync(shards)) {
      writeFileSync(join(shards, name), damage(readFileSync(join(shards, name), 'utf8')));
    }
    appendFileSync(file, content.subarray(cut));
    const run = await ingestTranscripts([projects], options(newCache(cacheDir)));
    expect(run.reads).toMatchObject({ whole: 1, resumed: 0 });
    expect(run.sessions).toEqual(await readWhole([projects]));
    // And the damaged file was replaced by a good one.
    const next = await ingestTranscripts([projects], options(newCache(cacheDir)));
    expect(next.reads).toMatchObject({ unchanged: 1, bytes: 0 });
  });

  it('takes an unchanged session’s records from the cache without decoding its requests', async () => {
    const { projects, file } = projectsWith(content, content.length);
    const cacheDir = tmp('claude-cost-cache-');
    const first = await ingestTranscripts([projects], options(newCache(cacheDir)));
    // Break the stored requests but nothing else: a run that decoded them would have to start over.
    const shards = join(cacheDir, 'transcripts');
    for (const name of readdirSync(shards)) {
      const bytes = readFileSync(join(shards, name));
      const header = bytes.subarray(0, bytes.indexOf(0x0a) + 1);
      writeFileSync(join(shards, name), Buffer.concat([header, Buffer.alloc(bytes.length - header.length, 0x5a)]));
    }
    const unchanged = await ingestTranscripts([projects], options(newCache(cacheDir)));
    expect(unchanged.reads).toMatchObject({ unchanged: 1, whole: 0, bytes: 0 });
    expect(unchanged.sessions).toEqual(first.sessions);

    // Now the file grows: the damaged requests must be decoded, are found out, and all is read again.
    appendFileSync(file, content.subarray(0, content.indexOf(0x0a) + 1));
    const grown = await ingestTranscripts([projects], options(newCache(cacheDir)));
    expect(grown.reads.whole).toBe(1);
    expect(grown.sessions).toEqual(await readWhole([projects]));
    const healed = await ingestTranscripts([projects], options(newCache(cacheDir)));
    expect(healed.reads).toMatchObject({ unchanged: 1, bytes: 0 });
    expect(healed.sessions).toEqual(grown.sessions);
  });

  it('keeps a session and its subagent logs in one cache file, and never a line of their text', async () => {
    const projects = join(tmp('claude-config-'), 'projects');
    const dir = join(projects, '-home-dev-acme-shop');
    mkdirSync(dir, { recursive: true });
    cpSync(`${SUBAGENT_SESSION}.jsonl`, join(dir, '3f6c2a91-5d0e-4b7a-9c21-8e4f1a7b2c60.jsonl'));
    cpSync(SUBAGENT_SESSION, join(dir, '3f6c2a91-5d0e-4b7a-9c21-8e4f1a7b2c60'), { recursive: true });
    cpSync(SAMPLE, join(dir, '5c0375b4-57a5-4f26-b12d-d022ee4e51b7.jsonl'));
    const cacheDir = tmp('claude-cost-cache-');
    const run = await ingestTranscripts([projects], options(newCache(cacheDir)));
    expect(run.sessions).toEqual(await readWhole([projects]));
    const shards = readdirSync(join(cacheDir, 'transcripts'));
    expect(shards).toHaveLength(2);
    const text = shards.map((name) => readFileSync(join(cacheDir, 'transcripts', name), 'utf8')).join('\n');
    expect(text).not.toContain('orchestrator');
    expect(text).not.toContain('CLAUDE.md');
    expect(text).not.toContain('Split complex tasks');
  });

  it('collects only the files of the sessions chosen, from cached facts too', async () => {
    const projects = join(tmp('claude-config-'), 'projects');
    cpSync(REAL_PROJECTS, projects, { recursive: true });
    const cacheDir = tmp('claude-cost-cache-');
    const chosen = new Set(['5c0375b4-57a5-4f26-b12d-d022ee4e51b7', 'ba79134d-b6e9-4867-af0c-6941038c9e4b']);
    const all = await readWhole([projects]);
    for (let run = 0; run < 2; run += 1) {
      const seen: string[][] = [];
      const got = await ingestTranscripts(
        [projects],
        options(newCache(cacheDir), {
          selectSessions: (facts) => {
            seen.push(facts.map((f) => f.sessionId));
            return chosen;
          },
        }),
      );
      expect(seen[0]?.length).toBeGreaterThanOrEqual(all.length);
      expect(got.sessions).toEqual(all.filter((s) => chosen.has(s.sessionId)));
    }
  });
});
