import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectTranscripts } from '../../../src/ingest/collect.js';
import type { FileResult } from '../../../src/ingest/types.js';
import { SessionRecordSchema } from '../../../src/records/schema.js';
import { fixture, parse, requestTotals } from './helpers.js';

/** Every fixture hides this marker in the lines it expects to be skipped. */
const SECRET = 'SECRET';

function expectNoContentInReasons(result: FileResult): void {
  for (const skipped of result.skipped) expect(skipped.reason).not.toContain(SECRET);
  expect(JSON.stringify(result.skipped)).not.toContain(SECRET);
}

function skippedAt(result: FileResult): [string, number, string][] {
  return result.skipped.map((s) => [s.file, s.line, s.reason]);
}

describe('the transcript parser survives', () => {
  it('a last line cut mid-write', async () => {
    const result = await parse(fixture('truncated-last-line.jsonl'));
    expect(skippedAt(result)).toEqual([['truncated-last-line.jsonl', 4, 'truncated last line']]);
    expectNoContentInReasons(result);
    expect(requestTotals(result.requests)).toMatchObject({ requests: 2, input: 9, output: 70 });
    expect(result.linesRead).toBe(4);
  });

  it('CRLF line endings', async () => {
    const path = fixture('crlf-line-endings.jsonl');
    expect(readFileSync(path).includes('\r\n')).toBe(true); // the fixture kept its bytes
    const result = await parse(path);
    expect(result.skipped).toEqual([]);
    expect(requestTotals(result.requests)).toMatchObject({ requests: 2, output: 23, cacheRead: 1100 });
    expect(result.facts[0]?.turnsByBranch).toEqual(new Map([['feat/cost', 1]]));
  });

  it('a byte-order mark before the first line', async () => {
    const path = fixture('bom.jsonl');
    expect([...readFileSync(path).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const result = await parse(path);
    expect(result.skipped).toEqual([]);
    expect(requestTotals(result.requests)).toMatchObject({ requests: 2, input: 8, output: 80 });
  });

  it('a pretty-printed object between compact lines, braces inside its strings', async () => {
    const result = await parse(fixture('pretty-printed.jsonl'));
    expect(result.skipped).toEqual([]);
    expect(result.requests.map((r) => [r.messageId, r.line])).toEqual([
      ['msg_P1', 2],
      ['msg_P2', 3],
      ['msg_P3', result.linesRead],
    ]);
    expect(requestTotals(result.requests)).toMatchObject({ input: 9, output: 90, cacheRead: 9000 });
  });

  it('an empty file', async () => {
    const result = await parse(fixture('empty.jsonl'));
    expect(result).toMatchObject({ requests: [], facts: [], skipped: [], linesRead: 0 });
  });

  it('lines that are not JSON', async () => {
    const result = await parse(fixture('non-json-lines.jsonl'));
    expect(skippedAt(result)).toEqual([
      ['non-json-lines.jsonl', 2, 'not valid JSON'],
      ['non-json-lines.jsonl', 4, 'not valid JSON'],
    ]);
    expectNoContentInReasons(result);
    expect(requestTotals(result.requests)).toMatchObject({ requests: 3, input: 6, output: 60 });
  });

  it('fields of the wrong type, naming the field and never the value', async () => {
    const result = await parse(fixture('wrong-types.jsonl'));
    const file = 'wrong-types.jsonl';
    expect(skippedAt(result)).toEqual([
      [file, 2, 'message.usage.input_tokens is not a number'],
      [file, 3, 'message.usage.output_tokens is not a whole number'],
      [file, 4, 'message.model is not a string'],
      [file, 5, 'timestamp is not an ISO date-time'],
      [file, 6, 'model id is not an identifier'],
      [file, 7, 'sessionId is not an identifier'],
      [file, 8, 'message.usage.output_tokens is missing'],
    ]);
    expectNoContentInReasons(result);
    expect(requestTotals(result.requests)).toMatchObject({ requests: 2, input: 3, output: 30 });
  });

  it('negative and non-finite numbers', async () => {
    const path = fixture('negative-and-non-finite.jsonl');
    expect(readFileSync(path, 'utf8')).toContain('1e999'); // JSON.parse reads it as Infinity
    const result = await parse(path);
    const file = 'negative-and-non-finite.jsonl';
    expect(skippedAt(result)).toEqual([
      [file, 2, 'negative token count at message.usage.output_tokens'],
      [file, 3, 'non-finite token count at message.usage.cache_read_input_tokens'],
      [file, 4, 'negative number at costUSD'],
    ]);
    expect(requestTotals(result.requests)).toMatchObject({ requests: 2, input: 3, cacheRead: 3000 });
  });

  it('unknown line types, and usage nested in tool results', async () => {
    const result = await parse(fixture('unknown-line-types.jsonl'));
    // The unknown type without usage and the tool result carrying a subagent's usage are not
    // requests and not problems: only the unknown type that claims usage is reported.
    expect(skippedAt(result)).toEqual([['unknown-line-types.jsonl', 2, 'unknown line type']]);
    expectNoContentInReasons(result);
    expect(requestTotals(result.requests)).toMatchObject({ requests: 2, input: 3, output: 30 });
  });

  it('streaming snapshots of one request, keeping the largest', async () => {
    const result = await parse(fixture('streaming-snapshots.jsonl'));
    expect(result.skipped).toEqual([]);
    expect(result.duplicatesDropped).toBe(3);
    expect(result.requests.map((r) => [r.messageId, r.outputTokens, r.line])).toEqual([
      ['msg_S1', 348, 4],
      ['msg_S2', 77, 7],
    ]);
  });

  it('a subagent file replaying a parent message under a new requestId', async () => {
    const main = await parse(fixture('subagent-replay/sess-replay.jsonl'));
    const agent = await parse(fixture('subagent-replay/sess-replay/subagents/agent-a1b2c3.jsonl'));
    expect([...main.skipped, ...agent.skipped]).toEqual([]);
    // The agent line without a sessionId falls back to the `<session>` directory name.
    expect(agent.requests.map((r) => [r.messageId, r.sessionId, r.origin])).toEqual([
      ['msg_R1', 'sess-replay', 'subagent'],
      ['msg_A1', 'sess-replay', 'subagent'],
    ]);
    // The subagent's own prompt is not a user turn.
    expect(agent.facts[0]?.turnsByBranch.size).toBe(0);

    const { sessions, duplicatesDropped } = collectTranscripts([agent, main], 'claude-cost@test');
    expect(duplicatesDropped).toBe(1);
    expect(sessions).toHaveLength(1);
    const session = SessionRecordSchema.parse(sessions[0]);
    expect(session).toMatchObject({ sessionId: 'sess-replay', requests: 3, turns: 1 });
    expect(session.usage.map((b) => [b.origin, b.requests, b.outputTokens])).toEqual([
      ['main', 2, 55],
      ['subagent', 1, 25],
    ]);
    expect(session.source).toMatchObject({ files: 2, duplicatesDropped: 1 });
  });

  it('<synthetic> API-error placeholders, silently', async () => {
    const result = await parse(fixture('synthetic.jsonl'));
    expect(result.skipped).toEqual([]);
    expect(result.requests.map((r) => r.model)).toEqual(['claude-sonnet-4-5-20250929']);
    expect(result.facts[0]?.turnsByBranch.get('feat/cost')).toBe(2);
  });

  it('a compaction boundary and the summary Claude Code writes after it', async () => {
    const result = await parse(fixture('compact-boundary.jsonl'));
    expect(result.skipped).toEqual([]);
    expect(result.facts[0]).toMatchObject({ compactions: 1 });
    expect(result.facts[0]?.turnsByBranch.get('feat/cost')).toBe(2);
    const [session] = collectTranscripts([result], 'claude-cost@test').sessions;
    expect(session).toMatchObject({ compactions: 1, turns: 2, requests: 2, peakContextTokens: 150_101 });
  });
});
