import { copyFile, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportParser, parseExportObject } from '../../../src/ingest/export/index.js';
import type { UsageBucket } from '../../../src/records/schema.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/export');
const SONNET = 'claude-sonnet-4-5-20250929';
const HAIKU = 'claude-haiku-4-5-20251001';
const MTIME = new Date('2026-11-20T12:00:00Z');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claude-cost-export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fixture(name: string): Promise<string> {
  const path = join(dir, name);
  await copyFile(join(FIXTURES, name), path);
  await utimes(path, MTIME, MTIME);
  return path;
}

async function parse(path: string) {
  return exportParser.parse(path, { displayName: basename(path), maxJsonBytes: 1024 * 1024 });
}

const bucket = (fields: Partial<UsageBucket>): UsageBucket => ({
  model: SONNET,
  day: '2026-11-18',
  speed: 'standard',
  geo: 'global',
  band: 'le100k',
  origin: 'main',
  requests: 1,
  inputTokens: 0,
  outputTokens: 0,
  cacheWrite5mTokens: 0,
  cacheWrite1hTokens: 0,
  cacheReadTokens: 0,
  webSearchRequests: 0,
  ...fields,
});

const context = { fallbackSessionId: 'stem', day: '2026-11-20', linesRead: 1 };

describe('exportParser', () => {
  it('detects the export and not other JSON', async () => {
    const path = await fixture('dashboard.json');
    expect(exportParser.detect(path, await readFile(path, 'utf8'))).toBe(true);
    expect(exportParser.detect('x.json', '{"type":"result","usage":{"input_tokens":1}}')).toBe(false);
    expect(exportParser.detect('x.jsonl', '{"messages":[{"input_tokens":1}]}')).toBe(false);
  });

  it('reads input_tokens as including the cache reads, one request per message, banded by prompt', async () => {
    const result = await parse(await fixture('dashboard.json'));
    expect(result.skipped).toEqual([]);
    expect(result.sessions).toHaveLength(1);
    const record = result.sessions[0];
    expect(record?.usage).toEqual([
      // 12,000 input of which 10,000 cached; 800 output of which 300 thinking (not added again).
      bucket({ inputTokens: 2_000, cacheReadTokens: 10_000, outputTokens: 800 }),
      // A 150,000-token prompt is in the 100k–200k band.
      bucket({ band: '100k-200k', inputTokens: 10_000, cacheReadTokens: 140_000, outputTokens: 2_000 }),
      // The message's own model beats the file's.
      bucket({ model: HAIKU, day: '2026-11-19', inputTokens: 3_000, outputTokens: 200 }),
    ]);
    expect(record).toMatchObject({
      sessionId: 'c0ffee00-1234-4abc-8def-0123456789ab',
      requests: 3,
      turns: 0,
      peakContextTokens: 150_000,
      startedAt: '2026-11-18T09:00:00.000Z',
      endedAt: '2026-11-19T10:00:00.000Z',
      source: { format: 'export', files: 1, linesRead: 9, duplicatesDropped: 0, skipped: [] },
    });
    expect(record?.reported).toBeUndefined();
  });

  it('skips bad messages by number, never echoing them, and still counts the rest', async () => {
    const result = await parse(await fixture('bad-messages.json'));
    const file = 'bad-messages.json';
    expect(result.skipped).toEqual([
      { file, line: 2, reason: 'message 2: cached_tokens exceeds input_tokens' },
      { file, line: 3, reason: 'message 3: thinking_tokens exceeds output_tokens' },
      { file, line: 4, reason: 'message 4: input_tokens: Invalid input: expected number, received string' },
      { file, line: 5, reason: 'message 5: model is not an identifier' },
      { file, line: 6, reason: 'message 6: (root): Invalid input: expected object, received string' },
    ]);
    expect(JSON.stringify(result)).not.toContain('EVIL');
    const record = result.sessions[0];
    expect(record?.usage).toEqual([
      bucket({ model: 'unknown', inputTokens: 1_000, cacheReadTokens: 4_000, outputTokens: 100 }),
      // No timestamp: dated by the file's modification day.
      bucket({ model: 'unknown', day: '2026-11-20', inputTokens: 500, cacheReadTokens: 200, outputTokens: 30 }),
    ]);
    expect(record?.requests).toBe(2);
    expect(record?.source.skipped).toHaveLength(5);
    expect(record?.source.skipped[0]).toEqual({ reason: 'cached_tokens exceeds input_tokens', count: 1 });
  });

  it('gives no session and no complaint for an empty messages array', async () => {
    const path = await fixture('empty.json');
    expect(exportParser.detect(path, await readFile(path, 'utf8'))).toBe(true);
    const result = await parse(path);
    expect(result.sessions).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.linesRead).toBe(1);
  });

  it('names the file stem as the session when the export names none', async () => {
    const path = join(dir, 'team export 2026-11.json');
    await writeFile(path, '{"messages":[{"input_tokens":10,"output_tokens":1}]}');
    const result = await parse(path);
    expect(result.sessions[0]?.sessionId).toMatch(/^team-export-2026-11-[0-9a-f]{8}$/);
  });
});

describe('parseExportObject', () => {
  it('rejects a file whose messages is not an array', () => {
    expect(parseExportObject({ messages: 'EVIL' }, context)).toEqual({
      record: undefined,
      problems: [{ line: 0, reason: 'not a message export: messages: Invalid input: expected array, received string' }],
    });
  });

  it('counts messages of a bad top-level model as unknown and says why', () => {
    const parsed = parseExportObject(
      { model: 'EVIL MODEL', messages: [{ input_tokens: 1, output_tokens: 1 }] },
      context,
    );
    expect(parsed.record?.usage[0]?.model).toBe('unknown');
    expect(parsed.problems).toEqual([
      { line: 0, reason: 'top-level model is not an identifier; messages without their own model count as unknown' },
    ]);
  });

  it('treats null cached and thinking counts as zero', () => {
    const parsed = parseExportObject(
      { messages: [{ input_tokens: 9, output_tokens: 2, cached_tokens: null, thinking_tokens: null }] },
      context,
    );
    expect(parsed.record?.usage[0]).toMatchObject({ inputTokens: 9, cacheReadTokens: 0, outputTokens: 2 });
  });
});
