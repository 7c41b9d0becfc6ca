import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectTranscripts } from '../../../src/ingest/collect.js';
import { parseTranscriptFile } from '../../../src/ingest/transcript/index.js';
import { recordTotals } from './helpers.js';

const MiB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'claude-cost-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** JSON-escaped source text, as tool results hold it: `\n`, `\"`, braces, the odd "usage" word. */
const BLOCK = JSON.stringify(
  Array.from(
    { length: 60 },
    (_, i) => `  const value${i} = { usage: "tokens", "type": "user" }; // line ${i} of the file\n`,
  ).join(''),
).slice(1, -1);

interface Expected {
  requests: number;
  input: number;
  output: number;
  cacheWrite5m: number;
  cacheRead: number;
  turns: number;
}

/** Writes a transcript of about `targetBytes`, mostly huge tool results; returns its totals. */
function writeTranscript(path: string, targetBytes: number): Expected {
  const fd = openSync(path, 'w');
  const expected: Expected = { requests: 0, input: 0, output: 0, cacheWrite5m: 0, cacheRead: 0, turns: 0 };
  const base = { sessionId: 'sess-big', gitBranch: 'feat/big', version: '2.0.14', isSidechain: false };
  let written = 0;
  const put = (line: object | string) => {
    const text = (typeof line === 'string' ? line : JSON.stringify(line)) + '\n';
    written += writeSync(fd, text);
  };
  for (let i = 0; written < targetBytes; i += 1) {
    const timestamp = new Date(Date.UTC(2025, 10, 5, 8, 0, i)).toISOString();
    if (i % 20 === 0) {
      // A prompt with a pasted image: too big to parse, still a turn.
      const image = 'A'.repeat(i % 40 === 0 ? 300_000 : 100);
      put({
        ...base,
        type: 'user',
        timestamp,
        message: {
          role: 'user',
          content: [
            { type: 'text', text: 'fix it' },
            { type: 'image', source: { data: image } },
          ],
        },
      });
      expected.turns += 1;
    }
    // Three streaming snapshots of the same request; the last is the largest.
    for (const output of [3, 40, 90 + i]) {
      put({
        ...base,
        type: 'assistant',
        timestamp,
        requestId: `req_${i}`,
        message: {
          id: `msg_${i}`,
          model: 'claude-sonnet-4-5',
          usage: {
            input_tokens: 2,
            output_tokens: output,
            cache_creation_input_tokens: 500,
            cache_read_input_tokens: 20_000 + i,
          },
        },
      });
    }
    expected.requests += 1;
    expected.input += 2;
    expected.output += 90 + i;
    expected.cacheWrite5m += 500;
    expected.cacheRead += 20_000 + i;
    const size = 256 * 1024 + ((i * 7919) % 768) * 1024; // 256 KiB to 1 MiB
    const content = BLOCK.repeat(Math.ceil(size / BLOCK.length));
    put(
      `{"parentUuid":"p${i}","sessionId":"sess-big","gitBranch":"feat/big","type":"user","message":{"role":"user","content":[{"tool_use_id":"toolu_${i}","type":"tool_result","content":"${content}"}]},"timestamp":"${timestamp}","toolUseResult":{"stdout":"${content}"}}`,
    );
  }
  closeSync(fd);
  return expected;
}

describe('streaming a large transcript', () => {
  it('parses 64 MiB in small chunks with the right totals and bounded memory', async () => {
    const path = join(dir, 'sess-big.jsonl'); // the stem is the session id, as Claude Code names files
    const expected = writeTranscript(path, 64 * MiB);
    const size = statSync(path).size;

    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    const started = performance.now();
    const result = await parseTranscriptFile(
      path,
      { displayName: 'big.jsonl', maxJsonBytes: 0 },
      { chunkSize: 64 * 1024 },
    );
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);

    expect(result.skipped).toEqual([]);
    const { sessions } = collectTranscripts([result], 'claude-cost@test');
    expect(recordTotals(sessions)).toEqual({
      requests: expected.requests,
      input: expected.input,
      output: expected.output,
      cacheWrite5m: expected.cacheWrite5m,
      cacheWrite1h: 0,
      cacheRead: expected.cacheRead,
    });
    expect(sessions[0]).toMatchObject({ branch: 'feat/big', turns: expected.turns });
    expect(result.duplicatesDropped).toBe(expected.requests * 2);

    // A sanity bound only; real figures belong to the benchmark.
    expect(peak - before).toBeLessThan(48 * MiB);
    console.info(
      `transcript parse: ${(size / MiB).toFixed(1)} MiB in ${seconds.toFixed(2)} s = ` +
        `${(size / MiB / seconds).toFixed(0)} MiB/s, rss growth ${((peak - before) / MiB).toFixed(1)} MiB`,
    );
  });
});
