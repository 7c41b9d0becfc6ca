import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PERIOD_LABEL, upsertPeriodIssue } from '../../src/action/period-issue.js';
import { createGitHub, type GitHub } from '../../src/github/client.js';
import { ensureLabel, listIssues } from '../../src/github/issues.js';
import { searchMergedPullRequests } from '../../src/github/search.js';
import { ACTIONS_TOKEN, fakeSha, FakeGitHub, READ_ONLY_TOKEN } from './fake-github.js';

/** Issues and merged-PR search: the real Octokit client, with its plugins, against the local fake. */

let fake: FakeGitHub;
let clients = 0;

function client(token = ACTIONS_TOKEN): GitHub {
  return createGitHub({
    token,
    baseUrl: fake.url,
    owner: fake.owner,
    repo: fake.repo,
    log: { info: () => {}, warning: () => {} },
    timing: { backoffUnitMs: 2, writeSpacingMs: 0, notificationSpacingMs: 0 },
    throttleId: `issues-test-${++clients}`,
  });
}

beforeAll(async () => {
  fake = new FakeGitHub();
  await fake.start();
});

afterAll(async () => {
  await fake.stop();
});

beforeEach(() => {
  fake.clearFaults();
  fake.issues.splice(0);
  fake.labels.clear();
  fake.pulls.clear();
  fake.searches.splice(0);
  fake.requests.splice(0);
  fake.labelsForbidden = false;
});

const MARKER = '<!-- claude-cost:period:v1 2026-10 UTC -->';
const request = (body: string) => ({
  marker: MARKER,
  title: 'Claude Code cost: 2026-10',
  body: `${MARKER}\n\n${body}\n`,
  minimalBody: `${MARKER}\n\nshort\n`,
  login: 'github-actions[bot]',
});

describe('issues', () => {
  it('lists every page, by label or by creator, oldest first', async () => {
    for (let i = 0; i < 230; i++) {
      fake.addIssue({
        login: i % 2 ? 'someone' : 'github-actions[bot]',
        body: `#${i}`,
        labels: i % 3 ? [] : ['claude-cost'],
      });
    }
    const labelled = await listIssues(client(), { label: 'claude-cost' });
    expect(labelled).toHaveLength(77);
    expect(labelled.map((i) => i.number)).toEqual([...labelled.map((i) => i.number)].sort((a, b) => a - b));
    const mine = await listIssues(client(), { creator: 'github-actions[bot]' });
    expect(mine).toHaveLength(115);
    expect(fake.countRequests('GET', /\/issues$/)).toBe(1 + 2);
  });

  it('creates the label once, tolerates a racing creator, and reports when it may not', async () => {
    expect(await ensureLabel(client(), PERIOD_LABEL)).toBe(true);
    expect(await ensureLabel(client(), PERIOD_LABEL)).toBe(true);
    expect(fake.countRequests('POST', /\/labels$/)).toBe(1);

    fake.labels.clear();
    fake.fail({ method: 'POST', path: /\/labels$/, status: 422, times: 1 });
    expect(await ensureLabel(client(), PERIOD_LABEL)).toBe(true);

    fake.labelsForbidden = true;
    fake.labels.clear();
    expect(await ensureLabel(client(), PERIOD_LABEL)).toBe(false);
  });
});

describe('upsertPeriodIssue', () => {
  it('creates, leaves an unchanged body alone, and edits in place', async () => {
    const first = await upsertPeriodIssue(client(), request('one'));
    expect(first).toMatchObject({ action: 'created', labelled: true });
    expect((await upsertPeriodIssue(client(), request('one'))).action).toBe('unchanged');
    const edited = await upsertPeriodIssue(client(), request('two'));
    expect(edited).toMatchObject({ action: 'updated', issue: { number: first.issue.number } });
    expect(fake.issues.map((i) => i.body)).toEqual([`${MARKER}\n\ntwo\n`]);
  });

  it('leaves exactly one open issue when two runs race', async () => {
    const [a, b] = await Promise.all([
      upsertPeriodIssue(client(), request('race')),
      upsertPeriodIssue(client(), request('race')),
    ]);
    expect(a.issue.number).toBe(b.issue.number);
    expect(fake.issues.filter((i) => i.state === 'open').map((i) => i.number)).toEqual([a.issue.number]);
  });

  it('sends the short body when GitHub refuses the long one', async () => {
    const result = await upsertPeriodIssue(client(), request('x'.repeat(70_000)));
    expect(result.issue.body).toBe(`${MARKER}\n\nshort\n`);
  });

  it('fails with 403 when the token may not write issues', async () => {
    await expect(upsertPeriodIssue(client(READ_ONLY_TOKEN), request('one'))).rejects.toMatchObject({ status: 403 });
  });
});

describe('searchMergedPullRequests', () => {
  const merged = (count: number, start: string, stepMs: number, first = 1) => {
    for (let n = 0; n < count; n++) {
      const pull = fake.addPull({ number: first + n, headSha: fakeSha(`s${n}`), baseSha: fakeSha('b') });
      pull.mergedAt = new Date(Date.parse(start) + n * stepMs).toISOString();
      pull.mergeCommit = fakeSha(`m${first + n}`);
    }
  };
  const range = { from: new Date('2026-09-01T00:00:00Z'), to: new Date('2026-11-30T23:59:59Z') };

  it('reads every page of a range under 1,000', async () => {
    merged(250, '2026-10-01T00:00:00Z', 60_000);
    const { pulls, notes } = await searchMergedPullRequests(client(), range);
    expect(pulls).toHaveLength(250);
    expect(pulls[0]).toMatchObject({ number: 1, branch: 'feat/widgets', mergeCommit: fakeSha('m1') });
    expect(notes).toEqual([]);
    expect(fake.searches).toHaveLength(3);
  });

  it('splits the date range in halves until each part is under 1,000', async () => {
    merged(2_500, '2026-09-02T00:00:00Z', 45 * 60_000);
    const { pulls, notes } = await searchMergedPullRequests(client(), range);
    expect(new Set(pulls.map((p) => p.number)).size).toBe(2_500);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^More than 1000 merged pull requests matched.*read in \d+ parts\.$/);
    const ranges = fake.searches.map((q) => /merged:(\S+)/.exec(q)?.[1]);
    expect(ranges[0]).toBe('2026-09-01T00:00:00+00:00..2026-11-30T23:59:59+00:00');
  });

  it('says so when even one second holds more than 1,000', async () => {
    merged(1_001, '2026-10-01T00:00:00Z', 0);
    const { pulls, notes } = await searchMergedPullRequests(client(), range);
    expect(pulls).toHaveLength(1_000);
    expect(notes[0]).toBe(
      '1001 pull requests were merged within the second 2026-10-01T00:00:00+00:00; GitHub search lists only 1000 of them.',
    );
  });
});
