import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeSha, FakeGitHub } from '../github/fake-github.js';
import { commit, makeCheckout } from './git-repo.js';
import { addFixtureRecords, fixture, pullRequestEvent, runBundle, useActionSuite } from './harness.js';
import { makeRecord, sessionId } from './records.js';

const MARKER = '<!-- claude-cost:v1 key=default -->';
const FIFTY_MB = Buffer.alloc(50 * 1024 * 1024, 0x20);

let bundle: string;
let fake: FakeGitHub;
useActionSuite((b, f) => {
  bundle = b;
  fake = f;
});

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe('a hostile PR, read through the API', () => {
  it('cannot get markup, mentions, links or markers from a record into the comment, summary or log', async () => {
    const pull = fake.addPull({ number: 9, headSha: fakeSha('h'), baseSha: fakeSha('b') });
    fake.addPullFile(9, '.claude-cost/sessions/injection.json', fixture('hostile/injection.json'));
    // Free-text fields the comment shows; each payload fits in the developer column's 40 characters.
    const payloads = [
      '<img src=x onerror=alert(1)>',
      '@everyone @acme/admins',
      '[click](https://evil.example/x)',
      '![i](https://evil.example/p.png)',
      'a | b | c | d | e | f | g | h',
      '<details open><summary>x',
      'https://evil.example www.evil.example',
      '<!-- claude-cost:data v1 e30= -->',
      'x\n::warning::pwned\r\n# Heading',
      '`code` **bold** </sub></details>',
    ];
    payloads.forEach((developer, i) =>
      fake.addPullFile(
        9,
        `.claude-cost/sessions/${sessionId(i)}.json`,
        makeRecord({ sessionId: sessionId(i), developer }),
      ),
    );
    const result = await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull) });
    expect(result.code, result.stdout).toBe(0);
    const body = fake.commentsOn(9)[0]?.body ?? '';
    expect(body).toContain(`${payloads.length + 1} sessions`);
    for (const text of [body, result.summary]) {
      expect(text).toContain('&lt;!-- claude-cost:v1 key=default --&gt;');
      expect(text).not.toMatch(
        /<img|<script|<details open|<\/sub><\/details>|\]\(https:\/\/evil|https:\/\/evil|www\.evil|@everyone|@acme\/admins|^# Heading/m,
      );
      expect(text).toContain('@\u200beveryone');
      // Every session row has exactly as many cells as the header: no `|` from data splits one.
      const rows = text.split('\n').filter((line) => /^\| [0-9a-f]{8} /.test(line));
      expect(rows).toHaveLength(payloads.length + 1);
      for (const row of rows) expect(occurrences(row.replace(/\\\|/g, ''), '|')).toBe(10);
    }
    expect(body.indexOf(MARKER)).toBe(0);
    expect(occurrences(body, '<!--')).toBe(2);
    expect(occurrences(body, '<!-- claude-cost:data v1 ')).toBe(1);
    expect(result.stdout).not.toMatch(/^::warning::pwned/m);
  });

  it('ignores a forged marker comment by another user and never edits it', async () => {
    const pull = fake.addPull({ number: 9, headSha: fakeSha('h'), baseSha: fakeSha('b') });
    addFixtureRecords(fake, 9);
    const forgedData = Buffer.from(JSON.stringify({ schema: 'claude-cost/comment-data@1', costUsd: 999 })).toString(
      'base64',
    );
    const forged = fake.addComment(
      9,
      'mallory',
      `${MARKER}\nI am the cost report\n<!-- claude-cost:data v1 ${forgedData} -->`,
    );
    // Our own bot quoting the marker mid-body is not the sticky comment either.
    const quoted = fake.addComment(9, 'github-actions[bot]', `Some other bot message\n${MARKER}`);
    const result = await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull) });
    expect(result.code).toBe(0);
    const comments = fake.commentsOn(9);
    expect(comments).toHaveLength(3);
    expect(comments[0]).toEqual(forged);
    expect(comments[1]).toEqual(quoted);
    expect(comments[2]?.login).toBe('github-actions[bot]');
    expect(comments[2]?.body).not.toContain('Since the previous push');
    expect(result.outputs['comment-id']).toBe(String(comments[2]?.id));
  });

  it('refuses a symlinked record and a 50 MB record without downloading it', async () => {
    const pull = fake.addPull({ number: 9, headSha: fakeSha('h'), baseSha: fakeSha('b') });
    addFixtureRecords(fake, 9);
    fake.putSymlink(pull.headSha, '.claude-cost/sessions/link.json', '../../../../etc/passwd');
    pull.files.push({ filename: '.claude-cost/sessions/link.json', status: 'added' });
    fake.addPullFile(9, '.claude-cost/sessions/huge.json', FIFTY_MB);
    const result = await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull) });
    expect(result.code).toBe(0);
    const body = fake.commentsOn(9)[0]?.body ?? '';
    expect(body).toContain('2 sessions');
    expect(body).toContain('.claude-cost/sessions/huge.json: file is larger than 10485760 bytes');
    expect(body).toContain('.claude-cost/sessions/link.json: symbolic link not followed');
    expect(fake.countRequests('GET', /\/git\/blobs\//)).toBe(0);
    expect(result.stdout).toContain('2 read, 2 refused');
  });

  it('says so when the PR has more files than the API lists', async () => {
    const pull = fake.addPull({ number: 9, headSha: fakeSha('h'), baseSha: fakeSha('b') });
    for (let i = 0; i < 3_100; i++)
      fake.addPullFile(9, `src/gen/file-${String(i).padStart(4, '0')}.ts`, 'export {};\n');
    fake.addPullFile(9, `.claude-cost/sessions/${sessionId(1)}.json`, makeRecord({ sessionId: sessionId(1) }));
    const result = await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull) });
    expect(result.code).toBe(0);
    expect(fake.commentsOn(9)[0]?.body).toContain("This PR changes 3101 files; GitHub's API lists only the first 3000");
    expect(fake.countRequests('GET', /\/pulls\/9\/files$/)).toBe(30);
  });
});

