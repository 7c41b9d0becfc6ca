import type { GitHub } from '../github/client.js';
import { searchMergedPullRequests } from '../github/search.js';
import { recordsFromComments, type CommentRecords, type PrCostComment } from '../period/comments.js';
import { previousPeriod, type Period } from '../period/resolve.js';
import { decodeCommentData } from './comment-data.js';
import { findOurComments } from './sticky.js';
import { mapLimit } from '../local/map-limit.js';

/**
 * `period-source: comments` (and `claude-cost period --source comments`): the sessions of merged
 * PRs, read back from the hidden data of their cost comments. Needs no checkout and no history.
 */
export interface CommentSourceRequest {
  period: Period;
  now: Date;
  /** The login whose comments are trusted: the identity the PR workflow comments as. */
  author: string;
  reportKey: string;
}

/** Comment listings in flight at once: enough to hide latency, few enough for GitHub's limits. */
const CONCURRENCY = 4;

export async function loadCommentRecords(gh: GitHub, request: CommentSourceRequest): Promise<CommentRecords> {
  const { period, now } = request;
  // From the previous period on, so the change column has data; up to now, because a session of
  // the period can be in a PR merged after it ended. Each PR costs one request at least, so the
  // baseline's longer history (records source) is not read here.
  const from = new Date(previousPeriod(period).startUtc);
  const to = new Date(Math.max(now.getTime(), Date.parse(period.endUtc) - 1000));
  const search = await searchMergedPullRequests(gh, { from, to });
  gh.log.info(`Merged pull requests from ${from.toISOString()} to ${to.toISOString()}: ${search.pulls.length}.`);

  const comments = await mapLimit(search.pulls, CONCURRENCY, async (pr): Promise<PrCostComment> => {
    const ours = await findOurComments(gh, { issue: pr.number, reportKey: request.reportKey, login: request.author });
    const newest = ours[ours.length - 1];
    return { pr, data: newest === undefined ? undefined : decodeCommentData(newest.body) };
  });
  const rebuilt = recordsFromComments(comments);
  const read = comments.filter((c) => c.data !== undefined).length;
  return {
    ...rebuilt,
    notes: [
      `Sessions come from the cost comments of ${read} of ${search.pulls.length} PRs merged from ${from.toISOString().slice(0, 10)} to ${to.toISOString().slice(0, 10)} (comments by ${request.author}); baselines from history cover those sessions only.`,
      ...search.notes,
      ...rebuilt.notes,
    ],
  };
}
