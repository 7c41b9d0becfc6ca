import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SessionRecord } from '../../src/records/schema.js';
import { recordFileName } from '../../src/records/write.js';
import { dollars, OPUS, record } from '../policy/fixtures.js';

/**
 * Three months of a small team's work, merged into a real git repository the way GitHub merges:
 * squash commits (`feat: x (#12)`), merge commits (`Merge pull request #13 from org/fix/crash`)
 * and one record pushed straight to main. Dollar figures are exact on list prices
 * (test/policy/fixtures.ts: `dollars(n)` is $n on Opus 4.6, and $0.6n on Sonnet 4.5).
 *
 * | PR  | how    | kind    | sessions (developer, start UTC, cost)                                  |
 * | #10 | squash | feature | alice 08-10 $2, alice 08-11 $3                                         |
 * | #11 | merge  | bugfix  | bob 09-15 $1.50 (Sonnet), bob 09-16 $1                                 |
 * | #12 | squash | feature | alice 10-02 09:00 $2, 10-02 14:00 $9 (open-ended), 10-06, 10-13, 10-20 $2 |
 * | #13 | merge  | bugfix  | bob 10-08 $3 (Sonnet), bob 10-09 $1                                    |
 * | #14 | squash | docs    | carol 10-21 $0.50                                                      |
 * | #15 | squash | feature | carol 2026-10-31T23:30Z $1 (November in Asia/Hong_Kong)                |
 * | –   | direct | chore   | dave 10-27 $0.25                                                       |
 */

export const SONNET = 'claude-sonnet-4-5-20250929';

export const STORY_CONFIG = [
  'budgets:',
  '  feature:',
  '    perPr: { usd: 10 }',
  '  bugfix:',
  '    perPr: { usd: 3 }',
  '  docs:',
  '    perPr: { usd: 2 }',
  '    preferredModel: claude-haiku-4-5',
  '',
].join('\n');

function session(
  id: string,
  developer: string,
  branch: string,
  start: string,
  usd: number,
  extra: Partial<SessionRecord> = {},
  model = OPUS,
): SessionRecord {
  const day = start.slice(0, 10);
  const n = model === OPUS ? usd : usd / 0.6;
  return record({
    sessionId: `${id}-0000-4000-8000-000000000000`,
    developer,
    branch,
    startedAt: start,
    endedAt: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
    usage: [dollars(n, { model, day })],
    ...extra,
  });
}

export interface StoryPr {
  how: 'squash' | 'merge' | 'direct';
  message: string;
  body?: string;
  branch: string;
  date: string;
  sessions: SessionRecord[];
}

export const STORY: StoryPr[] = [
  {
    how: 'squash',
    message: 'feat(login): sign in with SSO (#10)',
    branch: 'feat/login',
    date: '2026-08-12T12:00:00Z',
    sessions: [
      session('aaaa0001', 'alice@example.com', 'feat/login', '2026-08-10T09:00:00.000Z', 2),
      session('aaaa0002', 'alice@example.com', 'feat/login', '2026-08-11T09:00:00.000Z', 3),
    ],
  },
  {
    how: 'merge',
    message: 'Merge pull request #11 from org/fix/typo',
    body: 'fix: typo in the settings page',
    branch: 'fix/typo',
    date: '2026-09-17T12:00:00Z',
    sessions: [
      session('bbbb0001', 'bob@example.com', 'fix/typo', '2026-09-15T10:00:00.000Z', 1.5, {}, SONNET),
      session('bbbb0002', 'bob@example.com', 'fix/typo', '2026-09-16T10:00:00.000Z', 1),
    ],
  },
  {
    how: 'merge',
    message: 'Merge pull request #13 from org/fix/crash',
    body: 'fix: crash on save',
    branch: 'fix/crash',
    date: '2026-10-10T12:00:00Z',
    sessions: [
      session('dddd0001', 'bob@example.com', 'fix/crash', '2026-10-08T10:00:00.000Z', 3, {}, SONNET),
      session('dddd0002', 'bob@example.com', 'fix/crash', '2026-10-09T10:00:00.000Z', 1),
    ],
  },
  {
    how: 'squash',
    message: 'feat: x (#12)',
    branch: 'feat/x',
    date: '2026-10-21T12:00:00Z',
    sessions: [
      session('cccc0001', 'alice@example.com', 'feat/x', '2026-10-02T09:00:00.000Z', 2),
      session('cccc0002', 'alice@example.com', 'feat/x', '2026-10-02T14:00:00.000Z', 9, { compactions: 2 }),
      session('cccc0003', 'alice@example.com', 'feat/x', '2026-10-06T09:00:00.000Z', 2),
      session('cccc0004', 'alice@example.com', 'feat/x', '2026-10-13T09:00:00.000Z', 2),
      session('cccc0005', 'alice@example.com', 'feat/x', '2026-10-20T09:00:00.000Z', 2),
    ],
  },
  {
    how: 'squash',
    message: 'docs: readme (#14)',
    branch: 'docs/readme',
    date: '2026-10-22T12:00:00Z',
    sessions: [session('eeee0001', 'carol@example.com', 'docs/readme', '2026-10-21T10:00:00.000Z', 0.5)],
  },
  {
    how: 'direct',
    message: 'chore: tidy up',
    branch: 'chore/tidy',
    date: '2026-10-28T12:00:00Z',
    sessions: [session('gggg0001', 'dave@example.com', 'chore/tidy', '2026-10-27T10:00:00.000Z', 0.25)],
  },
  {
    how: 'squash',
    message: 'feat: y (#15)',
    branch: 'feat/y',
    date: '2026-11-02T12:00:00Z',
    sessions: [session('ffff0001', 'carol@example.com', 'feat/y', '2026-10-31T23:30:00.000Z', 1)],
  },
];

export const RECORDS_DIR = '.claude-cost/sessions';

export interface StoryRepo {
  dir: string;
  git: (...args: string[]) => string;
}

/** A fresh repository with STORY merged into `main`, in order. */
export function makeStoryRepo(story: readonly StoryPr[] = STORY): StoryRepo {
  const dir = mkdtempSync(join(tmpdir(), 'claude-cost-period-'));
  let date = '2026-08-01T00:00:00Z';
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'team@example.com');
  git('config', 'user.name', 'Team');
  writeFileSync(join(dir, 'README.md'), '# widgets\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'initial commit');
  let n = 0;
  for (const pr of story) {
    date = pr.date;
    if (pr.how === 'merge') git('checkout', '-q', '-b', pr.branch);
    writeRecords(dir, pr.sessions);
    git('add', '-A');
    git('commit', '-q', '-m', pr.how === 'merge' ? 'work in progress' : pr.message);
    if (pr.how === 'merge') {
      git('checkout', '-q', 'main');
      // Something else lands on main meanwhile, so the merge is a real merge of two lines.
      writeFileSync(join(dir, `CHANGELOG-${++n}.md`), `${pr.branch}\n`);
      git('add', '-A');
      git('commit', '-q', '-m', `chore: changelog ${n}`);
      git('merge', '-q', '--no-ff', pr.branch, '-m', pr.message, '-m', pr.body ?? '');
    }
  }
  return { dir, git };
}

export function writeRecords(dir: string, sessions: readonly SessionRecord[]): string[] {
  const records = join(dir, RECORDS_DIR);
  mkdirSync(records, { recursive: true });
  return sessions.map((s) => {
    const path = join(records, recordFileName(s));
    writeFileSync(path, `${JSON.stringify(s, null, 2)}\n`);
    return path;
  });
}
