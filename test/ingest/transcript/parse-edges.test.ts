import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, requestTotals } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'claude-cost-edges-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

let n = 0;
function assistant(extra: { usage?: object; line?: object; session?: string | null } = {}): string {
  n += 1;
  const line: Record<string, unknown> = {
    sessionId: extra.session === undefined ? 'sess-edge' : extra.session,
    gitBranch: 'feat/a',
    timestamp: `2025-11-01T10:00:${String(n % 60).padStart(2, '0')}.000Z`,
    type: 'assistant',
    requestId: `req_${n}`,
    message: {
      id: `msg_${n}`,
      model: 'claude-opus-4-6',
      usage: { input_tokens: 1, output_tokens: 10, cache_read_input_tokens: 100, ...extra.usage },
    },
    ...extra.line,
  };
  if (line.sessionId === null) delete line.sessionId;
  return JSON.stringify(line);
}

const prompt = (text: string, branch = 'feat/a') =>
  JSON.stringify({
    sessionId: 'sess-edge',
    gitBranch: branch,
    type: 'user',
    message: { role: 'user', content: text },
    timestamp: '2025-11-01T09:59:00.000Z',
  });

describe('transcript parser edges', () => {
  it('reads fast mode, inference geo, 1-hour writes, web search and costUSD', async () => {
    const path = write('priced.jsonl', [
      assistant({
        usage: {
          speed: 'fast',
          inference_geo: 'US',
          cache_creation_input_tokens: 300,
          cache_creation: { ephemeral_5m_input_tokens: 100, ephemeral_1h_input_tokens: 200 },
          server_tool_use: { web_search_requests: 2 },
        },
        line: { costUSD: 0.25 },
      }),
      assistant({ usage: { inference_geo: 'not_available', speed: null, cache_creation: null } }),
      assistant({ usage: { inference_geo: 'SECRET <b>' } }),
    ]);
    const result = await parse(path, dir);
    expect(result.requests.map((r) => [r.speed, r.geo, r.cacheWrite5mTokens, r.cacheWrite1hTokens])).toEqual([
      ['fast', 'us', 100, 200],
      ['standard', 'global', 0, 0],
    ]);
    expect(result.requests[0]).toMatchObject({ webSearchRequests: 2, reportedCostUsd: 0.25 });
    expect(result.skipped).toEqual([
      { file: 'priced.jsonl', line: 3, reason: 'message.usage.inference_geo is not a region code' },
    ]);
  });

  it('prices a split that covers less than the flat cache write total as 5-minute writes', async () => {
    const path = write('split.jsonl', [
      assistant({
        usage: {
          cache_creation_input_tokens: 500,
          cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 300 },
        },
      }),
    ]);
    const [request] = (await parse(path, dir)).requests;
    expect([request?.cacheWrite5mTokens, request?.cacheWrite1hTokens]).toEqual([200, 300]);
  });

  it('takes the session id from the file name when lines lack one', async () => {
    const path = write('stem-session.jsonl', [assistant({ session: null })]);
    const result = await parse(path, dir);
    expect(result.requests[0]?.sessionId).toBe('stem-session');
    expect(result.facts.map((f) => f.sessionId)).toEqual(['stem-session']);
  });

  it('counts a prompt too large to parse under the last known session and branch', async () => {
    const huge = prompt('p'.repeat(200_000), 'ignored-because-unparsed');
    const path = write('huge-prompt.jsonl', [prompt('first', 'feat/b'), assistant(), huge]);
    const result = await parse(path, dir);
    expect(result.facts[0]?.turnsByBranch).toEqual(
      new Map([
        ['feat/b', 1],
        ['feat/a', 1],
      ]),
    );
  });

  it('does not let an unclosed pretty-printed object swallow the lines after it', async () => {
    const path = write('unclosed-pretty.jsonl', [
      assistant(),
      '{',
      '  "type": "assistant",',
      '  "message": {"SECRET": 1',
      assistant(),
      assistant(),
    ]);
    const result = await parse(path, dir);
    expect(result.skipped).toEqual([
      { file: 'unclosed-pretty.jsonl', line: 2, reason: 'pretty-printed object is not closed' },
    ]);
    expect(result.requests).toHaveLength(3);
  });

  it('gives up on a pretty-printed object over 10,000 lines and keeps reading', async () => {
    const body = Array.from({ length: 10_001 }, (_, i) => `  "k${i}": ${i},`);
    const path = write('long-pretty.jsonl', ['{', ...body, '  "end": 0', '}', assistant()]);
    const result = await parse(path, dir);
    expect(result.skipped[0]).toEqual({
      file: 'long-pretty.jsonl',
      line: 1,
      reason: 'pretty-printed object over 10000 lines or 8 MiB',
    });
    expect(result.requests).toHaveLength(1);
  });

  it('reports a pretty-printed object cut off at the end of the file', async () => {
    const path = write('cut-pretty.jsonl', [assistant(), '{', '  "type": "assistant",']);
    const result = await parse(path, dir);
    expect(result.skipped).toEqual([
      { file: 'cut-pretty.jsonl', line: 2, reason: 'pretty-printed object is not closed' },
    ]);
    expect(requestTotals(result.requests).requests).toBe(1);
  });

  it('reports a broken line that claims usage, without its content', async () => {
    const path = write('broken.jsonl', ['{"usage":1, "SECRET": [}', '["usage"]', assistant()]);
    const result = await parse(path, dir);
    expect(result.skipped.map((s) => [s.line, s.reason])).toEqual([
      [1, 'not valid JSON'],
      [2, 'not valid JSON'],
    ]);
    expect(result.requests).toHaveLength(1);
  });
});
