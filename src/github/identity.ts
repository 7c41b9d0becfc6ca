import { type GitHub, describeApiError } from './client.js';

/** The login that authors comments made with the Actions token. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/**
 * The login our comments will carry, so the sticky comment is only ever one we wrote.
 *
 * - A personal access token (or a user-to-server token) answers `GET /user`.
 * - Installation tokens (the Actions `GITHUB_TOKEN`, a GitHub App's token) get 403 "Resource
 *   not accessible by integration" there, but the GraphQL `viewer` returns the app's bot login
 *   (`github-actions[bot]`, `my-app[bot]`), the same login the REST API shows on its comments.
 * - If both fail (GraphQL disabled by a proxy, say), assume the Actions token: that is what
 *   `github-token` defaults to. A wrong guess only means we create a new comment, never that
 *   we adopt someone else's.
 */
export async function authenticatedLogin(gh: GitHub): Promise<string> {
  try {
    const { data } = await gh.octokit.request('GET /user');
    if (typeof data.login === 'string' && data.login !== '') return data.login;
  } catch {
    // Expected for installation tokens; try the next way.
  }
  try {
    const data = await gh.graphql<{ viewer?: { login?: unknown } }>('query claudeCostViewer { viewer { login } }', {});
    const login = data.viewer?.login;
    if (typeof login === 'string' && login !== '') return login;
  } catch (error) {
    gh.log.info(
      `Could not ask GitHub who the token belongs to (${describeApiError(error)}); assuming ${ACTIONS_BOT_LOGIN}`,
    );
  }
  return ACTIONS_BOT_LOGIN;
}

export function sameLogin(a: string | null | undefined, b: string): boolean {
  return typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
}
