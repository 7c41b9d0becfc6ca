import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { markerFor } from '../../src/action/comment-body.js';
import {
  commentData,
  decodeCommentData,
  encodeCommentData,
  withoutDetail,
  type CommentData,
} from '../../src/action/comment-data.js';
import { buildActionReport } from '../../src/action/pipeline.js';
import { EXIT, UsageError } from '../../src/commands/errors.js';
import { periodCommand } from '../../src/commands/period.js';
import { recordsFromComments, splitByWeights, type MergedPr } from '../../src/period/comments.js';
import { buildPeriodReport, resolvePeriod, type PeriodReport } from '../../src/period/index.js';
import { priceSession } from '../../src/period/price.js';
import { defaultConfig } from '../../src/policy/config.js';
import type { SessionRecord } from '../../src/records/schema.js';
import { ACTIONS_TOKEN, fakeSha, FakeGitHub } from '../github/fake-github.js';
import { book, bucket, OPUS, record } from '../policy/fixtures.js';
import { RECORDS_DIR, SONNET, writeRecords } from './story.js';

/**
 * The comments source: PR comment data (made by the PR flow's own functions) turned back into
 * records, priced by the period report as the comment priced them; and the CLI reading it from
 * the fake GitHub API.
 */

const NOW = new Date('2026-11-05T00:00:00Z');
const PR: MergedPr = {
  number: 12,
  title: 'fix: crash',
  branch: 'fix/crash',
  mergedAt: '2026-10-22T10:00:00Z',
  mergeCommit: fakeSha('m12'),
};

/** Sessions whose price depends on more than tokens: a long-context tier, US geo, two models. */
function sessions(): SessionRecord[] {
  return [
    record({
      sessionId: 'aaaa0001-0000-4000-8000-000000000000',
      developer: 'ana@example.com',
      branch: 'fix/crash',
      startedAt: '2026-10-20T09:00:00.000Z',
      usage: [
        bucket({ model: SONNET, day: '2026-10-20', inputTokens: 50_000, outputTokens: 4_000, cacheReadTokens: 90_000 }),
        bucket({ model: SONNET, day: '2026-10-20', band: 'gt200k', inputTokens: 210_000, outputTokens: 2_000 }),
        bucket({ model: SONNET, day: '2026-10-20', origin: 'subagent', inputTokens: 1_000, outputTokens: 500 }),
      ],
    }),
    record({
      sessionId: 'aaaa0002-0000-4000-8000-000000000000',
      developer: 'ben@example.com',
      branch: 'fix/crash',
      startedAt: '2026-10-21T09:00:00.000Z',
      usage: [
        bucket({ model: OPUS, day: '2026-10-21', geo: 'us', inputTokens: 20_000, outputTokens: 3_000 }),
        bucket({
          model: SONNET,
          day: '2026-10-21',
          inputTokens: 5_000,
          outputTokens: 30_000,
          cacheWrite1hTokens: 8_000,
        }),
      ],
    }),
  ];
}

/** What the PR flow would hide in its comment for these sessions. */
async function prCommentData(list: SessionRecord[], number = PR.number): Promise<CommentData> {
  const dir = mkdtempSync(join(tmpdir(), 'claude-cost-comments-'));
  writeRecords(dir, list);
  const { report, usage } = await buildActionReport(
    {
      recordsDir: join(dir, RECORDS_DIR),
      pricingFile: undefined,
      configFile: undefined,
      configName: '.github/claude-cost.yml',
      pullRequest: { labels: [], branch: 'fix/crash', title: 'fix: crash' },
      refused: [],
      notes: [],
    },
    NOW,
  );
  const data = commentData(
    report,
    { headSha: fakeSha(`h${number}`), pullRequest: number, budgetStatus: 'none', previous: null },
    usage,
  );
  // Through the encoding, as a later run reads it.
  return decodeCommentData(encodeCommentData(data))!;
}