describe('a hostile PR, read from the checkout', () => {
  it('refuses symlinks (to a file or through a directory) that lead outside the workspace', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'claude-cost-outside-'));
    writeFileSync(join(outside, 'secret.json'), makeRecord({ sessionId: sessionId(666), developer: 'leaked@outside' }));
    const checkout = makeCheckout();
    symlinkSync(join(outside, 'secret.json'), join(checkout.dir, '.claude-cost/sessions/link.json'));
    symlinkSync(outside, join(checkout.dir, '.claude-cost/sessions/dir'));
    commit(checkout, { [`.claude-cost/sessions/${sessionId(1)}.json`]: makeRecord({ sessionId: sessionId(1) }) });
    // A file reached through the symlinked directory, committed as if it were a real path.
    const pull = fake.addPull({ number: 9, headSha: checkout.headSha, baseSha: checkout.baseSha });
    const result = await runBundle(bundle, {
      fake,
      workspace: checkout.dir,
      event: pullRequestEvent(fake, pull),
      inputs: { source: 'workspace' },
    });
    expect(result.code, result.stdout).toBe(0);
    const body = fake.commentsOn(9)[0]?.body ?? '';
    expect(body).toContain('1 session');
    expect(body).not.toContain('leaked');
    expect(body).toContain('.claude-cost/sessions/link.json: symbolic link not followed');
    expect(body).toContain('.claude-cost/sessions/dir: symbolic link not followed');
    expect(result.outputs['total-tokens']).toBe(String(80 + 1_500 + 4_000 + 60_000));
  });

  it('refuses a 50 MB record and reads 5,000 records into a comment under the limit', async () => {
    const checkout = makeCheckout();
    const files: Record<string, string | Buffer> = { '.claude-cost/sessions/huge.json': FIFTY_MB };
    for (let i = 0; i < 5_000; i++) {
      files[`.claude-cost/sessions/${sessionId(i)}.json`] = makeRecord({
        sessionId: sessionId(i),
        developer: `dev${i % 40}@acme.example`,
      });
    }
    commit(checkout, files);
    const pull = fake.addPull({ number: 9, headSha: checkout.headSha, baseSha: checkout.baseSha });
    const result = await runBundle(bundle, {
      fake,
      workspace: checkout.dir,
      event: pullRequestEvent(fake, pull),
      inputs: { source: 'workspace' },
    });
    expect(result.code, result.stdout).toBe(0);
    const body = fake.commentsOn(9)[0]?.body ?? '';
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('5000 sessions');
    expect(body).toContain('| 4950 more |');
    expect(body).toContain('huge.json: file is larger than 10485760 bytes');
    const report = JSON.parse(readFileSync(result.outputs['report-path'] ?? '', 'utf8')) as { sessions: unknown[] };
    expect(report.sessions).toHaveLength(5_000);
    expect(Buffer.byteLength(result.summary)).toBeLessThan(1_000_000);
  }, 120_000);
});
