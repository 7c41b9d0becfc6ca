import type { FakeGitHub, FakeIdentity } from './fake-github.js';

/**
 * The fake's issues (list with label, creator and state filters; create; edit; labels) and the
 * GraphQL search for merged pull requests: what the period report uses. Split from
 * fake-github.ts to keep each file readable; the state lives on FakeGitHub.
 */

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  login: string;
  labels: string[];
  state: 'open' | 'closed';
}

/** GitHub refuses comment and issue bodies over this many characters. */
export const BODY_LIMIT = 65_536;

type Send = (status: number, body: unknown, headers?: Record<string, string>) => void;

export function routeIssues(
  fake: FakeGitHub,
  method: string,
  url: URL,
  rest: string,
  body: Record<string, unknown>,
  who: FakeIdentity,
  send: Send,
): boolean {
  const forbidden = () => send(403, { message: 'Resource not accessible by integration' });
  const labelsOf = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  if (method === 'GET' && rest === '/issues') {
    const state = url.searchParams.get('state') ?? 'open';
    const wanted = (url.searchParams.get('labels') ?? '').split(',').filter((l) => l !== '');
    const creator = url.searchParams.get('creator');
    const issues = fake.issues.filter(
      (i) =>
        (state === 'all' || i.state === state) &&
        wanted.every((l) => i.labels.some((x) => x.toLowerCase() === l.toLowerCase())) &&
        (creator === null || i.login.toLowerCase() === creator.toLowerCase()),
    );
    // GitHub lists newest first by default.
    fake.page(
      url,
      [...issues].reverse().map((i) => issueJson(fake, i)),
      send,
    );
    return true;
  }
  if (method === 'POST' && rest === '/issues') {
    if (!who.canWrite) return (forbidden(), true);
    if (String(body.body ?? '').length > BODY_LIMIT) return (tooLong(send), true);
    const labels = labelsOf(body.labels);
    for (const l of labels) fake.labels.add(l);
    const issue = fake.addIssue({
      title: String(body.title ?? ''),
      body: String(body.body ?? ''),
      login: who.login,
      labels,
    });
    send(201, issueJson(fake, issue));
    return true;
  }
  let m: RegExpExecArray | null;
  if ((m = /^\/issues\/(\d+)$/.exec(rest))) {
    const issue = fake.issues.find((i) => i.number === Number(m?.[1]));
    if (issue === undefined) return false;
    if (method === 'GET') return (send(200, issueJson(fake, issue)), true);
    if (method !== 'PATCH') return false;
    if (!who.canWrite) return (forbidden(), true);
    if (String(body.body ?? '').length > BODY_LIMIT) return (tooLong(send), true);
    if (typeof body.title === 'string') issue.title = body.title;
    if (typeof body.body === 'string') issue.body = body.body;
    if (body.labels !== undefined) issue.labels = labelsOf(body.labels);
    if (body.state === 'open' || body.state === 'closed') issue.state = body.state;
    send(200, issueJson(fake, issue));
    return true;
  }
  if (method === 'GET' && (m = /^\/labels\/(.+)$/.exec(rest))) {
    const name = decodeURIComponent(m[1] ?? '');
    if (![...fake.labels].some((l) => l.toLowerCase() === name.toLowerCase())) return false;
    send(200, { name, color: 'ededed' });
    return true;
  }
  if (method === 'POST' && rest === '/labels') {
    if (!who.canWrite || fake.labelsForbidden) return (forbidden(), true);
    const name = String(body.name ?? '');
    if ([...fake.labels].some((l) => l.toLowerCase() === name.toLowerCase())) {
      send(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
      });
      return true;
    }
    fake.labels.add(name);
    send(201, { name, color: body.color ?? 'ededed' });
    return true;
  }
  return false;
}

/**
 * `search(query: "repo:O/R is:pr is:merged merged:A..B", type: ISSUE)`: the count of every match,
 * but, as on GitHub, only the first 1,000 of them can be paged to.
 */
export function searchPulls(fake: FakeGitHub, query: string, variables: Record<string, unknown>): unknown {
  const q = String(variables.q ?? '');
  fake.searches.push(q);
  const range = /merged:(\S+)\.\.(\S+)/.exec(q);
  const from = range === null ? -Infinity : Date.parse(range[1] ?? '');
  const to = range === null ? Infinity : Date.parse(range[2] ?? '');
  const wrongRepo = !q.includes(`repo:${fake.owner}/${fake.repo}`);
  const matches = wrongRepo
    ? []
    : [...fake.pulls.values()]
        .filter((p) => p.mergedAt !== undefined)
        .filter((p) => Date.parse(p.mergedAt ?? '') >= from && Date.parse(p.mergedAt ?? '') <= to)
        .sort((a, b) => Date.parse(b.mergedAt ?? '') - Date.parse(a.mergedAt ?? '') || b.number - a.number);
  const first = Number(/first:\s*(\d+)/.exec(query)?.[1] ?? '10');
  const offset = typeof variables.after === 'string' ? Number(Buffer.from(variables.after, 'base64').toString()) : 0;
  const reachable = Math.min(matches.length, 1000);
  const end = Math.min(offset + first, reachable);
  const nodes = matches.slice(offset, end).map((p) => ({
    number: p.number,
    title: p.title,
    headRefName: p.headRef,
    mergedAt: p.mergedAt,
    mergeCommit: p.mergeCommit === undefined ? null : { oid: p.mergeCommit },
  }));
  return {
    data: {
      search: {
        issueCount: matches.length,
        pageInfo: {
          hasNextPage: end < reachable,
          endCursor: end === 0 ? null : Buffer.from(String(end)).toString('base64'),
        },
        nodes,
      },
    },
  };
}

function issueJson(fake: FakeGitHub, i: FakeIssue): unknown {
  return {
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    user: { login: i.login, type: i.login.endsWith('[bot]') ? 'Bot' : 'User' },
    labels: i.labels.map((name) => ({ name })),
    html_url: `https://github.test/${fake.owner}/${fake.repo}/issues/${i.number}`,
  };
}

/** GitHub's answer to a body over 65,536 characters. */
export function tooLong(send: Send): void {
  send(422, {
    message: 'Validation Failed',
    errors: [
      {
        resource: 'IssueComment',
        code: 'custom',
        field: 'body',
        message: 'body is too long (maximum is 65536 characters)',
      },
    ],
  });
}
