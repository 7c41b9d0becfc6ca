import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeGitHub } from '../github/fake-github.js';
import { commit, makeCheckout } from './git-repo.js';
import { pullRequestEvent, runBundle, useActionSuite } from './harness.js';
import { makeRecord, sessionId } from './records.js';

let bundle: string;
let fake: FakeGitHub;
useActionSuite((b, f) => {
  bundle = b;
  fake = f;
});

const workspaceInputs = { source: 'workspace' };

describe('source: workspace', () => {
  it("reads only the records the PR adds or changes, not the base branch's", async () => {
    const checkout = makeCheckout();
    commit(checkout, {
      [`.claude-cost/sessions/${sessionId(1)}.json`]: makeRecord({ sessionId: sessionId(1) }),
      [`.claude-cost/sessions/${sessionId(2)}.json`]: makeRecord({ sessionId: sessionId(2) }),
      'docs/notes.json': makeRecord({ sessionId: sessionId(3) }),
    });
    const pull = fake.addPull({ number: 4, headSha: checkout.headSha, baseSha: checkout.baseSha });
    const result = await runBundle(bundle, {
      fake,
      workspace: checkout.dir,
      event: pullRequestEvent(fake, pull),
      inputs: workspaceInputs,
    });
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain('Records in this PR (source: workspace): 2 read, 0 refused.');
    expect(fake.commentsOn(4)[0]?.body).toContain('2 sessions');
    // Records come from the checkout: the only API calls are about the comment.
    expect(fake.requests.filter((r) => r.path.includes('/pulls/') || r.path.includes('/contents/'))).toEqual([]);
  });

  it("works on GitHub's test merge commit (the pull_request default checkout)", async () => {
    const checkout = makeCheckout();
    const head = commit(checkout, {
      [`.claude-cost/sessions/${sessionId(1)}.json`]: makeRecord({ sessionId: sessionId(1) }),
    });
    // main moves on with another PR's record, then GitHub merges the PR into it.
    checkout.git('checkout', '-q', 'main');
    writeFileSync(
      join(checkout.dir, `.claude-cost/sessions/${sessionId(9)}.json`),
      makeRecord({ sessionId: sessionId(9) }),
    );
    checkout.git('add', '-A');
    checkout.git('commit', '-q', '-m', 'other PR');
    const movedBase = checkout.git('rev-parse', 'HEAD');
    checkout.git('merge', '-q', '--no-ff', '-m', 'merge', 'feat/widgets');
    const pull = fake.addPull({ number: 4, headSha: head, baseSha: movedBase });
    const result = await runBundle(bundle, {
      fake,
      workspace: checkout.dir,
      event: pullRequestEvent(fake, pull),
      inputs: workspaceInputs,
    });
    expect(result.code, result.stdout).toBe(0);
    expect(fake.commentsOn(4)[0]?.body).toContain('### Claude Code cost');
    expect(result.stdout).toContain('1 read, 0 refused');
  });

  it('explains how to check out when the base commit is missing', async () => {
    const checkout = makeCheckout();
    commit(checkout, { [`.claude-cost/sessions/${sessionId(1)}.json`]: makeRecord({ sessionId: sessionId(1) }) });
    const pull = fake.addPull({ number: 4, headSha: checkout.headSha, baseSha: 'f'.repeat(40) });
    const result = await runBundle(bundle, {
      fake,
      workspace: checkout.dir,
      event: pullRequestEvent(fake, pull),
      inputs: workspaceInputs,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "::error::WorkspaceError: source: workspace needs the PR's base commit in the checkout: set fetch-depth: 0",
    );
    expect(fake.commentsOn(4)).toHaveLength(0);
  });

  it('refuses a checkout that is not the PR', async () => {
    const checkout = makeCheckout();
    commit(checkout, { 'x.txt': 'x' });
    const pull = fake.addPull({ number: 4, headSha: 'e'.repeat(40), baseSha: checkout.baseSha });
    const result = await runBundle(bundle, {
      fake,
      workspace: checkout.dir,
      event: pullRequestEvent(fake, pull),
      inputs: workspaceInputs,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('the checkout is not this PR');
  });

  it('refuses a pricing file that is a symlink', async () => {
    const checkout = makeCheckout();
    commit(checkout, { [`.claude-cost/sessions/${sessionId(1)}.json`]: makeRecord({ sessionId: sessionId(1) }) });
    const pull = fake.addPull({ number: 4, headSha: checkout.headSha, baseSha: checkout.baseSha });
    symlinkSync('/etc/hostname', join(checkout.dir, 'prices.json'));
    const result = await runBundle(bundle, {
      fake,
      workspace: checkout.dir,
      event: pullRequestEvent(fake, pull),
      inputs: { ...workspaceInputs, 'pricing-file': 'prices.json' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::RepoFileError: pricing-file (prices.json) must be a regular file inside the repository',
    );
  });
});

describe('source: workspace measures the baseline from the merged records', () => {
  it("reads the checkout's records as history, leaving out the PR's own sessions", async () => {
    const checkout = makeCheckout();
    checkout.git('checkout', '-q', 'main');
    commit(checkout, {
      [`.claude-cost/sessions/${sessionId(11)}.json`]: makeRecord({ sessionId: sessionId(11), day: '2026-11-02' }),
      [`.claude-cost/sessions/${sessionId(12)}.json`]: makeRecord({ sessionId: sessionId(12), day: '2026-11-03' }),
      [`.claude-cost/sessions/${sessionId(13)}.json`]: makeRecord({ sessionId: sessionId(13), day: '2026-11-04' }),
    });
    checkout.baseSha = checkout.headSha;
    checkout.git('checkout', '-q', '-b', 'feat/baseline');
    commit(checkout, {
      [`.claude-cost/sessions/${sessionId(1)}.json`]: makeRecord({ sessionId: sessionId(1), outputTokens: 900_000 }),
    });
    const pull = fake.addPull({ number: 5, headSha: checkout.headSha, baseSha: checkout.baseSha });
    const result = await runBundle(bundle, {
      fake,
      workspace: checkout.dir,
      event: pullRequestEvent(fake, pull),
      inputs: workspaceInputs,
    });
    expect(result.code, result.stdout).toBe(0);
    const body = fake.commentsOn(5)[0]?.body ?? '';
    expect(body).toContain('1 session');
    // Three merged scoped sessions (not the PR's own) make the median.
    expect(body).toMatch(/medians of the last 90 days of merged sessions: 3 scoped/);
  });
});
