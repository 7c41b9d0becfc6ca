import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leadingType } from '../../../src/ingest/transcript/bytes.js';
import { parseTranscriptFileSync } from '../../../src/ingest/transcript/index.js';
import { FIXTURES, jsonlFiles, REAL_PROJECTS } from './helpers.js';

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

function typeOf(line: Buffer): unknown {
  try {
    const value: unknown = JSON.parse(line.toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  } catch {
    return undefined;
  }
}

describe('leadingType', () => {
  it('agrees with JSON.parse on every line of the real transcripts and the edge fixtures', () => {
    let classified = 0;
    let lines = 0;
    for (const file of [...jsonlFiles(REAL_PROJECTS), ...jsonlFiles(FIXTURES)]) {
      for (const text of readFileSync(file, 'utf8').split('\n')) {
        const line = utf8(text.replace(/\r$/, ''));
        lines += 1;
        const found = leadingType(line);
        if (found === undefined) continue;
        classified += 1;
        // Wherever it answers on a line that parses, it answers what the parser would read.
        const parsed = typeOf(line);
        if (parsed !== undefined) expect(found, file).toBe(parsed);
      }
    }
    // Most lines of real transcripts (user, system, snapshot lines) are classified.
    expect(classified).toBeGreaterThan(lines / 3);
  });

  it('reads the top-level type past scalar members of every kind', () => {
    expect(leadingType(utf8('{"parentUuid":null,"isSidechain":false,"n":-1.5e3,"type":"user","message":{}}'))).toBe(
      'user',
    );
    expect(leadingType(utf8('{ "a" : true ,\t"type" : "system" }'))).toBe('system');
    // Escaped quotes and a trailing escaped backslash do not end a string early.
    expect(leadingType(utf8('{"cwd":"C:\\\\dir\\\\","note":"say \\"type\\":\\"user\\"","type":"summary"}'))).toBe(
      'summary',
    );
  });

  it('gives up rather than guess', () => {
    // The type comes after a nested value: assistant lines write `message` first.
    expect(leadingType(utf8('{"message":{"type":"message"},"type":"assistant"}'))).toBeUndefined();
    expect(leadingType(utf8('{"list":[1],"type":"user"}'))).toBeUndefined();
    // A nested `type` is never the line's.
    expect(leadingType(utf8('{"data":{"type":"user"}}'))).toBeUndefined();
    // Not a string, escaped, or not ASCII.
    expect(leadingType(utf8('{"type":7}'))).toBeUndefined();
    expect(leadingType(utf8('{"type":"us\\u0065r"}'))).toBeUndefined();
    expect(leadingType(utf8('{"type":"usér"}'))).toBeUndefined();
    // Not an object, no type, cut short.
    expect(leadingType(utf8('["type","user"]'))).toBeUndefined();
    expect(leadingType(utf8('{"a":"b"}'))).toBeUndefined();
    expect(leadingType(utf8('{"a":"b","type":"us'))).toBeUndefined();
    expect(leadingType(utf8(''))).toBeUndefined();
  });
});

describe('lines classified by their leading type', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claude-cost-leading-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const envelope = {
    parentUuid: null,
    isSidechain: false,
    userType: 'external',
    cwd: '/home/dev/project',
    sessionId: 'sess-leading',
    version: '2.0.14',
    gitBranch: 'main',
  };
  const usage = { input_tokens: 10, output_tokens: 20, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 };
  const assistant = {
    ...envelope,
    message: { id: 'msg_1', model: 'claude-sonnet-4-5-20250929', type: 'message', content: [], usage },
    requestId: 'req_1',
    type: 'assistant',
    timestamp: '2026-11-01T10:00:05.000Z',
  };

  it('counts requests and prompts exactly as before, however the other lines nest usages', () => {
    const lines = [
      {
        ...envelope,
        type: 'user',
        message: { role: 'user', content: 'fix the bug' },
        timestamp: '2026-11-01T10:00:00.000Z',
      },
      assistant,
      // A subagent's result handed back as a tool result carries the subagent's usage: no request.
      {
        ...envelope,
        type: 'user',
        message: { role: 'user', content: [{ tool_use_id: 'toolu_1', type: 'tool_result', content: 'done' }] },
        toolUseResult: { usage: { ...usage, output_tokens: 999 } },
        timestamp: '2026-11-01T10:00:06.000Z',
      },
      // Progress lines nest a whole assistant message with its usage: no request either.
      { ...envelope, type: 'progress', data: { message: { ...assistant, requestId: 'req_2' } } },
      // A user line whose type follows its message is still told apart by parsing it.
      {
        ...envelope,
        message: { role: 'user', content: 'and add a test' },
        type: 'user',
        timestamp: '2026-11-01T10:01:00.000Z',
      },
    ];
    const file = join(dir, 'sess-leading.jsonl');
    writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
    const result = parseTranscriptFileSync(file, { displayName: 'sess-leading.jsonl', maxJsonBytes: 1 << 20 });
    expect(result.skipped).toEqual([]);
    expect(result.requests.map((r) => [r.requestId, r.outputTokens])).toEqual([['req_1', 20]]);
    expect(result.facts.map((f) => Object.fromEntries(f.turnsByBranch))).toEqual([{ main: 2 }]);
  });
});