describe('recordsFromComments', () => {
  it('rebuilds each session so that it prices exactly as the comment did', async () => {
    const data = await prCommentData(sessions());
    const { records, notes, skipped } = recordsFromComments([{ pr: PR, data }]);
    expect(skipped).toEqual([]);
    expect(notes).toEqual([]);
    expect(records.map((r) => priceSession(r.record, book).line.costUsd)).toEqual(
      data.sessionLines?.map((s) => s.costUsd),
    );
    expect(records[0]?.record).toMatchObject({
      developer: 'ana@example.com',
      branch: 'fix/crash',
      task: { kind: 'bugfix' },
    });
    expect(records[0]?.pr).toEqual({
      number: 12,
      title: 'fix: crash',
      via: 'merge',
      commit: fakeSha('m12'),
      landedAt: PR.mergedAt,
      branch: 'fix/crash',
    });

    const period = resolvePeriod('2026-10', 'UTC', NOW);
    const report = buildPeriodReport({ records, period, config: defaultConfig(), book, generator: 'test' });
    expect(report.totals.costUsd).toBeCloseTo(data.costUsd, 10);
    expect(report.totals.totalTokens).toBe(data.totalTokens);
    expect(report.byTaskKind.map((k) => k.key)).toEqual(['bugfix']);
  });

  it('estimates from session totals when the buckets were dropped, keeping every token', async () => {
    const data = withoutDetail(await prCommentData(sessions()), 1);
    const { records, notes } = recordsFromComments([{ pr: PR, data }]);
    const line = data.sessionLines?.[1];
    const usage = records[1]?.record.usage ?? [];
    expect(usage.map((b) => [b.model, b.band])).toEqual([
      [OPUS, 'unknown'],
      [SONNET, 'unknown'],
    ]);
    expect(usage.reduce((n, b) => n + b.outputTokens, 0)).toBe(line?.tokens?.outputTokens);
    expect(usage.reduce((n, b) => n + b.cacheWrite1hTokens, 0)).toBe(8_000);
    expect(notes[0]).toMatch(/^2 sessions in 1 PR are estimates: .* The comments said \$\d+\.\d\d\.$/);
  });

  it('counts a PR with totals only as one session on its merge day', async () => {
    const data = withoutDetail(await prCommentData(sessions()), 2);
    const { records, notes } = recordsFromComments([{ pr: PR, data }]);
    expect(records).toHaveLength(1);
    expect(records[0]?.record).toMatchObject({
      sessionId: 'pr-12',
      usage: [{ day: '2026-10-22' }, { day: '2026-10-22' }],
    });
    expect(records[0]?.record.usage.reduce((n, b) => n + b.inputTokens, 0)).toBe(data.inputTokens);
    expect(notes[0]).toMatch(/^1 PR kept only its totals in the cost comment: /);
    // No models either: the tokens are unpriced, never $0 silently.
    const bare = recordsFromComments([{ pr: PR, data: withoutDetail(data, 3) }]);
    expect(bare.records[0]?.record.usage.map((b) => b.model)).toEqual(['unknown-model']);
    expect(bare.notes.join('\n')).toContain('unpriced');
  });

  it('refuses sessions the record schema refuses, counts a session in two PRs once, and notes PRs without data', async () => {
    const data = await prCommentData(sessions());
    const bad = { ...data, sessionLines: data.sessionLines?.map((s) => ({ ...s, sessionId: 'not an id' })) };
    const later = { ...PR, number: 13, mergedAt: '2026-10-25T00:00:00Z' };
    const { records, skipped, notes } = recordsFromComments([
      { pr: later, data },
      { pr: PR, data },
      { pr: { ...PR, number: 14 }, data: bad },
      { pr: { ...PR, number: 15 }, data: undefined },
    ]);
    expect(records.map((r) => r.pr?.number)).toEqual([12, 12]);
    expect(skipped.map((s) => s.file)).toEqual(['PR #14 cost comment', 'PR #14 cost comment']);
    expect(skipped[0]?.reason).toMatch(/^a session in its hidden data is not a valid record \(sessionId: /);
    expect(notes).toContain(
      '2 sessions appeared in the comments of more than one PR; each is counted once, with the PR merged first.',
    );
    expect(notes.join('\n')).toContain('1 PR merged in the range read have no claude-cost comment');
  });

  it('splits whole numbers by weight without losing any', () => {
    expect(splitByWeights(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(splitByWeights(7, [0, 0])).toEqual([4, 3]);
    expect(splitByWeights(100, [3, 1])).toEqual([75, 25]);
    expect(splitByWeights(5, [])).toEqual([]);
  });
});

describe('claude-cost period --source comments', () => {
  let fake: FakeGitHub;
  const cwd = mkdtempSync(join(tmpdir(), 'claude-cost-cli-comments-'));

  beforeAll(async () => {
    fake = new FakeGitHub();
    await fake.start();
  });
  afterAll(async () => {
    await fake.stop();
  });
  beforeEach(() => {
    fake.pulls.clear();
    fake.comments.splice(0);
  });

  async function run(argv: string[], env: Record<string, string> = {}) {
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: (t: string) => (stdout += t),
      stderr: (t: string) => (stderr += t),
      cwd,
      env: { GITHUB_TOKEN: ACTIONS_TOKEN, GITHUB_API_URL: fake.url, CLAUDE_COST_API_TIME_SCALE: '0', ...env },
    };
    try {
      return { code: await periodCommand(argv, io, NOW), stdout, stderr };
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      return { code: EXIT.usage, stdout, stderr: `${stderr}claude-cost: ${error.message}\n` };
    }
  }

  it('reads the merged PRs of the repository and reports on them', async () => {
    const data = await prCommentData(sessions());
    const pull = fake.addPull({
      number: 12,
      title: 'fix: crash',
      headRef: 'fix/crash',
      headSha: fakeSha('h12'),
      baseSha: fakeSha('b'),
    });
    pull.mergedAt = PR.mergedAt;
    fake.addComment(12, 'github-actions[bot]', `${markerFor('default')}\n\nreport\n\n${encodeCommentData(data)}\n`);
    const { code, stdout } = await run([
      '2026-10',
      '--source',
      'comments',
      '--repository',
      'acme/widgets',
      '--format',
      'json',
    ]);
    expect(code).toBe(EXIT.ok);
    const report = JSON.parse(stdout) as PeriodReport;
    expect(report.repository).toBe('acme/widgets');
    expect(report.totals.sessions).toBe(2);
    expect(report.totals.costUsd).toBeCloseTo(data.costUsd, 10);

    // Someone else's login reads nothing; another report key neither.
    const other = await run([
      '2026-10',
      '--source',
      'comments',
      '--repository',
      'acme/widgets',
      '--format',
      'json',
      '--comment-author',
      'cost-bot',
    ]);
    expect((JSON.parse(other.stdout) as PeriodReport).totals.sessions).toBe(0);
    const key = await run([
      '2026-10',
      '--source',
      'comments',
      '--repository',
      'acme/widgets',
      '--format',
      'json',
      '--report-key',
      'nightly',
    ]);
    expect((JSON.parse(key.stdout) as PeriodReport).totals.sessions).toBe(0);
  });

  it('says what is missing: a token, a repository, a readable API', async () => {
    const noToken = await run(['--source', 'comments', '--repository', 'acme/widgets'], { GITHUB_TOKEN: '' });
    expect(noToken.stderr).toContain('--source comments reads GitHub: set GITHUB_TOKEN');
    const noRepo = await run(['--source', 'comments']);
    expect(noRepo.stderr).toContain('--source comments needs --repository OWNER/NAME');
    const records = await run(['--source', 'comments', '--records', '.']);
    expect(records.stderr).toContain('--records and --ref read committed records');
    const badToken = await run(['--source', 'comments', '--repository', 'acme/widgets'], { GITHUB_TOKEN: 'nope' });
    expect(badToken.code).toBe(EXIT.usage);
    expect(badToken.stderr).toContain('reading acme/widgets from GitHub failed: HTTP 401');
    const badSource = await run(['--source', 'git']);
    expect(badSource.stderr).toContain('--source must be one of records, comments (got "git")');
  });
});
