import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { markerFor } from '../../src/action/comment-body.js';
import { findOurComments, upsertSticky } from '../../src/action/sticky.js';
import { createGitHub, type GitHub } from '../../src/github/client.js';
import { FakeGitHub } from '../github/fake-github.js';

/** The upsert rules, step by step against the fake, with the interleavings a race produces. */

const BOT = 'github-actions[bot]';
const target = { issue: 5, reportKey: 'default', login: BOT };
const body = (text: string) => ({
  full: `${markerFor('default')}\n\n${text}\n`,
  minimal: `${markerFor('default')}\n\nshort\n`,
});

let fake: FakeGitHub;
let gh: GitHub;

beforeAll(async () => {
  fake = new FakeGitHub();
  await fake.start();
  gh = createGitHub({
    token: 'ghs_actions_token',
    baseUrl: fake.url,
    owner: fake.owner,
    repo: fake.repo,
    log: { info: () => {}, warning: () => {} },
    timing: { backoffUnitMs: 1, writeSpacingMs: 0, notificationSpacingMs: 0 },
    throttleId: 'sticky-test',
  });
});

afterAll(async () => {
  await fake.stop();
});

beforeEach(() => {
  fake.comments.splice(0);
  fake.requests.splice(0);
  fake.clearFaults();
});

describe('update mode', () => {
  it('converges on the oldest comment when two runs both created one', async () => {
    // Run A and run B both listed before either posted, so both see no comment.
    const a = await upsertSticky(gh, target, 'update', [], body('from A'));
    const b = await upsertSticky(gh, target, 'update', [], body('from B'));
    expect(a.comment.id).toBe(b.comment.id);
    const left = fake.commentsOn(5);
    expect(left).toHaveLength(1);
    expect(left[0]?.id).toBe(a.comment.id);
    expect(left[0]?.body).toContain('from B');
  });

  it('converges when the other run already deleted the duplicate (404 is fine)', async () => {
    const mine = fake.addComment(5, BOT, body('old').full);
    const dup = fake.addComment(5, BOT, body('dup').full);
    const existing = await findOurComments(gh, target);
    fake.comments.splice(fake.comments.indexOf(dup), 1);
    const result = await upsertSticky(gh, target, 'update', existing, body('new'));
    expect(result.comment.id).toBe(mine.id);
    expect(fake.commentsOn(5).map((c) => c.body)).toEqual([body('new').full]);
  });

  it('adopts only comments by its own login, with the marker at the start', async () => {
    fake.addComment(5, 'mallory', body('forged').full);
    fake.addComment(5, BOT, `quoted: ${markerFor('default')}`);
    fake.addComment(5, BOT, `${markerFor('default-2')}\n`);
    const ours = fake.addComment(5, BOT, body('real').full);
    expect((await findOurComments(gh, target)).map((c) => c.id)).toEqual([ours.id]);
  });

  it('posts the minimal body when GitHub refuses an edit as too long', async () => {
    const ours = fake.addComment(5, BOT, body('old').full);
    fake.fail({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, status: 422, times: 1 });
    const result = await upsertSticky(gh, target, 'update', await findOurComments(gh, target), body('new'));
    expect(result).toMatchObject({ action: 'updated', comment: { id: ours.id } });
    expect(fake.commentsOn(5)[0]?.body).toBe(body('new').minimal);
  });

  it('makes no request when the content is unchanged', async () => {
    fake.addComment(5, BOT, body('same').full);
    const existing = await findOurComments(gh, target);
    fake.requests.splice(0);
    expect((await upsertSticky(gh, target, 'update', existing, body('same'))).action).toBe('unchanged');
    expect(fake.requests).toEqual([]);
  });
});

describe('new-comment modes', () => {
  it('hide-and-new keeps the newest visible when two runs race', async () => {
    const a = await upsertSticky(gh, target, 'hide-and-new', [], body('A'));
    const b = await upsertSticky(gh, target, 'hide-and-new', [], body('B'));
    expect(a.comment.id).toBeLessThan(b.comment.id);
    expect(fake.commentsOn(5).map((c) => [c.body.includes('B'), c.minimized])).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it('delete-and-new leaves only the newest', async () => {
    fake.addComment(5, BOT, body('first').full);
    const existing = await findOurComments(gh, target);
    await upsertSticky(gh, target, 'delete-and-new', existing, body('second'));
    expect(fake.commentsOn(5).map((c) => c.body)).toEqual([body('second').full]);
  });
});
