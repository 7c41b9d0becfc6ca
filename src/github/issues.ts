import { type GitHub, httpStatus } from './client.js';

export interface Issue {
  number: number;
  title: string;
  body: string;
  /** Login of the author; null for a deleted ("ghost") account. */
  author: string | null;
  labels: string[];
  state: string;
  url: string;
}

interface RestIssue {
  number: number;
  title: string;
  body?: string | null;
  user: { login: string } | null;
  labels?: Array<string | { name?: string }>;
  state: string;
  html_url: string;
  /** The issues endpoints list pull requests too; these carry this key. */
  pull_request?: unknown;
}

function toIssue(i: RestIssue): Issue {
  return {
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    author: i.user?.login ?? null,
    labels: (i.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
    state: i.state,
    url: i.html_url,
  };
}

/**
 * Every issue (open or closed, never a pull request) with `label`, or by `creator`, all pages,
 * oldest first. The server-side filters only narrow the listing: callers still check the author
 * and the body themselves, since anyone who can label an issue can label theirs.
 */
export async function listIssues(gh: GitHub, filter: { label: string } | { creator: string }): Promise<Issue[]> {
  const issues = await gh.octokit.paginate('GET /repos/{owner}/{repo}/issues', {
    owner: gh.owner,
    repo: gh.repo,
    state: 'all',
    per_page: 100,
    ...('label' in filter ? { labels: filter.label } : { creator: filter.creator }),
  });
  return (issues as RestIssue[])
    .filter((i) => i.pull_request === undefined)
    .map(toIssue)
    .sort((a, b) => a.number - b.number);
}

export async function createIssue(
  gh: GitHub,
  issue: { title: string; body: string; labels: string[] },
): Promise<Issue> {
  const { data } = await gh.octokit.request('POST /repos/{owner}/{repo}/issues', {
    owner: gh.owner,
    repo: gh.repo,
    ...issue,
  });
  return toIssue(data as RestIssue);
}

export async function updateIssue(
  gh: GitHub,
  number: number,
  changes: {
    title?: string;
    body?: string;
    labels?: string[];
    state?: 'open' | 'closed';
    state_reason?: 'completed' | 'not_planned' | 'duplicate';
  },
): Promise<Issue> {
  const { data } = await gh.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
    owner: gh.owner,
    repo: gh.repo,
    issue_number: number,
    ...changes,
  });
  return toIssue(data as RestIssue);
}

/**
 * Make sure the repository has `name`. True when it exists (or was just created, by us or by a
 * run racing us); false when the token may not create labels, so the caller goes on without it.
 */
export async function ensureLabel(
  gh: GitHub,
  label: { name: string; color: string; description: string },
): Promise<boolean> {
  try {
    await gh.octokit.request('GET /repos/{owner}/{repo}/labels/{name}', {
      owner: gh.owner,
      repo: gh.repo,
      name: label.name,
    });
    return true;
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
  }
  try {
    await gh.octokit.request('POST /repos/{owner}/{repo}/labels', { owner: gh.owner, repo: gh.repo, ...label });
    return true;
  } catch (error) {
    const status = httpStatus(error);
    // 422 "already_exists": another run created it between our two calls.
    if (status === 422) return true;
    if (status === 403) return false;
    throw error;
  }
}
