import { copyFile, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelUsageToBuckets, parseResultObject, resultParser } from '../../../src/ingest/result/index.js';
import type { UsageBucket } from '../../../src/records/schema.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/result');
const SESSION = '8f3c2a91-4b7e-4d2a-9c61-2e5f7a0b1c3d';
const SONNET = 'claude-sonnet-4-5-20250929';
const HAIKU = 'claude-haiku-4-5-20251001';
const MTIME = new Date('2026-11-20T23:30:00Z');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claude-cost-result-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A copy of a fixture with a known modification time (a checkout's mtime is arbitrary). */
async function fixture(name: string, as = name): Promise<string> {
  const path = join(dir, as);
  await copyFile(join(FIXTURES, name), path);
  await utimes(path, MTIME, MTIME);
  return path;
}

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  await utimes(path, MTIME, MTIME);
  return path;
}

async function headOf(path: string): Promise<string> {
  return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '').slice(0, 64 * 1024);
}

async function parse(path: string, maxJsonBytes = 1024 * 1024) {
  return resultParser.parse(path, { displayName: basename(path), maxJsonBytes });
}

// Claude Code's own costUSD: input×in + output×out + read×rd + w5m×w5 + w1h×w1 per 1e6, plus
// $0.01 per web search, at list prices (Sonnet 4.5: 3/15/0.30/3.75, Haiku 4.5: 1/5/0.10/1.25).
const sonnetCost = (1_200 * 3 + 35_000 * 15 + 850_000 * 0.3 + 42_000 * 3.75) / 1e6 + 2 * 0.01;
const haikuCost = (5_400 * 1 + 900 * 5) / 1e6;

const sonnetBucket: UsageBucket = {
  model: SONNET,
  day: '2026-11-20',
  speed: 'standard',
  geo: 'global',
  band: 'unknown',
  origin: 'main',
  requests: 0,
  inputTokens: 1_200,
  outputTokens: 35_000,
  cacheWrite5mTokens: 42_000,
  cacheWrite1hTokens: 0,
  cacheReadTokens: 850_000,
  webSearchRequests: 2,
};
const haikuBucket: UsageBucket = {
  ...sonnetBucket,
  model: HAIKU,
  inputTokens: 5_400,
  outputTokens: 900,
  cacheWrite5mTokens: 0,
  cacheReadTokens: 0,
  webSearchRequests: 0,
};

function resultObject(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'result',
    subtype: 'success',
    is_error: false,
    duration_ms: 184_532,
    num_turns: 6,
    result: 'done',
    session_id: SESSION,
    total_cost_usd: sonnetCost + haikuCost,
    usage: {
      input_tokens: 1_200,
      output_tokens: 35_000,
      cache_read_input_tokens: 850_000,
      cache_creation_input_tokens: 42_000,
    },
    modelUsage: {
      [SONNET]: {
        inputTokens: 1_200,
        outputTokens: 35_000,
        cacheReadInputTokens: 850_000,
        cacheCreationInputTokens: 42_000,
        webSearchRequests: 2,
        costUSD: sonnetCost,
        contextWindow: 200_000,
      },
      [HAIKU]: {
        inputTokens: 5_400,
        outputTokens: 900,
        cacheReadInputTokens: 0,
        cacheCreationInputTokens: 0,
        webSearchRequests: 0,
        costUSD: haikuCost,
        contextWindow: 200_000,
      },
    },
    ...overrides,
  };
}

const context = { fallbackSessionId: 'stem', day: '2026-11-20', linesRead: 1 };

