import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseHookPayload } from '../../src/hook/payload.js';
import { sessionFiles } from '../../src/hook/read.js';
import { readStream } from '../../src/hook/stdin.js';
import { hookCommand } from '../../src/commands/hook.js';

const base = {
  session_id: 'abc-123',
  transcript_path: '/home/dev/.claude/projects/-repo/abc-123.jsonl',
  cwd: '/repo',
  hook_event_name: 'SessionEnd',
};

describe('parseHookPayload', () => {
  it('accepts the three recording events and keeps unknown fields out of the way', () => {
    for (const event of ['SessionEnd', 'Stop', 'PreCompact']) {
      const parsed = parseHookPayload(
        JSON.stringify({ ...base, hook_event_name: event, reason: 'clear', permission_mode: 'plan' }),
      );
      expect(parsed).toEqual({ kind: 'record', payload: { ...base, hook_event_name: event } });
    }
    expect(parseHookPayload(`\ufeff${JSON.stringify(base)}`).kind).toBe('record');
  });

  it('ignores other events and explains invalid payloads', () => {
    expect(parseHookPayload(JSON.stringify({ ...base, hook_event_name: 'PostToolUse' }))).toEqual({
      kind: 'ignore',
      event: 'PostToolUse',
    });
    expect(parseHookPayload('[]')).toMatchObject({ kind: 'invalid' });
    expect(parseHookPayload(JSON.stringify({ ...base, cwd: 7 }))).toMatchObject({
      kind: 'invalid',
      reason: expect.stringMatching(/^hook payload: cwd: /),
    });
    for (const id of ['..', 'a/b', '', '-rf']) {
      expect(parseHookPayload(JSON.stringify({ ...base, session_id: id }))).toMatchObject({ kind: 'invalid' });
    }
  });
});

describe('sessionFiles', () => {
  it('expands ~/ and resolves a relative path against the session cwd', () => {
    expect(
      sessionFiles({ ...base, transcript_path: '~/.claude/projects/p/abc-123.jsonl' }, '/home/me').transcript,
    ).toBe('/home/me/.claude/projects/p/abc-123.jsonl');
    expect(sessionFiles({ ...base, transcript_path: 'logs/abc-123.jsonl' }, '/home/me').transcript).toBe(
      '/repo/logs/abc-123.jsonl',
    );
    expect(sessionFiles(base, '/home/me').subagents).toBeUndefined();
  });
});

describe('readStream', () => {
  it('reads until the end of input', async () => {
    const stream = new PassThrough();
    const text = readStream(stream);
    stream.write('{"a":');
    stream.end('1}');
    expect(await text).toBe('{"a":1}');
  });

  it('refuses a terminal, oversized input and input that never ends', async () => {
    const tty = Object.assign(new PassThrough(), { isTTY: true });
    await expect(readStream(tty)).rejects.toThrow(/hook payload on stdin/);
    const big = new PassThrough();
    const tooBig = readStream(big, { maxBytes: 10, timeoutMs: 1000 });
    big.end('x'.repeat(11));
    await expect(tooBig).rejects.toThrow(/larger than 10 bytes/);
    await expect(readStream(new PassThrough(), { maxBytes: 10, timeoutMs: 50 })).rejects.toThrow(/did not close/);
  });
});

describe('hookCommand', () => {
  it('returns 0 and writes one line whatever goes wrong, even a failing reader', async () => {
    let stderr = '';
    const io = { stdout: () => undefined, stderr: (t: string) => (stderr += t), cwd: '/', env: {} };
    expect(await hookCommand([], io, () => Promise.reject(new Error('EIO: broken pipe\nsecond line')))).toBe(0);
    expect(stderr).toBe('claude-cost hook: EIO: broken pipe second line\n');
  });
});
