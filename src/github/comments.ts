import { type GitHub, httpStatus } from './client.js';

export interface IssueComment {
  id: number;
  /** GraphQL id, needed to minimize the comment. */
  nodeId: string;
  body: string;
  /** Login of the author; null for a deleted ("ghost") account. */
  author: string | null;
  url: string;
}

interface RestComment {
  id: number;
  node_id: string;
  body?: string | null;
  user: { login: string } | null;
  html_url: string;
}

function toComment(c: RestComment): IssueComment {
  return { id: c.id, nodeId: c.node_id, body: c.body ?? '', author: c.user?.login ?? null, url: c.html_url };
}

/** Every comment on the PR, all pages (100 per page, the API's maximum), oldest first. */
export async function listIssueComments(gh: GitHub, issue: number): Promise<IssueComment[]> {
  const comments = await gh.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: gh.owner,
    repo: gh.repo,
    issue_number: issue,
    per_page: 100,
  });
  return (comments as RestComment[]).map(toComment).sort((a, b) => a.id - b.id);
}

export async function createIssueComment(gh: GitHub, issue: number, body: string): Promise<IssueComment> {
  const { data } = await gh.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: gh.owner,
    repo: gh.repo,
    issue_number: issue,
    body,
  });
  return toComment(data as RestComment);
}

export async function updateIssueComment(gh: GitHub, id: number, body: string): Promise<IssueComment> {
  const { data } = await gh.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
    owner: gh.owner,
    repo: gh.repo,
    comment_id: id,
    body,
  });
  return toComment(data as RestComment);
}

/** False when the comment was already gone (another run racing us deleted it). */
export async function deleteIssueComment(gh: GitHub, id: number): Promise<boolean> {
  try {
    await gh.octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner: gh.owner,
      repo: gh.repo,
      comment_id: id,
    });
    return true;
  } catch (error) {
    if (httpStatus(error) === 404) return false;
    throw error;
  }
}

/**
 * Collapse comments as outdated. REST cannot minimize or tell whether a comment is minimized,
 * so both go through GraphQL; already-minimized comments are skipped, which keeps a PR with many
 * pushes from costing one mutation per old comment on every run.
 */
export async function minimizeComments(gh: GitHub, nodeIds: readonly string[]): Promise<number> {
  const open: string[] = [];
  for (let i = 0; i < nodeIds.length; i += 100) {
    const ids = nodeIds.slice(i, i + 100);
    const data = await gh.graphql<{ nodes: Array<{ id?: string; isMinimized?: boolean } | null> }>(
      'query claudeCostMinimized($ids: [ID!]!) { nodes(ids: $ids) { ... on IssueComment { id isMinimized } } }',
      { ids },
    );
    for (const node of data.nodes) if (node?.id !== undefined && node.isMinimized !== true) open.push(node.id);
  }
  for (const id of open) {
    await gh.graphql(
      'mutation claudeCostMinimize($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }',
      { id },
    );
  }
  return open.length;
}
