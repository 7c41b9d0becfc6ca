import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGitHub, type GitHub } from '../../src/github/client.js';
import { createIssueComment, listIssueComments, minimizeComments } from '../../src/github/comments.js';
import { readFileAtRef } from '../../src/github/files.js';
import { ACTIONS_BOT_LOGIN, authenticatedLogin } from '../../src/github/identity.js';
import { findPullRequestByHead, getPullRequest, listPullRequestFiles } from '../../src/github/pulls.js';
import { ACTIONS_TOKEN, fakeSha, FakeGitHub, PAT_TOKEN } from './fake-github.js';

/** The real Octokit client, with its plugins, against the local fake. */

let fake: FakeGitHub;
const messages: string[] = [];
let clients = 0;

function client(token = ACTIONS_TOKEN): GitHub {
  return createGitHub({
    token,
    baseUrl: fake.url,
    owner: fake.owner,
    repo: fake.repo,
    log: { info: (m) => messages.push(m), warning: (m) => messages.push(m) },
    // Real plugins, millisecond waits.
    timing: { backoffUnitMs: 2, writeSpacingMs: 0, notificationSpacingMs: 0 },
    throttleId: `test-${++clients}`,
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
  fake.comments.splice(0);
  fake.requests.splice(0);
  messages.splice(0);
});

describe('pagination', () => {
  it('reads every page of comments and PR files', async () => {
    for (let i = 0; i < 250; i++) fake.addComment(1, i % 2 ? 'someone' : 'github-actions[bot]', `comment ${i}`);
    const comments = await listIssueComments(client(), 1);
    expect(comments).toHaveLength(250);
    expect(comments[249]?.body).toBe('comment 249');
    expect(fake.requests.map((r) => r.path)).toEqual(Array(3).fill(`/repos/acme/widgets/issues/1/comments`));

    fake.addPull({ number: 2, headSha: fakeSha('h2'), baseSha: fakeSha('b') });
    for (let i = 0; i < 205; i++) fake.addPullFile(2, `f/${i}.json`, '{}');
    expect(await listPullRequestFiles(client(), 2)).toHaveLength(205);
  });
});

describe('retries and rate limits', () => {
  it('retries 5xx responses', async () => {
    fake.fail({ path: /\/issues\/1\/comments$/, status: 503, times: 2 });
    expect(await listIssueComments(client(), 1)).toEqual([]);
    expect(fake.requests.map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('waits out a secondary rate limit, a bounded number of times', async () => {
    const limited = {
      status: 403,
      message: 'You have exceeded a secondary rate limit.',
      headers: { 'retry-after': '3' },
    };
    fake.fail({ method: 'POST', path: /\/comments$/, times: 1, ...limited });
    await createIssueComment(client(), 1, 'hello');
    expect(fake.commentsOn(1)).toHaveLength(1);
    expect(messages).toContain(
      'GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments: retrying after 3s',
    );

    fake.fail({ method: 'POST', path: /\/comments$/, times: 10, ...limited });
    await expect(createIssueComment(client(), 1, 'again')).rejects.toMatchObject({ status: 403 });
    expect(fake.countRequests('POST', /\/comments$/)).toBe(2 + 4);
  });

  it('does not retry a plain 403 or 404', async () => {
    fake.fail({ path: /\/pulls\/77$/, status: 403, times: 5, message: 'Resource not accessible by integration' });
    await expect(getPullRequest(client(), 77)).rejects.toMatchObject({ status: 403 });
    expect(fake.requests).toHaveLength(1);
  });
});

describe('who the token is', () => {
  it('asks GraphQL for installation tokens (GET /user is 403 for them)', async () => {
    expect(await authenticatedLogin(client(ACTIONS_TOKEN))).toBe('github-actions[bot]');
    expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'GET /user 403',
      'POST /graphql 200',
    ]);
  });

  it('uses GET /user for personal tokens', async () => {
    expect(await authenticatedLogin(client(PAT_TOKEN))).toBe('cost-bot');
    expect(fake.requests).toHaveLength(1);
  });

  it('falls back to the Actions bot when GitHub cannot say', async () => {
    fake.fail({ path: /^\/graphql$/, status: 502, times: 10 });
    expect(await authenticatedLogin(client(ACTIONS_TOKEN))).toBe(ACTIONS_BOT_LOGIN);
    expect(messages.at(-1)).toMatch(/^Could not ask GitHub who the token belongs to \(HTTP 502/);
  });
});

describe('files at a commit', () => {
  const ref = fakeSha('files');

  it('reads small files inline and large ones from the blob API, refusing what is over the cap', async () => {
    fake.putFile(ref, 'a/small.json', '{"ok":true}');
    fake.putFile(ref, 'a/two-mb.json', Buffer.alloc(2 * 1024 * 1024, 0x61));
    fake.putFile(ref, 'a/odd name #1 %.json', 'odd');
    fake.putSymlink(ref, 'a/link.json', '/etc/passwd');
    const gh = client();
    expect(await readFileAtRef(gh, 'a/small.json', ref, 1000)).toEqual({
      kind: 'file',
      content: Buffer.from('{"ok":true}'),
    });
    expect(await readFileAtRef(gh, 'a/odd name #1 %.json', ref, 1000)).toEqual({
      kind: 'file',
      content: Buffer.from('odd'),
    });
    expect(await readFileAtRef(gh, 'a/link.json', ref, 1000)).toEqual({ kind: 'not-a-file', type: 'symlink' });
    expect(await readFileAtRef(gh, 'a/missing.json', ref, 1000)).toEqual({ kind: 'missing' });
    expect(fake.countRequests('GET', /\/git\/blobs\//)).toBe(0);

    expect(await readFileAtRef(gh, 'a/two-mb.json', ref, 1024 * 1024)).toEqual({
      kind: 'too-large',
      size: 2 * 1024 * 1024,
    });
    expect(fake.countRequests('GET', /\/git\/blobs\//)).toBe(0);
    const big = await readFileAtRef(gh, 'a/two-mb.json', ref, 4 * 1024 * 1024);
    expect(big.kind === 'file' && big.content.length).toBe(2 * 1024 * 1024);
    expect(fake.countRequests('GET', /\/git\/blobs\//)).toBe(1);
  });
});

describe('pull requests and comments', () => {
  it('finds a fork PR by head owner, branch and SHA', async () => {
    fake.addPull({
      number: 40,
      headSha: fakeSha('fork-head'),
      baseSha: fakeSha('b'),
      headRepo: 'mallory/widgets',
      headRef: 'patch-1',
    });
    const gh = client();
    expect(await findPullRequestByHead(gh, { owner: 'mallory', branch: 'patch-1', sha: fakeSha('fork-head') })).toBe(
      40,
    );
    expect(
      await findPullRequestByHead(gh, { owner: 'mallory', branch: 'patch-1', sha: fakeSha('older') }),
    ).toBeUndefined();
    expect((await getPullRequest(gh, 40)).isFork).toBe(true);
  });

  it('minimizes only comments that are not minimized yet', async () => {
    const a = fake.addComment(1, 'github-actions[bot]', 'a');
    const b = fake.addComment(1, 'github-actions[bot]', 'b');
    a.minimized = true;
    expect(await minimizeComments(client(), [a.node_id, b.node_id])).toBe(1);
    expect(b.minimized).toBe(true);
    expect(fake.requests.filter((r) => r.path === '/graphql')).toHaveLength(2);
  });
});
