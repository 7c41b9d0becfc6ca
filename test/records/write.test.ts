import { link, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionRecordSchema } from '../../src/records/schema.js';
import { serialiseRecord, sortBuckets } from '../../src/records/serialise.js';
import { recordFileName, writeRecord } from '../../src/records/write.js';
import { bucket, record } from './fixtures.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claude-cost-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ID = '5c0375b4-57a5-4f26-b12d-d022ee4e51b7';

describe('recordFileName', () => {
  it('names the session and branch, with a hash that keeps look-alike branches apart', () => {
    const slash = recordFileName({ sessionId: ID, branch: 'feature/x' });
    const dash = recordFileName({ sessionId: ID, branch: 'feature-x' });
    expect(slash).toMatch(new RegExp(`^${ID}--feature-x-[0-9a-f]{8}\\.json$`));
    expect(dash).toMatch(new RegExp(`^${ID}--feature-x-[0-9a-f]{8}\\.json$`));
    expect(slash).not.toBe(dash);
    expect(recordFileName({ sessionId: ID, branch: 'Fix' }).toLowerCase()).not.toBe(
      recordFileName({ sessionId: ID, branch: 'fix' }),
    );
  });

  it('is the session id alone without a branch', () => {
    expect(recordFileName({ sessionId: ID })).toBe(`${ID}.json`);
  });

  it('never leaves the directory, whatever the ids hold', () => {
    for (const sessionId of ['../../etc/passwd', '..', 'a/b', '.hidden', `x${'y'.repeat(199)}`]) {
      const name = recordFileName({ sessionId, branch: '../../../x' });
      expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/);
      expect(name.length).toBeLessThan(255);
    }
    expect(recordFileName({ sessionId: 'a/b' })).not.toBe(recordFileName({ sessionId: 'a:b' }));
  });
});

describe('writeRecord', () => {
  it('creates the directory and writes stable bytes with a trailing newline', async () => {
    const out = join(dir, '.claude-cost', 'sessions');
    const { path, status } = await writeRecord(out, record());
    expect(status).toBe('created');
    expect(path).toBe(join(out, recordFileName(record())));
    const text = await readFile(path, 'utf8');
    expect(text).toBe(serialiseRecord(record()));
    expect(text.endsWith('}\n')).toBe(true);
    expect(SessionRecordSchema.parse(JSON.parse(text))).toEqual(record());
  });

  it('leaves the file alone on an identical rerun', async () => {
    const { path } = await writeRecord(dir, record());
    const before = await stat(path);
    const bytes = await readFile(path);
    const again = await writeRecord(dir, record());
    expect(again).toEqual({ path, status: 'unchanged' });
    expect(await readFile(path)).toEqual(bytes);
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
  });

  it('treats a re-recording with less data as no change', async () => {
    const full = record({
      usage: [bucket({ requests: 20, outputTokens: 9_000 }), bucket({ model: 'claude-haiku-4-5-20251001' })],
    });
    const { path } = await writeRecord(dir, full);
    const less = record({ usage: [bucket({ requests: 3, outputTokens: 100 })], turns: 1 });
    expect((await writeRecord(dir, less)).status).toBe('unchanged');
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ ...full, usage: sortBuckets(full.usage) });
  });

  it('merges new usage in, replacing the file atomically', async () => {
    const { path } = await writeRecord(dir, record());
    // A hard link still sees the old inode: an in-place rewrite would change what it reads.
    const witness = join(dir, 'witness');
    await link(path, witness);
    const old = await readFile(path, 'utf8');
    const more = record({ usage: [bucket({ day: '2026-11-19' })] });
    expect((await writeRecord(dir, more)).status).toBe('updated');
    expect(await readFile(witness, 'utf8')).toBe(old);
    const merged = JSON.parse(await readFile(path, 'utf8')) as { usage: unknown[]; requests: number };
    expect(merged.usage).toHaveLength(2);
    expect(merged.requests).toBe(20);
    expect((await readdir(dir)).sort()).toEqual([recordFileName(record()), 'witness'].sort());
  });

  it('writes two branches of one session to two files', async () => {
    const a = await writeRecord(dir, record({ branch: 'feature/x' }));
    const b = await writeRecord(dir, record({ branch: 'feature-x' }));
    expect(a.path).not.toBe(b.path);
    expect([a.status, b.status]).toEqual(['created', 'created']);
    expect(await readdir(dir)).toHaveLength(2);
  });

  it('refuses to write through a symbolic link', async () => {
    const elsewhere = join(dir, 'elsewhere.txt');
    await writeFile(elsewhere, 'precious');
    const out = join(dir, 'sessions');
    await mkdir(out);
    await symlink(elsewhere, join(out, recordFileName(record())));
    await expect(writeRecord(out, record())).rejects.toThrow(/symbolic link/);
    expect(await readFile(elsewhere, 'utf8')).toBe('precious');
  });

  it('refuses to write into a directory that is a symbolic link', async () => {
    const real = join(dir, 'real');
    await mkdir(real);
    await symlink(real, join(dir, 'sessions'));
    await expect(writeRecord(join(dir, 'sessions'), record())).rejects.toThrow(/symbolic link/);
    expect(await readdir(real)).toEqual([]);
  });

  it('does not overwrite an existing file it cannot read as a record', async () => {
    const path = join(dir, recordFileName(record()));
    for (const content of ['{"schema":"claude-cost/session@1","turns":-1}', 'not json at all']) {
      await writeFile(path, content);
      await expect(writeRecord(dir, record())).rejects.toThrow(path);
      expect(await readFile(path, 'utf8')).toBe(content);
    }
  });

  it('does not merge a different session that landed on the same name', async () => {
    const path = join(dir, recordFileName(record()));
    await writeFile(path, serialiseRecord(record({ sessionId: 'another-session' })));
    await expect(writeRecord(dir, record())).rejects.toThrow(/another session/);
  });

  it('refuses an invalid record', async () => {
    await expect(writeRecord(dir, record({ turns: -1 }))).rejects.toThrow('turns');
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('serialiseRecord', () => {
  it('gives the same bytes whatever the key and bucket order of its input', () => {
    const a = record({ usage: [bucket(), bucket({ day: '2026-11-19' }), bucket({ origin: 'subagent' })] });
    const shuffled = JSON.parse(JSON.stringify({ ...a, usage: [...a.usage].reverse() }), (_, v: unknown) =>
      v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    ) as typeof a;
    expect(serialiseRecord(shuffled)).toBe(serialiseRecord(a));
    expect(Object.keys(JSON.parse(serialiseRecord(shuffled)) as object).slice(0, 3)).toEqual([
      'schema',
      'sessionId',
      'tool',
    ]);
  });
});
