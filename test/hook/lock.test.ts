import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LockTimeoutError, withFileLock } from '../../src/records/lock.js';
import { writeRecord } from '../../src/records/write.js';
import { SessionRecordSchema } from '../../src/records/schema.js';
import { bucket, record } from '../cli/helpers.js';
import { buildCli, listDir, tmp } from './helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('withFileLock', () => {
  it('lets one holder at a time through a slow read-modify-write', async () => {
    const dir = tmp();
    const counter = join(dir, 'counter');
    writeFileSync(counter, '0');
    await Promise.all(
      Array.from({ length: 10 }, () =>
        withFileLock(join(dir, 'counter.lock'), async () => {
          const value = Number(readFileSync(counter, 'utf8'));
          await sleep(5);
          writeFileSync(counter, String(value + 1));
        }),
      ),
    );
    expect(readFileSync(counter, 'utf8')).toBe('10');
    expect(listDir(dir)).toEqual(['counter']);
  });

  it('breaks a lock left by a process that died (older than staleMs)', async () => {
    const dir = tmp();
    const lock = join(dir, 'x.lock');
    writeFileSync(lock, '12345\n');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const started = Date.now();
    expect(await withFileLock(lock, async () => 'ran', { staleMs: 30_000 })).toBe('ran');
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(listDir(dir)).toEqual([]);
  });

  it('gives up with a clear error while a live holder keeps the lock', async () => {
    const dir = tmp();
    const lock = join(dir, 'x.lock');
    writeFileSync(lock, '12345\n');
    const started = Date.now();
    const error = await withFileLock(lock, async () => 'ran', { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockTimeoutError);
    expect(String(error)).toMatch(/still locked by another claude-cost process/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(existsSync(lock)).toBe(true);
  });

  it('releases only its own lock file, and releases it when the work throws', async () => {
    const dir = tmp();
    const lock = join(dir, 'x.lock');
    await withFileLock(lock, async () => {
      // Someone judged ours stale and took a fresh lock: ours must not delete theirs.
      unlinkSync(lock);
      writeFileSync(lock, 'other\n');
    });
    expect(readFileSync(lock, 'utf8')).toBe('other\n');
    unlinkSync(lock);
    await expect(withFileLock(lock, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(lock)).toBe(false);
  });

  it('excludes other processes too', async () => {
    const lockWorker = join(dirname(await buildCli()), 'lock-worker.js');
    const dir = tmp();
    const counter = join(dir, 'counter');
    writeFileSync(counter, '0');
    const run = () =>
      new Promise<number | null>((resolve, reject) => {
        const child = spawn(process.execPath, [lockWorker, join(dir, 'counter.lock'), counter, '40'], {
          stdio: 'inherit',
        });
        child.on('error', reject);
        child.on('close', resolve);
      });
    expect(await Promise.all(Array.from({ length: 6 }, run))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(readFileSync(counter, 'utf8')).toBe('6');
  }, 30_000);
});

describe('writeRecord under its lock', () => {
  let days: string[];
  beforeAll(() => {
    days = Array.from({ length: 12 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
  });

  it('keeps every writer’s usage when many merge into the same record at once', async () => {
    const dir = tmp();
    // Each writer saw a different day of the session: merged, the record must hold all twelve.
    await Promise.all(
      days.map((day) => writeRecord(dir, record({ usage: [bucket({ day, inputTokens: 1000 })], requests: 1 }))),
    );
    const files = listDir(dir);
    expect(files).toHaveLength(1);
    const merged = SessionRecordSchema.parse(JSON.parse(readFileSync(join(dir, files[0] ?? ''), 'utf8')));
    expect(merged.usage.map((b) => b.day).sort()).toEqual(days);
    expect(merged.requests).toBe(12);
  });

  it('refuses a records directory that is a symbolic link', async () => {
    const { symlinkSync } = await import('node:fs');
    const target = tmp();
    const link = join(tmp(), 'sessions');
    symlinkSync(target, link);
    await expect(writeRecord(link, record())).rejects.toThrow(/symbolic link/);
    expect(listDir(target)).toEqual([]);
    expect(statSync(target).isDirectory()).toBe(true);
  });
});
