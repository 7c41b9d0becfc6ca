import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeSha, FakeGitHub, READ_ONLY_TOKEN } from '../github/fake-github.js';
import { addFixtureRecords, pullRequestEvent, runBundle, useActionSuite } from './harness.js';
import { makeRecord, sessionId } from './records.js';

const MARKER = '<!-- claude-cost:v1 key=default -->';

let bundle: string;
let fake: FakeGitHub;
useActionSuite((b, f) => {
  bundle = b;
  fake = f;
});

function newPull(number = 7) {
  return fake.addPull({
    number,
    headSha: fakeSha(`head-${number}`),
    baseSha: fakeSha('base'),
    labels: ['enhancement'],
  });
}

describe('the PR flow, as a runner runs dist/index.js', () => {
  it('posts one sticky comment, writes the summary and sets every output', async () => {
    const pull = newPull();
    addFixtureRecords(fake, pull.number);
    // Not a record: outside the records glob.
    fake.addPullFile(pull.number, 'src/data.json', makeRecord({ sessionId: sessionId(99) }));
    const result = await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull) });

    expect(result.code, result.stdout + result.stderr).toBe(0);
    const comments = fake.commentsOn(pull.number);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain('### Claude Code cost: $2.32');
    expect(body).toContain('| 5b2e8c10 |');
    expect(body).toContain('[this workflow run](https://github.test/acme/widgets/actions/runs/4242)');
    expect(body).toMatch(/<!-- claude-cost:data v1 [A-Za-z0-9+/=]+ -->\n$/);
    expect(body).not.toContain(sessionId(99).slice(0, 8));
    expect(comments[0]?.login).toBe('github-actions[bot]');

    expect(result.outputs).toMatchObject({
      'total-cost-usd': expect.stringMatching(/^2\.32\d+$/),
      'total-tokens': expect.stringMatching(/^\d+$/),
      'cache-hit-rate': expect.stringMatching(/^0\.9\d+$/),
      'budget-status': 'none',
      'comment-id': String(comments[0]?.id),
      'comment-url': `https://github.test/acme/widgets/pull/7#issuecomment-${comments[0]?.id}`,
    });
    const report = JSON.parse(readFileSync(result.outputs['report-path'] ?? '', 'utf8')) as {
      totals: { sessions: number };
    };
    expect(report.totals.sessions).toBe(2);
    expect(result.summary).toContain('### Claude Code cost: $2.32');
    expect(result.summary).not.toContain(MARKER);
    expect(result.stdout).toContain('Records in this PR (source: api): 2 read, 0 refused.');
  });

  it('leaves the comment alone on a rerun, and updates it in place with the change on the next push', async () => {
    const pull = newPull();
    addFixtureRecords(fake, pull.number);
    await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull) });
    const first = fake.commentsOn(pull.number)[0];

    const rerun = await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull) });
    expect(rerun.code).toBe(0);
    expect(fake.commentsOn(pull.number)).toHaveLength(1);
    expect(fake.countRequests('PATCH', /comments/)).toBe(0);
    expect(rerun.stdout).toContain('Comment unchanged');

    // The next push adds a third session.
    pull.headSha = fakeSha('head-7-second-push');
    const files = pull.files.splice(0);
    for (const f of files)
      fake.putFile(
        pull.headSha,
        f.filename,
        readFileSync(new URL(`../fixtures/action/${f.filename.replace('.claude-cost/', '')}`, import.meta.url)),
      );
    pull.files.push(...files);
    fake.addPullFile(
      pull.number,
      `.claude-cost/sessions/${sessionId(3)}.json`,
      makeRecord({ sessionId: sessionId(3) }),
    );
    const push = await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull) });
    expect(push.code).toBe(0);
    const comments = fake.commentsOn(pull.number);
    expect(comments.map((c) => c.id)).toEqual([first?.id]);
    expect(comments[0]?.body).toMatch(
      /#### Since the previous push\n\n\+\$0\.\d\d \(\$2\.32 → \$2\.\d\d\) · \+[\d.]+k tokens · \+1 session compared with [0-9a-f]{7}\./,
    );
    expect(push.summary).toContain('#### Since the previous push');

    // A rerun of that push keeps the same change line (it compares with the push before).
    const again = await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull) });
    expect(again.stdout).toContain('Comment unchanged');
  });

  it('passes with a one-line comment when the PR adds no records', async () => {
    const pull = newPull();
    fake.addPullFile(pull.number, 'README.md', '# hi\n');
    const result = await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull) });
    expect(result.code).toBe(0);
    const body = fake.commentsOn(pull.number)[0]?.body ?? '';
    expect(body.split('\n\n').slice(0, 2)).toEqual([MARKER, 'No Claude Code sessions in this PR.']);
    expect(result.outputs['total-cost-usd']).toBe('0.000000');
    expect(result.outputs['budget-status']).toBe('none');
    expect(result.summary).toContain('No Claude Code sessions in this PR.');
    expect(result.stdout).toContain('::notice::No Claude Code sessions in this PR.');
  });

  it.each(['push', 'merge_group'])('passes a %s event with a notice and no API calls', async (eventName) => {
    const result = await runBundle(bundle, { fake, eventName, event: { ref: 'refs/heads/main' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `::notice::claude-cost reports on pull requests; nothing to do for a ${eventName} event.`,
    );
    expect(fake.requests).toHaveLength(0);
  });

  it('fails before anything is posted when an input is invalid', async () => {
    const pull = newPull();
    const result = await runBundle(bundle, {
      fake,
      event: pullRequestEvent(fake, pull),
      inputs: { 'comment-mode': 'sometimes' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::InputError: comment-mode must be one of update, new, hide-and-new, delete-and-new, off (got "sometimes")',
    );
    expect(fake.requests).toHaveLength(0);
  });

  it.each(['over-budget', 'warning', 'never'])('exits 0 with fail-on %s when no budget applies', async (failOn) => {
    const pull = newPull();
    addFixtureRecords(fake, pull.number);
    const result = await runBundle(bundle, {
      fake,
      event: pullRequestEvent(fake, pull),
      inputs: { 'fail-on': failOn },
    });
    expect(result.code).toBe(0);
    expect(result.outputs['budget-status']).toBe('none');
  });

  it('keeps a separate comment per report key, and writes nothing with comment-mode off', async () => {
    const pull = newPull();
    addFixtureRecords(fake, pull.number);
    await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull) });
    await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull), inputs: { 'report-key': 'nightly' } });
    const bodies = fake.commentsOn(pull.number).map((c) => c.body.split('\n')[0]);
    expect(bodies).toEqual([MARKER, '<!-- claude-cost:v1 key=nightly -->']);

    const off = await runBundle(bundle, {
      fake,
      event: pullRequestEvent(fake, pull),
      inputs: { 'comment-mode': 'off' },
    });
    expect(off.code).toBe(0);
    expect(fake.commentsOn(pull.number)).toHaveLength(2);
    expect(off.outputs['comment-id']).toBe('');
    expect(off.summary).toContain('### Claude Code cost');
    expect(existsSync(off.outputs['report-path'] ?? '')).toBe(true);
  });

  it("prices with the config's own price rows, read at the base commit", async () => {
    const pull = newPull();
    addFixtureRecords(fake, pull.number);
    const shipped = JSON.parse(
      readFileSync(join(new URL('../../pricing', import.meta.url).pathname, 'prices.json'), 'utf8'),
    ) as { models: Array<{ model: string; ids: string[] }> };
    const free = { from: null, input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 };
    const rows = ['claude-haiku-4-5-20251001', 'claude-opus-4-6', 'claude-sonnet-4-6'].map((model) => ({
      model,
      ids: shipped.models.find((row) => row.model === model)?.ids ?? [],
      source: 'Internal credits',
      checked: '2026-11-01',
      prices: [free],
    }));
    // YAML reads JSON: the rows as a team could paste them.
    fake.putFile(pull.baseSha, '.github/claude-cost.yml', `pricing: ${JSON.stringify({ models: rows })}\n`);
    fake.addPullFile(pull.number, '.github/claude-cost.yml', 'pricing: {models: []}\n');
    const result = await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull) });
    expect(result.code, result.stdout).toBe(0);
    // $2.32 at list prices; what is left is the one web search, $0.01 a request on any model.
    expect(result.outputs['total-cost-usd']).toBe('0.010000');
    expect(fake.commentsOn(pull.number)[0]?.body).toContain('$0.01');
  });

  it('reads the policy and price book at the base commit, never from the PR head', async () => {
    const pull = newPull();
    addFixtureRecords(fake, pull.number);
    const prices = readFileSync(join(new URL('../../pricing', import.meta.url).pathname, 'prices.json'));
    fake.putFile(pull.baseSha, '.github/claude-cost.yml', 'budgets: {}\n');
    fake.putFile(pull.baseSha, 'ci/prices.json', prices);
    fake.addPullFile(pull.number, 'ci/prices.json', '{"asOf": "garbage"}');
    const result = await runBundle(bundle, {
      fake,
      event: pullRequestEvent(fake, pull),
      inputs: { 'pricing-file': 'ci/prices.json' },
    });
    expect(result.code, result.stdout).toBe(0);
    const settings = fake.requests.filter((r) => /contents\/(\.github|ci)\//.test(r.path));
    expect(settings.map((r) => `${r.path} ${r.ref === pull.baseSha ? 'base' : r.ref}`)).toEqual([
      '/repos/acme/widgets/contents/.github/claude-cost.yml base',
      '/repos/acme/widgets/contents/ci/prices.json base',
    ]);

    const missing = await runBundle(bundle, {
      fake,
      event: pullRequestEvent(fake, pull),
      inputs: { 'pricing-file': 'nope.json' },
    });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain(
      '::error::pricing-file nope.json was not found in the repository at the base commit',
    );
  });

  it('runs on pull_request_target exactly as on pull_request, through the API', async () => {
    const pull = fake.addPull({
      number: 8,
      headSha: fakeSha('fork'),
      baseSha: fakeSha('base'),
      headRepo: 'mallory/widgets',
    });
    addFixtureRecords(fake, pull.number);
    const result = await runBundle(bundle, {
      fake,
      eventName: 'pull_request_target',
      event: pullRequestEvent(fake, pull),
      inputs: { source: 'auto' },
    });
    expect(result.code, result.stdout).toBe(0);
    expect(fake.commentsOn(8)).toHaveLength(1);
    expect(result.stdout).toContain('(source: api)');
  });

  it('comments from a workflow_run on a fork PR (the two-workflow setup)', async () => {
    const pull = fake.addPull({
      number: 11,
      headSha: fakeSha('fork-11'),
      baseSha: fakeSha('base'),
      headRepo: 'mallory/widgets',
      headRef: 'patch-1',
    });
    addFixtureRecords(fake, pull.number);
    const event = {
      action: 'completed',
      workflow_run: {
        event: 'pull_request',
        head_sha: pull.headSha,
        head_branch: 'patch-1',
        head_repository: { full_name: 'mallory/widgets', owner: { login: 'mallory' } },
        // GitHub leaves this empty for PRs from forks.
        pull_requests: [],
      },
    };
    const result = await runBundle(bundle, { fake, eventName: 'workflow_run', event, inputs: { 'fail-on': 'never' } });
    expect(result.code, result.stdout).toBe(0);
    expect(fake.commentsOn(11)).toHaveLength(1);

    const unrelated = { workflow_run: { ...event.workflow_run, head_sha: fakeSha('gone') } };
    const none = await runBundle(bundle, { fake, eventName: 'workflow_run', event: unrelated });
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('::notice::The workflow run that triggered this one belongs to no open pull request');
  });

  it('summarises without commenting on a fork PR with a read-only token', async () => {
    const pull = fake.addPull({
      number: 12,
      headSha: fakeSha('ro'),
      baseSha: fakeSha('base'),
      headRepo: 'mallory/widgets',
    });
    fake.addPullFile(12, 'README.md', 'x');
    const result = await runBundle(bundle, { fake, token: READ_ONLY_TOKEN, event: pullRequestEvent(fake, pull) });
    expect(result.code).toBe(0);
    expect(result.summary).toContain('No Claude Code sessions in this PR.');
    expect(result.summary).toContain('> [!WARNING]\n> claude-cost could not comment');
  });
});
