import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PeriodReport } from '../../src/period/types.js';
import { FakeGitHub, READ_ONLY_TOKEN } from '../github/fake-github.js';
import { makeStoryRepo, writeRecords } from '../period/story.js';
import { record } from '../policy/fixtures.js';
import { buildBundle, runBundle, type RunOptions } from './harness.js';

/**
 * `mode: period` with the records source, run as a runner runs dist/index.js: a real git
 * checkout (test/period/story.ts: three months of squash and merge commits) and the fake API.
 */

const MARKER = '<!-- claude-cost:period:v1 2026-10 UTC -->';
const FILES = ['report.md', 'report.json', 'sessions.csv', 'sessions.ndjson', 'report.html'];

let bundle: string;
let fake: FakeGitHub;

beforeAll(() => {
  bundle = buildBundle();
});

beforeEach(async () => {
  await fake?.stop();
  fake = new FakeGitHub();
  await fake.start();
});

afterAll(async () => {
  await fake?.stop();
});

function periodRun(workspace: string, extra: Partial<RunOptions> = {}) {
  return runBundle(bundle, {
    fake,
    workspace,
    eventName: 'schedule',
    ...extra,
    inputs: { period: '2026-10', 'output-dir': 'cost-report', ...extra.inputs },
  });
}

describe('mode: period from the checkout, as a runner runs dist/index.js', () => {
  it('files one labelled issue, writes the five files and the summary, and sets the outputs', async () => {
    const repo = makeStoryRepo();
    const result = await periodRun(repo.dir);
    expect(result.code, result.stdout + result.stderr).toBe(0);

    expect(fake.issues).toHaveLength(1);
    const issue = fake.issues[0];
    expect(issue?.title).toBe('Claude Code cost: 2026-10');
    expect(issue?.login).toBe('github-actions[bot]');
    expect(issue?.labels).toEqual(['claude-cost']);
    expect(issue?.body.startsWith(`${MARKER}\n\n## Claude Code cost: 2026-10\n`)).toBe(true);
    expect(issue?.body).toContain('[this workflow run](https://github.test/acme/widgets/actions/runs/4242)');

    const dir = join(repo.dir, 'cost-report');
    for (const file of FILES) expect(existsSync(join(dir, file)), file).toBe(true);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as PeriodReport;
    expect(report.totals.sessions).toBe(10);
    expect(report.repository).toBe('acme/widgets');
    expect(report.topPrs.map((p) => p.pr)).toEqual([12, 13, 15, 14]);
    expect(result.outputs).toEqual({
      'total-cost-usd': report.totals.costUsd.toFixed(6),
      'total-tokens': String(report.totals.totalTokens),
      'cache-hit-rate': report.totals.cacheHitRate?.toFixed(4) ?? '',
      'issue-number': String(issue?.number),
      'report-path': dir,
    });
    expect(result.summary).toBe(`${readFileSync(join(dir, 'report.md'), 'utf8').trimEnd()}\n`);
    expect(result.stdout).toContain(`Issue created: https://github.test/acme/widgets/issues/${issue?.number}`);
  });

  it('a rerun edits the same issue; an unchanged report is not sent again', async () => {
    const repo = makeStoryRepo();
    await periodRun(repo.dir);
    const first = fake.issues[0];

    // A session lands on main after the first run.
    writeRecords(repo.dir, [
      record({
        sessionId: 'abcd0001-0000-4000-8000-000000000000',
        developer: 'erin@example.com',
        startedAt: '2026-10-29T10:00:00.000Z',
      }),
    ]);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'chore: late record (#16)');
    const rerun = await periodRun(repo.dir, { runId: '4243' });
    expect(rerun.code, rerun.stdout).toBe(0);
    expect(fake.issues.map((i) => i.number)).toEqual([first?.number]);
    expect(fake.countRequests('PATCH', /\/issues\/\d+$/)).toBe(1);
    // md() breaks mentions with a zero-width space after the @.
    expect(fake.issues[0]?.body).toContain('erin@\u200Bexample.com');
    expect(rerun.outputs['issue-number']).toBe(String(first?.number));

    const again = await periodRun(repo.dir, { runId: '4244' });
    expect(again.stdout).toContain('Issue unchanged');
    expect(fake.countRequests('PATCH', /\/issues\/\d+$/)).toBe(1);
    expect(fake.countRequests('POST', /\/issues$/)).toBe(1);
  });

  it('ignores an issue with the marker and label that someone else opened', async () => {
    const repo = makeStoryRepo();
    const forged = fake.addIssue({ login: 'mallory', body: `${MARKER}\n\nPay me.`, labels: ['claude-cost'] });
    fake.labels.add('claude-cost');
    const result = await periodRun(repo.dir);
    expect(result.code).toBe(0);
    expect(fake.issues).toHaveLength(2);
    expect(forged.body).toBe(`${MARKER}\n\nPay me.`);
    expect(result.outputs['issue-number']).not.toBe(String(forged.number));
  });

  it('goes on without the label when the token may not create it, and finds the issue by author next time', async () => {
    const repo = makeStoryRepo();
    fake.labelsForbidden = true;
    const result = await periodRun(repo.dir);
    expect(result.code).toBe(0);
    expect(fake.issues[0]?.labels).toEqual([]);
    expect(result.stdout).toContain('::warning::The token may not create the "claude-cost" label');
    const rerun = await periodRun(repo.dir);
    expect(rerun.stdout).toContain('Issue unchanged');
    expect(fake.issues).toHaveLength(1);
  });

  it('without issues write: the summary, the files and a warning', async () => {
    const repo = makeStoryRepo();
    const result = await periodRun(repo.dir, { token: READ_ONLY_TOKEN });
    expect(result.code, result.stdout).toBe(0);
    expect(fake.issues).toHaveLength(0);
    expect(result.stdout).toContain('::warning::claude-cost could not create or edit the period report issue');
    expect(result.summary).toContain('## Claude Code cost: 2026-10');
    expect(result.summary).toContain('> [!WARNING]\n> claude-cost could not create or edit the period report issue');
    expect(result.outputs['issue-number']).toBe('');
    expect(result.outputs['total-cost-usd']).toMatch(/^\d+\.\d{6}$/);
    for (const file of FILES) expect(existsSync(join(repo.dir, 'cost-report', file))).toBe(true);
  });

  it('fails on a bad config, a bad period or a missing checkout before anything is posted', async () => {
    const repo = makeStoryRepo();
    mkdirSync(join(repo.dir, '.github'));
    writeFileSync(join(repo.dir, '.github/claude-cost.yml'), 'period:\n  timeZone: Mars/Olympus\n');
    const badConfig = await periodRun(repo.dir);
    expect(badConfig.code).toBe(1);
    expect(badConfig.stdout).toMatch(/::error::.*period\.timeZone/);

    const good = makeStoryRepo();
    const badPeriod = await periodRun(good.dir, { inputs: { period: '2026-13' } });
    expect(badPeriod.stdout).toContain('::error::InputError: period: "2026-13" is not a month');
    const badZone = await periodRun(good.dir, { inputs: { 'time-zone': 'Nowhere/Land' } });
    expect(badZone.stdout).toContain('::error::InputError: time-zone: "Nowhere/Land" is not an IANA time zone');

    const noCheckout = await runBundle(bundle, { fake, eventName: 'schedule', inputs: { mode: 'period' } });
    expect(noCheckout.code).toBe(1);
    expect(noCheckout.stdout).toContain('::error::InputError: period-source records reads the checkout');
    // Only reads (and the GraphQL viewer query that names our login); no issue, no label.
    expect(fake.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toEqual([]);
    expect(fake.issues).toHaveLength(0);
  });

  it('counts days in the time-zone input, and writes to RUNNER_TEMP by default', async () => {
    const repo = makeStoryRepo();
    const result = await runBundle(bundle, {
      fake,
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      inputs: { period: '2026-10', 'time-zone': 'Asia/Hong_Kong' },
    });
    expect(result.code, result.stdout).toBe(0);
    const dir = result.outputs['report-path'] ?? '';
    expect(dir).toMatch(/\/temp\/claude-cost-period$/);
    expect((JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as PeriodReport).totals.sessions).toBe(9);
    expect(fake.issues[0]?.body.startsWith('<!-- claude-cost:period:v1 2026-10 Asia/Hong_Kong -->')).toBe(true);
  });
});