describe('parseResultObject', () => {
  it('gives one bucket per model with its tokens, and keeps Claude Code figures per model and in total', () => {
    const parsed = parseResultObject(resultObject(), context);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.record.usage).toEqual([sonnetBucket, haikuBucket]);
    expect(parsed.reportedByModel).toEqual({ [SONNET]: sonnetCost, [HAIKU]: haikuCost });
    expect(parsed.reportedByModel[SONNET]).toBeCloseTo(0.9611, 12);
    expect(parsed.record.reported).toEqual({ costUsd: sonnetCost + haikuCost, costBasis: 'claude-code' });
    expect(parsed.record).toMatchObject({
      sessionId: SESSION,
      turns: 6,
      requests: 0,
      source: { format: 'result', skipped: [] },
    });
    expect(parsed.skipped).toEqual([]);
  });

  it('uses a timestamp on the object over the file day', () => {
    const parsed = parseResultObject(resultObject({ timestamp: '2026-10-31T23:59:59-02:00' }), context);
    expect(parsed.ok && parsed.record.usage.map((b) => b.day)).toEqual(['2026-11-01', '2026-11-01']);
  });

  it('falls back to the file stem for a session id that is not an identifier, without echoing it', () => {
    const parsed = parseResultObject(resultObject({ session_id: '<img src=x> EVIL-ID' }), context);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.record.sessionId).toBe('stem');
    expect(JSON.stringify(parsed)).not.toContain('EVIL-ID');
  });

  it('leaves out a model entry with a bad id or bad counts, names it by position, and keeps the rest', () => {
    const parsed = parseResultObject(
      resultObject({
        modelUsage: {
          '<script>EVIL</script>': { inputTokens: 1, outputTokens: 1 },
          [SONNET]: { inputTokens: -5, outputTokens: 1 },
          [HAIKU]: { inputTokens: 5_400, outputTokens: 900, costUSD: haikuCost },
        },
      }),
      context,
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.record.usage.map((b) => b.model)).toEqual([HAIKU]);
    expect(parsed.skipped).toEqual([
      'modelUsage entry 1: model id is not an identifier',
      'modelUsage entry 2: inputTokens: Too small: expected number to be >=0',
    ]);
    expect(parsed.record.source.skipped).toHaveLength(2);
    expect(JSON.stringify(parsed)).not.toContain('EVIL');
  });

  it('uses the run-wide cache-write split when only one model wrote cache', () => {
    const usage = {
      input_tokens: 1_200,
      output_tokens: 35_000,
      cache_creation_input_tokens: 42_000,
      cache_creation: { ephemeral_5m_input_tokens: 2_000, ephemeral_1h_input_tokens: 40_000 },
    };
    const parsed = parseResultObject(resultObject({ usage }), context);
    expect(parsed.ok && parsed.record.usage[0]).toMatchObject({
      cacheWrite5mTokens: 2_000,
      cacheWrite1hTokens: 40_000,
    });
  });

  it('keeps unsplit writes as 5-minute writes when the split does not add up to one model', () => {
    const usage = { cache_creation: { ephemeral_5m_input_tokens: 2_000, ephemeral_1h_input_tokens: 30_000 } };
    const parsed = parseResultObject(resultObject({ usage }), context);
    expect(parsed.ok && parsed.record.usage[0]).toMatchObject({ cacheWrite5mTokens: 42_000, cacheWrite1hTokens: 0 });
  });

  it('keeps the tokens of an old result without modelUsage under the unknown model', () => {
    const parsed = parseResultObject(resultObject({ modelUsage: undefined }), context);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.record.usage).toEqual([{ ...sonnetBucket, model: 'unknown', webSearchRequests: 0 }]);
  });

  it('rejects an object that is not a result, naming the key', () => {
    const parsed = parseResultObject({ type: 'assistant' }, context);
    expect(parsed).toEqual({ ok: false, reason: 'not a result object: type: Invalid input: expected "result"' });
  });
});

describe('modelUsageToBuckets', () => {
  it('treats an empty modelUsage as no buckets', () => {
    expect(modelUsageToBuckets({}, '2026-11-20')).toEqual({ buckets: [], reportedByModel: {}, skipped: [] });
  });

  it('keeps an id such as __proto__ as an ordinary key', () => {
    const usage = JSON.parse('{"__proto__": {"inputTokens": 1, "outputTokens": 2, "costUSD": 0.5}}') as Record<
      string,
      unknown
    >;
    const out = modelUsageToBuckets(usage, '2026-11-20');
    expect(Object.keys(out.reportedByModel)).toEqual(['__proto__']);
    expect(out.buckets[0]?.model).toBe('__proto__');
  });
});

describe('the fixtures agree with Claude Code arithmetic', () => {
  it('each model costUSD is the formula at list prices', async () => {
    const print = JSON.parse(await readFile(join(FIXTURES, 'print.json'), 'utf8')) as {
      modelUsage: Record<string, { costUSD: number }>;
      total_cost_usd: number;
    };
    expect(print.modelUsage[SONNET]?.costUSD).toBeCloseTo(sonnetCost, 12);
    expect(print.modelUsage[HAIKU]?.costUSD).toBeCloseTo(haikuCost, 12);
    expect(print.total_cost_usd).toBeCloseTo(sonnetCost + haikuCost, 12);
  });
});

