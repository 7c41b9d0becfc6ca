import { mkdtempSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attributeRecords } from '../../src/local/git-history.js';
import { loadPeriodRecords } from '../../src/period/load.js';
import { recordFileName } from '../../src/records/write.js';
import { record } from '../policy/fixtures.js';
import { generatePeriodRepo } from '../fixtures/period/bench-repo.mjs';
import { makeStoryRepo, RECORDS_DIR, STORY, writeRecords, type StoryRepo } from './story.js';

let repo: StoryRepo;
const fileOf = (pr: number) => {
  const entry = STORY.find((p) => p.message.includes(`#${pr}`));
  return recordFileName(entry?.sessions[0] as (typeof STORY)[number]['sessions'][number]);
};

beforeAll(() => {
  repo = makeStoryRepo();
});

describe('attributeRecords', () => {
  it('finds the PR of a squash merge in its subject, and the title without the number', async () => {
    const { byFile } = await attributeRecords(repo.dir, join(repo.dir, RECORDS_DIR));
    expect(byFile.get(fileOf(12))).toMatchObject({ pr: 12, title: 'feat: x', via: 'squash' });
    expect(byFile.get(fileOf(10))).toMatchObject({ pr: 10, title: 'feat(login): sign in with SSO', via: 'squash' });
    expect(repo.git('log', '-1', '--format=%s', byFile.get(fileOf(12))?.landedIn ?? '')).toBe('feat: x (#12)');
  });

  it('finds the merge commit that brought the branch commit in, and the PR title from its body', async () => {
    const { byFile } = await attributeRecords(repo.dir, join(repo.dir, RECORDS_DIR));
    const merged = byFile.get(fileOf(13));
    expect(merged).toMatchObject({ pr: 13, title: 'fix: crash on save', via: 'merge', branch: 'fix/crash' });
    expect(repo.git('log', '-1', '--format=%s', merged?.landedIn ?? '')).toBe(
      'Merge pull request #13 from org/fix/crash',
    );
    // The record was committed on the branch ('work in progress'), not by the merge commit.
    expect(repo.git('log', '-1', '--format=%s', '--diff-filter=A', '--', `${RECORDS_DIR}/${fileOf(13)}`)).toBe(
      'work in progress',
    );
    expect(merged?.landedAt).toBe('2026-10-10T12:00:00.000Z');
  });

  it('attributes every record of the story, and a direct push to no PR', async () => {
    const { byFile, head } = await attributeRecords(repo.dir, join(repo.dir, RECORDS_DIR));
    expect(head).toBe(repo.git('rev-parse', 'HEAD'));
    const prs = STORY.flatMap((p) => p.sessions.map((s) => byFile.get(recordFileName(s))?.pr));
    expect(prs).toEqual([10, 10, 11, 11, 13, 13, 12, 12, 12, 12, 12, 14, null, 15]);
    expect(byFile.get(fileOf(15))?.via).toBe('squash');
    const direct = STORY.find((p) => p.how === 'direct')?.sessions[0];
    expect(byFile.get(recordFileName(direct as NonNullable<typeof direct>))).toMatchObject({
      pr: null,
      via: 'direct',
      title: null,
    });
  });
});

