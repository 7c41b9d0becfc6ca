import { describe, expect, it } from 'vitest';
import { fakeSha, FakeGitHub, PAT_TOKEN } from '../github/fake-github.js';
import { addFixtureRecords, pullRequestEvent, runBundle, useActionSuite } from './harness.js';
import { makeRecord, sessionId } from './records.js';

let bundle: string;
let fake: FakeGitHub;
useActionSuite((b, f) => {
  bundle = b;
  fake = f;
});

/** A PR with records, already commented on once; then a push that changes the numbers. */
async function pullWithOneComment(commentMode: string, token?: string) {
  const pull = fake.addPull({ number: 12, headSha: fakeSha('h1'), baseSha: fakeSha('base') });
  addFixtureRecords(fake, pull.number);
  const first = await runBundle(bundle, {
    fake,
    token,
    event: pullRequestEvent(fake, pull),
    inputs: { 'comment-mode': commentMode },
  });
  expect(first.code, first.stdout).toBe(0);
  pull.headSha = fakeSha('h2');
  pull.files = [];
  addFixtureRecords(fake, pull.number);
  fake.addPullFile(pull.number, `.claude-cost/sessions/${sessionId(5)}.json`, makeRecord({ sessionId: sessionId(5) }));
  return pull;
}

describe('comment-mode', () => {
  it('update edits the one comment', async () => {
    const pull = await pullWithOneComment('update');
    const before = fake.commentsOn(12).map((c) => c.id);
    const result = await runBundle(bundle, {
      fake,
      event: pullRequestEvent(fake, pull),
      inputs: { 'comment-mode': 'update' },
    });
    expect(result.code).toBe(0);
    expect(fake.commentsOn(12).map((c) => c.id)).toEqual(before);
    expect(fake.commentsOn(12)[0]?.body).toContain('3 sessions');
    expect(fake.countRequests('PATCH', /\/issues\/comments\/\d+$/)).toBe(1);
  });

  it('new adds a comment per change and leaves the old ones', async () => {
    const pull = await pullWithOneComment('new');
    const result = await runBundle(bundle, {
      fake,
      event: pullRequestEvent(fake, pull),
      inputs: { 'comment-mode': 'new' },
    });
    const comments = fake.commentsOn(12);
    expect(comments).toHaveLength(2);
    expect(result.outputs['comment-id']).toBe(String(comments[1]?.id));
    // A rerun with nothing new to say adds nothing.
    await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull), inputs: { 'comment-mode': 'new' } });
    expect(fake.commentsOn(12)).toHaveLength(2);
  });

  it('hide-and-new minimizes the older comment', async () => {
    const pull = await pullWithOneComment('hide-and-new');
    await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull), inputs: { 'comment-mode': 'hide-and-new' } });
    const comments = fake.commentsOn(12);
    expect(comments.map((c) => c.minimized)).toEqual([true, false]);
    // The next change hides the second one without minimizing the first again.
    pull.headSha = fakeSha('h3');
    pull.files = [];
    addFixtureRecords(fake, pull.number);
    const minimizeCalls = () => fake.requests.filter((r) => r.path === '/graphql').length;
    const before = minimizeCalls();
    await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull), inputs: { 'comment-mode': 'hide-and-new' } });
    expect(fake.commentsOn(12).map((c) => c.minimized)).toEqual([true, true, false]);
    // viewer + one isMinimized query + one mutation.
    expect(minimizeCalls() - before).toBe(3);
  });

  it('delete-and-new deletes the older comment', async () => {
    const pull = await pullWithOneComment('delete-and-new');
    const old = fake.commentsOn(12)[0]?.id;
    const result = await runBundle(bundle, {
      fake,
      event: pullRequestEvent(fake, pull),
      inputs: { 'comment-mode': 'delete-and-new' },
    });
    const comments = fake.commentsOn(12);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.id).not.toBe(old);
    expect(result.outputs['comment-id']).toBe(String(comments[0]?.id));
  });

  it('finds its comment by the token owner when a personal access token posts it', async () => {
    const pull = await pullWithOneComment('update', PAT_TOKEN);
    await runBundle(bundle, { fake, token: PAT_TOKEN, event: pullRequestEvent(fake, pull) });
    const comments = fake.commentsOn(12);
    expect(comments.map((c) => c.login)).toEqual(['cost-bot']);
    expect(fake.countRequests('POST', /\/graphql$/)).toBe(0);
  });
});

describe('two runs racing on one PR', () => {
  it.each(['update', 'hide-and-new', 'delete-and-new'])(
    'leave exactly one visible comment (%s)',
    async (commentMode) => {
      const pull = fake.addPull({ number: 30, headSha: fakeSha('race'), baseSha: fakeSha('base') });
      addFixtureRecords(fake, pull.number);
      // Both runs list the comments before either has posted: both will create one.
      fake.holdCommentListings(2);
      const inputs = { 'comment-mode': commentMode };
      const [a, b] = await Promise.all([
        runBundle(bundle, { fake, event: pullRequestEvent(fake, pull), inputs }),
        runBundle(bundle, { fake, event: pullRequestEvent(fake, pull), inputs }),
      ]);
      expect(a.code, a.stdout).toBe(0);
      expect(b.code, b.stdout).toBe(0);
      expect(fake.countRequests('POST', /\/issues\/30\/comments$/)).toBe(2);
      const visible = fake.commentsOn(30).filter((c) => !c.minimized);
      expect(visible).toHaveLength(1);
      // Both runs report the survivor.
      expect(a.outputs['comment-id']).toBe(String(visible[0]?.id));
      expect(b.outputs['comment-id']).toBe(String(visible[0]?.id));

      // And a rerun after the race changes nothing.
      await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull), inputs });
      expect(fake.commentsOn(30).filter((c) => !c.minimized)).toHaveLength(1);
    },
  );
});
