import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectTranscripts } from '../../../src/ingest/collect.js';
import { transcriptParser } from '../../../src/ingest/transcript/index.js';
import { SessionRecordSchema } from '../../../src/records/schema.js';
import { jsonlFiles, parse, REAL_PROJECTS, recordTotals, requestTotals } from './helpers.js';

const files = jsonlFiles(REAL_PROJECTS);
const byStem = (prefix: string): string => {
  const file = files.find((path) => basename(path).startsWith(prefix));
  if (!file) throw new Error(`fixture ${prefix} missing`);
  return file;
};

describe('real Claude Code transcripts', () => {
  it('are all detected as transcripts', () => {
    expect(files).toHaveLength(6);
    for (const file of files) {
      const head = readFileSync(file, 'utf8').slice(0, 4096);
      expect(transcriptParser.detect(file, head), file).toBe(true);
    }
  });

  it('match the ccusage cross-check totals when read together', async () => {
    const results = await Promise.all(files.map((file) => parse(file, REAL_PROJECTS)));
    const { sessions, duplicatesDropped } = collectTranscripts(results, 'claude-cost@test');

    const totals = recordTotals(sessions);
    expect(totals).toEqual({
      requests: 225,
      input: 1_219,
      output: 59_059,
      cacheWrite5m: 230_493, // no 1-hour writes in these logs
      cacheWrite1h: 0,
      cacheRead: 4_623_645,
    });
    // 16 + 6 + 8 + 8 + 92 streaming snapshots of requests already counted
    expect(duplicatesDropped).toBe(130);
    expect(results.flatMap((r) => r.skipped)).toEqual([]);
    expect(sessions.map((s) => [s.sessionId.slice(0, 8), s.branch, s.turns, s.requests])).toEqual([
      ['1af7fc5e', undefined, 1, 7],
      ['5c0375b4', 'main', 1, 20],
      ['ba79134d', undefined, 6, 24],
      ['fe5e1c67', undefined, 2, 170],
      ['fed8ce56', undefined, 3, 4],
    ]);
  });

  it('produce records that pass the session record schema and hold no paths', async () => {
    const results = await Promise.all(files.map((file) => parse(file, REAL_PROJECTS)));
    const { sessions } = collectTranscripts(results, 'claude-cost@test');
    for (const session of sessions) expect(SessionRecordSchema.parse(session)).toEqual(session);
    const text = JSON.stringify(sessions);
    expect(text).not.toContain('/Users/chip');
    expect(text).not.toContain('/path/to');
    const fed8 = sessions.find((s) => s.sessionId.startsWith('fed8ce56'));
    expect(fed8).toMatchObject({
      toolVersion: '1.0.17',
      startedAt: '2025-06-10T12:36:23.208Z',
      endedAt: '2025-06-10T12:37:28.376Z',
      source: { format: 'transcript', files: 1, linesRead: 21, duplicatesDropped: 6, skipped: [] },
    });
  });

  it('read the summary-only file as nothing, without error', async () => {
    const result = await parse(byStem('ff71dbed'), REAL_PROJECTS);
    expect(result).toMatchObject({ requests: [], facts: [], skipped: [], linesRead: 1 });
    expect(collectTranscripts([result], 'claude-cost@test').sessions).toEqual([]);
  });

  it('count inline sidechain requests once, as subagent work', async () => {
    const result = await parse(byStem('5c0375b4'), REAL_PROJECTS);
    const sidechain = result.requests.filter((r) => r.isSidechain);
    expect(sidechain).toHaveLength(10);
    expect(sidechain.every((r) => r.origin === 'subagent')).toBe(true);

    const [session] = collectTranscripts([result], 'claude-cost@test').sessions;
    const byOrigin = (origin: string) =>
      session?.usage.filter((b) => b.origin === origin).reduce((n, b) => n + b.requests, 0);
    expect(byOrigin('subagent')).toBe(10);
    expect(byOrigin('main')).toBe(10);
    expect(requestTotals(result.requests).requests).toBe(20);
  });

  it('take cache write splits from the 5m/1h fields when present', async () => {
    const result = await parse(byStem('1af7fc5e'), REAL_PROJECTS);
    const first = result.requests[0];
    expect(first).toMatchObject({
      messageId: 'msg_01TqDZoU6FcpxB4u2AmpgWfZ',
      cacheWrite5mTokens: 10_816,
      cacheWrite1hTokens: 0,
      geo: 'global',
      speed: 'standard',
      branch: undefined,
      origin: 'main',
    });
  });
});