describe('attribution through harder histories', () => {
  it('a branch that merged main into itself is still attributed to its own PR', async () => {
    const r = makeStoryRepo([]);
    r.git('checkout', '-q', '-b', 'feat/sync');
    const [path] = writeRecords(r.dir, [
      record({ sessionId: 'sync0001-0000-4000-8000-000000000000', branch: 'feat/sync' }),
    ]);
    r.git('add', '-A');
    r.git('commit', '-q', '-m', 'record');
    r.git('checkout', '-q', 'main');
    writeFileSync(join(r.dir, 'main.txt'), 'main moves on\n');
    r.git('add', '-A');
    r.git('commit', '-q', '-m', 'fix: something else (#30)');
    r.git('checkout', '-q', 'feat/sync');
    r.git('merge', '-q', '--no-ff', 'main', '-m', "Merge branch 'main' into feat/sync");
    r.git('checkout', '-q', 'main');
    r.git('merge', '-q', '--no-ff', 'feat/sync', '-m', 'Merge pull request #31 from org/feat/sync', '-m', 'feat: sync');
    // A later PR that edits the record does not take it over: the PR that added it keeps it.
    writeFileSync(
      path as string,
      `${JSON.stringify(record({ sessionId: 'sync0001-0000-4000-8000-000000000000', branch: 'feat/sync', turns: 3 }))}\n`,
    );
    r.git('commit', '-q', '-am', 'chore: touch record (#32)');
    const { byFile } = await attributeRecords(r.dir, join(r.dir, RECORDS_DIR));
    expect(byFile.get(basename(path as string))).toMatchObject({ pr: 31, via: 'merge', title: 'feat: sync' });
  });

  it('a record not yet committed is read but not attributed, and the report says so', async () => {
    const r = makeStoryRepo(STORY.slice(0, 1));
    const [path] = writeRecords(r.dir, [
      record({ sessionId: 'new00001-0000-4000-8000-000000000000', branch: 'feat/new' }),
    ]);
    const loaded = await loadPeriodRecords(join(r.dir, RECORDS_DIR));
    expect(loaded.records).toHaveLength(3);
    const fresh = loaded.records.find((a) => a.record.sessionId.startsWith('new0'));
    expect(fresh?.pr).toBeNull();
    expect(loaded.records.filter((a) => a.pr?.number === 10)).toHaveLength(2);
    expect(loaded.notes.join('\n')).toMatch(/1 record file is not in the history of the checked-out commit/);
    unlinkSync(path as string);
  });

  it('records outside any git repository are read, with a note instead of PRs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claude-cost-nogit-'));
    writeRecords(dir, [record({ sessionId: 'solo0001-0000-4000-8000-000000000000' })]);
    const loaded = await loadPeriodRecords(join(dir, RECORDS_DIR));
    expect(loaded.records).toHaveLength(1);
    expect(loaded.records[0]?.pr).toBeNull();
    expect(loaded.head).toBeNull();
    expect(loaded.notes.join('\n')).toMatch(/not in a git repository/);
  });

  it('skips mainline commits older than `since`, and does not call their records uncommitted', async () => {
    const since = new Date('2026-10-01T00:00:00Z');
    const { byFile } = await attributeRecords(repo.dir, join(repo.dir, RECORDS_DIR), { since });
    expect([10, 11, 12, 13, 14, 15].map((pr) => byFile.get(fileOf(pr))?.pr ?? null)).toEqual([
      null,
      null,
      12,
      13,
      14,
      15,
    ]);
    const loaded = await loadPeriodRecords(join(repo.dir, RECORDS_DIR), { since });
    expect(loaded.notes.join('\n')).not.toMatch(/not in the history/);
    // PRs #10 and #11 were on main before 1 October: their four files are not even read.
    expect(loaded.records.map((r) => r.pr?.number ?? 0).sort((a, b) => a - b)).toEqual([
      0, 12, 12, 12, 12, 12, 13, 13, 14, 15,
    ]);
    expect(loaded.notes).toContain(
      '4 record files were already on the default branch before 2026-10-01 and were not read: no session in this report can be in them.',
    );
  });

  it('a long history, read by parallel git processes, attributes every record', async () => {
    // 1,100 PRs (half squash, half merge commits): more mainline commits than one slice takes.
    const dir = mkdtempSync(join(tmpdir(), 'claude-cost-long-'));
    await generatePeriodRepo(dir, { records: 4_400, seed: 3 });
    const { byFile } = await attributeRecords(join(dir, 'repo'), join(dir, 'repo', RECORDS_DIR));
    expect(byFile.size).toBe(4_400);
    const wrong = [...byFile].filter(([name, a]) => a.pr !== Number(/topic-(\d+)\.json$/.exec(name)?.[1]));
    expect(wrong).toEqual([]);
    expect(new Set([...byFile.values()].map((a) => a.via))).toEqual(new Set(['squash', 'merge']));
  });

  it('reads the history of another ref when asked', async () => {
    const r = makeStoryRepo(STORY.slice(0, 1));
    const base = r.git('rev-parse', 'HEAD');
    r.git('checkout', '-q', '-b', 'feat/next');
    writeRecords(r.dir, [record({ sessionId: 'next0001-0000-4000-8000-000000000000', branch: 'feat/next' })]);
    r.git('add', '-A');
    r.git('commit', '-q', '-m', 'feat: next (#40)');
    const onBranch = await attributeRecords(r.dir, join(r.dir, RECORDS_DIR));
    const onMain = await attributeRecords(r.dir, join(r.dir, RECORDS_DIR), { ref: 'main' });
    expect(onBranch.byFile.size).toBe(3);
    expect(onMain.head).toBe(base);
    expect(onMain.byFile.size).toBe(2);
    expect((await attributeRecords(r.dir, join(r.dir, RECORDS_DIR), { ref: 'no-such-ref' })).notes[0]).toMatch(
      /names no commit/,
    );
  });
});
