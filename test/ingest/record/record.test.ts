import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordParser } from '../../../src/ingest/record/index.js';
import { serialiseRecord } from '../../../src/records/serialise.js';

const VALID = join(import.meta.dirname, '../../fixtures/record/valid.json');

let dir: string;
let valid: Record<string, unknown>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claude-cost-record-'));
  valid = JSON.parse(await readFile(VALID, 'utf8')) as Record<string, unknown>;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function parseJson(name: string, value: unknown) {
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(value, null, 2));
  return recordParser.parse(path, { displayName: `sessions/${name}`, maxJsonBytes: 1024 * 1024 });
}

describe('recordParser', () => {
  it('detects committed records by their schema tag', async () => {
    expect(recordParser.detect(VALID, await readFile(VALID, 'utf8'))).toBe(true);
    expect(recordParser.detect('x.json', '{"messages":[]}')).toBe(false);
    expect(recordParser.detect('x.jsonl', '{"schema":"claude-cost/session@1"}')).toBe(false);
  });

  it('reads a valid record unchanged, and writing it back gives the same bytes', async () => {
    const result = await recordParser.parse(VALID, { displayName: 'valid.json', maxJsonBytes: 1024 * 1024 });
    expect(result.skipped).toEqual([]);
    expect(result.format).toBe('record');
    expect(result.sessions).toEqual([valid]);
    expect(result.linesRead).toBe((await readFile(VALID, 'utf8')).split('\n').length - 1);
    const session = result.sessions[0];
    if (session === undefined) throw new Error('no session');
    expect(serialiseRecord(session)).toBe(await readFile(VALID, 'utf8'));
  });

  const usage = (): Array<Record<string, unknown>> => structuredClone(valid.usage) as Array<Record<string, unknown>>;
  const cases: Array<[string, () => Record<string, unknown>, string, string]> = [
    [
      'a negative count',
      () => ({ ...valid, usage: usage().map((b, i) => (i === 1 ? { ...b, inputTokens: -4242421 } : b)) }),
      'usage.1.inputTokens: Too small: expected number to be >=0',
      '4242421',
    ],
    [
      'an unknown key',
      () => ({ ...valid, costOverride: 'EVIL-VALUE-1' }),
      '(root): unrecognized key "costOverride"',
      'EVIL-VALUE-1',
    ],
    [
      'an unknown key whose name is markup',
      () => ({ ...valid, task: { kind: 'feature', '<img src=x onerror=EVIL>': 1 } }),
      'task: 1 unrecognized key',
      'EVIL',
    ],
    [
      'a wrong type',
      () => ({ ...valid, turns: 'EVIL-VALUE-2' }),
      'turns: Invalid input: expected number, received string',
      'EVIL-VALUE-2',
    ],
    [
      'a huge string',
      () => ({ ...valid, developer: `EVIL-VALUE-3${'x'.repeat(100_000)}` }),
      'developer: Too big: expected string to have <=255 characters',
      'EVIL-VALUE-3',
    ],
    [
      'a session id with markup',
      () => ({ ...valid, sessionId: '<script>EVIL-VALUE-4</script>' }),
      'sessionId: must be an identifier (letters, digits and ._:@/[]+-)',
      'EVIL-VALUE-4',
    ],
  ];

  it.each(cases)('rejects %s, naming the key path and not the value', async (_, make, problem, secret) => {
    const result = await parseJson('bad.json', make());
    expect(result.sessions).toEqual([]);
    expect(result.skipped).toEqual([
      { file: 'sessions/bad.json', line: 0, reason: `invalid session record: ${problem}` },
    ]);
    expect(JSON.stringify(result)).not.toContain(secret);
  });

  it('reports a record that is not JSON without quoting it', async () => {
    const path = join(dir, 'cut.json');
    await writeFile(path, '{"schema": "claude-cost/session@1", "sessionId": "EVIL-VALUE-5');
    const result = await recordParser.parse(path, { displayName: 'cut.json', maxJsonBytes: 1024 });
    expect(result.skipped).toEqual([{ file: 'cut.json', line: 1, reason: 'not valid JSON' }]);
    expect(JSON.stringify(result)).not.toContain('EVIL');
  });
});
