import type { GitHub } from '../github/client.js';
import { httpStatus } from '../github/client.js';
import {
  createIssueComment,
  deleteIssueComment,
  listIssueComments,
  minimizeComments,
  updateIssueComment,
  type IssueComment,
} from '../github/comments.js';
import { sameLogin } from '../github/identity.js';
import type { CommentMode } from '../inputs.js';
import { markerFor, sameContent } from './comment-body.js';

export interface StickyTarget {
  issue: number;
  reportKey: string;
  /** Our own login: only comments it wrote are ever adopted, edited or removed. */
  login: string;
}

/** Our comments for this report key, oldest first. Another author's copy of the marker is ignored. */
export async function findOurComments(gh: GitHub, target: StickyTarget): Promise<IssueComment[]> {
  const marker = markerFor(target.reportKey);
  const all = await listIssueComments(gh, target.issue);
  return all.filter((c) => sameLogin(c.author, target.login) && c.body.startsWith(marker));
}

export interface StickyResult {
  comment: IssueComment;
  action: 'created' | 'updated' | 'unchanged';
}

export interface Bodies {
  full: string;
  /** Used when GitHub answers 422 to the full body (too long by its own count). */
  minimal: string;
}

/**
 * Post the report as the mode says, so that however many runs race on one PR, exactly one of
 * our comments is left visible:
 *
 * - `update` keeps the OLDEST of our comments and edits it. Two runs that both found none both
 *   create one; each then lists again and deletes every one of ours but the oldest (and, if the
 *   oldest is not its own, writes its body there). Both runs converge on the same survivor.
 * - `hide-and-new` / `delete-and-new` create first (so there is never a moment with no report),
 *   then hide or delete every one of ours but the NEWEST, by the same converging rule.
 * - `new` creates one per run and leaves the others alone.
 * - In every mode a body whose content equals the current comment's is not posted again.
 */
export async function upsertSticky(
  gh: GitHub,
  target: StickyTarget,
  mode: Exclude<CommentMode, 'off'>,
  existing: readonly IssueComment[],
  bodies: Bodies,
): Promise<StickyResult> {
  const current = mode === 'update' ? existing[0] : existing[existing.length - 1];
  if (current !== undefined && sameContent(current.body, bodies.full)) {
    if (mode === 'update') await removeDuplicates(gh, existing, current.id);
    return { comment: current, action: 'unchanged' };
  }
  if (mode === 'update' && current !== undefined) {
    const updated = await withShorterOn422(bodies, (body) => updateIssueComment(gh, current.id, body));
    await removeDuplicates(gh, existing, current.id);
    return { comment: updated, action: 'updated' };
  }
  const created = await withShorterOn422(bodies, (body) => createIssueComment(gh, target.issue, body));
  if (mode === 'new') return { comment: created, action: 'created' };

  // Settle races: list again, now that our own comment exists.
  const ours = await findOurComments(gh, target);
  if (!ours.some((c) => c.id === created.id)) ours.push(created);
  ours.sort((a, b) => a.id - b.id);
  if (mode === 'update') {
    const survivor = ours[0] ?? created;
    await removeDuplicates(gh, ours, survivor.id);
    if (survivor.id === created.id) return { comment: created, action: 'created' };
    const updated = sameContent(survivor.body, bodies.full)
      ? survivor
      : await withShorterOn422(bodies, (body) => updateIssueComment(gh, survivor.id, body));
    return { comment: updated, action: 'updated' };
  }
  const survivor = ours[ours.length - 1] ?? created;
  const older = ours.filter((c) => c.id !== survivor.id);
  if (mode === 'hide-and-new')
    await minimizeComments(
      gh,
      older.map((c) => c.nodeId),
    );
  else for (const c of older) await deleteIssueComment(gh, c.id);
  return { comment: survivor, action: 'created' };
}

async function removeDuplicates(gh: GitHub, comments: readonly IssueComment[], keepId: number): Promise<void> {
  for (const c of comments) if (c.id !== keepId) await deleteIssueComment(gh, c.id);
}

async function withShorterOn422(bodies: Bodies, post: (body: string) => Promise<IssueComment>): Promise<IssueComment> {
  try {
    return await post(bodies.full);
  } catch (error) {
    // 422 "Body is too long": GitHub's count differs from ours (it may count bytes or
    // normalise line endings). The minimal body keeps the headline and the verdict.
    if (httpStatus(error) !== 422 || bodies.minimal === bodies.full) throw error;
    return post(bodies.minimal);
  }
}