describe('resultParser', () => {
  const forms = [
    ['print.json', 'claude -p --output-format json'],
    ['stream.jsonl', '--output-format stream-json'],
    ['stream-crlf.ndjson', 'stream-json with a BOM and CRLF line ends'],
    ['execution.json', "claude-code-action's execution_file"],
  ] as const;

  it.each(forms)('detects and reads %s (%s)', async (name) => {
    const path = await fixture(name);
    expect(resultParser.detect(path, await headOf(path))).toBe(true);
    const result = await parse(path);
    expect(result.skipped).toEqual([]);
    expect(result.format).toBe('result');
    expect(result.sessions).toHaveLength(1);
    const record = result.sessions[0];
    expect(record?.sessionId).toBe(SESSION);
    expect(record?.usage).toEqual([sonnetBucket, haikuBucket]);
    expect(record?.reported).toEqual({ costUsd: 0.971, costBasis: 'claude-code' });
    expect(record?.source.linesRead).toBe(result.linesRead);
  });

  it('counts every line of a stream but parses only result lines', async () => {
    const result = await parse(await fixture('stream.jsonl'));
    expect(result.linesRead).toBe(5);
  });

  it('reads stream-json saved as .json line by line', async () => {
    const path = await fixture('stream.jsonl', 'run.json');
    expect(resultParser.detect(path, await headOf(path))).toBe(true);
    const result = await parse(path);
    expect(result.sessions[0]?.usage).toEqual([sonnetBucket, haikuBucket]);
    expect(result.linesRead).toBe(5);
  });

  it('uses the last complete result when the final line was cut mid-write, and says so', async () => {
    const result = await parse(await fixture('stream-cut.jsonl'));
    expect(result.skipped).toEqual([{ file: 'stream-cut.jsonl', line: 4, reason: 'result line is not valid JSON' }]);
    expect(result.sessions[0]?.reported?.costUsd).toBe(0.5);
    expect(result.sessions[0]?.usage).toEqual([{ ...sonnetBucket, outputTokens: 10_000 }]);
    expect(result.sessions[0]?.source.skipped).toEqual([{ reason: 'result line is not valid JSON', count: 1 }]);
  });

  it('reports a stream with no result line', async () => {
    const text = (await readFile(join(FIXTURES, 'stream.jsonl'), 'utf8')).split('\n').slice(0, 3).join('\n');
    const result = await parse(await file('unfinished.jsonl', text));
    expect(result.sessions).toEqual([]);
    expect(result.skipped).toEqual([
      { file: 'unfinished.jsonl', line: 0, reason: 'no result line (the run may not have finished)' },
    ]);
  });

  it('refuses a result line longer than the cap without reading it', async () => {
    const result = await parse(await fixture('stream.jsonl', 'big.jsonl'), 600);
    expect(result.sessions).toEqual([]);
    expect(result.skipped).toEqual([{ file: 'big.jsonl', line: 5, reason: 'result line is larger than 600 bytes' }]);
  });

  it('passes over a non-result line longer than the cap without keeping or parsing it', async () => {
    const lines = (await readFile(join(FIXTURES, 'stream.jsonl'), 'utf8')).trimEnd().split('\n');
    const huge = JSON.stringify({ type: 'user', session_id: SESSION, blob: 'x'.repeat(50_000) });
    const path = await file('huge.jsonl', [lines[0], huge, lines[4]].join('\n'));
    const result = await parse(path, 2_000);
    expect(result.skipped).toEqual([]);
    expect(result.linesRead).toBe(3);
    expect(result.sessions[0]?.usage).toEqual([sonnetBucket, haikuBucket]);
  });

  it('reports an execution_file array without a result', async () => {
    const result = await parse(await file('exec.json', '[{"type":"system","subtype":"init"}]'));
    expect(result.skipped).toEqual([{ file: 'exec.json', line: 0, reason: 'no result element in the array' }]);
  });

  it('dates the usage by the file modification day in UTC', async () => {
    const path = await fixture('print.json', 'late.json');
    const late = new Date('2026-11-21T00:30:00+09:00'); // still 20 November in UTC
    await utimes(path, late, late);
    const result = await parse(path);
    expect(result.sessions[0]?.usage.map((b) => b.day)).toEqual(['2026-11-20', '2026-11-20']);
  });

  it('falls back to the file stem when the result names no session', async () => {
    const { session_id: _drop, ...anonymous } = resultObject();
    const result = await parse(await file('nightly-run.json', JSON.stringify(anonymous)));
    expect(result.sessions[0]?.sessionId).toBe('nightly-run');
  });

  it('reports invalid JSON by line, never with its content', async () => {
    const result = await parse(await file('broken.json', '{"type":"result",\n"session_id": SECRET-TEXT}\n'));
    expect(result.sessions).toEqual([]);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]?.reason).toBe('not valid JSON');
    expect(JSON.stringify(result)).not.toContain('SECRET');
  });

  it('does not claim transcripts or other JSON', () => {
    const transcriptHead = '{"type":"summary","summary":"x","leafUuid":"y"}\n{"type":"user","sessionId":"abc"}';
    expect(resultParser.detect('a/b.jsonl', transcriptHead)).toBe(false);
    expect(resultParser.detect('a/b.json', '{"messages":[{"input_tokens":1}]}')).toBe(false);
    expect(resultParser.detect('a/b.txt', '{"type":"result"}')).toBe(false);
    expect(resultParser.detect('a/b.json', '{"type": "result", "session_id": "x"}')).toBe(true);
  });
});
