import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectTranscripts } from '../../../src/ingest/collect.js';
import { parse } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'claude-cost-pairs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let second = 0;
const line = (messageId: string, requestId: string | undefined, output: number, extra: object = {}): string =>
  JSON.stringify({
    sessionId: 'sess-pairs',
    timestamp: `2025-11-01T10:00:${String((second += 1) % 60).padStart(2, '0')}.000Z`,
    type: 'assistant',
    ...(requestId === undefined ? {} : { requestId }),
    message: { id: messageId, model: 'claude-opus-4-6', usage: { input_tokens: 1, output_tokens: output } },
    ...extra,
  });

function write(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

describe('one message id under several request ids', () => {
  it('keeps the largest snapshot of each (message id, request id) pair within a file', async () => {
    const result = await parse(
      write('sess-pairs.jsonl', [
        line('msg_A', 'req_1', 5),
        line('msg_A', 'req_2', 7),
        line('msg_A', 'req_1', 50),
        line('msg_A', undefined, 3),
        line('msg_A', 'req_2', 70),
        line('msg_A', undefined, 30),
        line('msg_A', '', 31), // an empty requestId is no requestId
        line('msg_B', 'req_1', 9),
        line('msg_A', 'req_3', 1),
      ]),
      dir,
    );
    expect(result.requests.map((r) => [r.messageId, r.requestId, r.outputTokens])).toEqual([
      ['msg_A', 'req_1', 50],
      ['msg_A', 'req_2', 70],
      ['msg_A', undefined, 31],
      ['msg_B', 'req_1', 9],
      ['msg_A', 'req_3', 1],
    ]);
    expect(result.duplicatesDropped).toBe(4);
  });

  it('matches pairs across files, and drops subagent replays of a main message', async () => {
    const main = await parse(
      write('sess-pairs-main.jsonl', [
        line('msg_A', 'req_1', 10),
        line('msg_A', 'req_2', 20),
        line('msg_C', 'req_5', 4),
      ]),
      dir,
    );
    const agent = await parse(
      write('sess-pairs-agent.jsonl', [
        line('msg_A', 'req_2', 25),
        line('msg_A', 'req_9', 99, { isSidechain: true }),
        line('msg_C', 'req_5', 3),
      ]),
      dir,
    );
    const { sessions, duplicatesDropped } = collectTranscripts([main, agent], 'claude-cost@test');
    expect(sessions).toHaveLength(1);
    // req_2 once at its largest (25), msg_C once (4); the replay under req_9 is dropped.
    expect(sessions[0]?.usage.reduce((sum, b) => sum + b.outputTokens, 0)).toBe(10 + 25 + 4);
    expect(sessions[0]?.requests).toBe(3);
    expect(duplicatesDropped).toBe(3);
  });
});
