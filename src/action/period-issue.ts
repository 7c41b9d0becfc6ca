import type { GitHub } from '../github/client.js';
import { httpStatus } from '../github/client.js';
import { sameLogin } from '../github/identity.js';
import { createIssue, ensureLabel, listIssues, updateIssue, type Issue } from '../github/issues.js';
import { sameContent } from './comment-body.js';

/** The label period issues carry: with the marker and our login, how a rerun finds its issue. */
export const PERIOD_LABEL = {
  name: 'claude-cost',
  color: 'd97757',
  description: 'Claude Code cost reports (claude-cost)',
} as const;

export interface PeriodIssueRequest {
  /** The hidden marker the body starts with: one issue per period and time zone. */
  marker: string;
  title: string;
  body: string;
  /** Sent when GitHub answers 422 to `body` (too long by its own count). */
  minimalBody: string;
  /** Our own login: only issues it opened are ever adopted or edited. */
  login: string;
}

export interface PeriodIssueResult {
  issue: Issue;
  action: 'created' | 'updated' | 'unchanged';
  /** False when the token may not create the label: the issue is then found by its author. */
  labelled: boolean;
}

/**
 * One issue per period, edited on every rerun. Like the sticky comment, the OLDEST of our issues
 * with the marker is the one kept: two runs that both found none both create one, list again,
 * and converge on the same survivor; the other is closed (issues cannot be deleted with an
 * Actions token). A body whose content is unchanged is not sent again.
 */
export async function upsertPeriodIssue(gh: GitHub, request: PeriodIssueRequest): Promise<PeriodIssueResult> {
  const labelled = await ensureLabel(gh, PERIOD_LABEL);
  const existing = await findPeriodIssues(gh, request, labelled);
  const current = existing[0];
  if (current !== undefined) {
    const result = await bringUpToDate(gh, current, request, labelled);
    await closeDuplicates(gh, existing, current.number);
    return { ...result, labelled };
  }
  const created = await withShorterOn422(request, (body) =>
    createIssue(gh, { title: request.title, body, labels: labelled ? [PERIOD_LABEL.name] : [] }),
  );
  const ours = await findPeriodIssues(gh, request, labelled);
  if (!ours.some((i) => i.number === created.number)) ours.push(created);
  ours.sort((a, b) => a.number - b.number);
  const survivor = ours[0] ?? created;
  await closeDuplicates(gh, ours, survivor.number);
  if (survivor.number === created.number) return { issue: created, action: 'created', labelled };
  return { ...(await bringUpToDate(gh, survivor, request, labelled)), labelled };
}

/** Our issues for this period, oldest first. Another author's copy of the marker is ignored. */
export async function findPeriodIssues(
  gh: GitHub,
  request: Pick<PeriodIssueRequest, 'marker' | 'login'>,
  labelled: boolean,
): Promise<Issue[]> {
  const listed = await listIssues(gh, labelled ? { label: PERIOD_LABEL.name } : { creator: request.login });
  return listed.filter((i) => sameLogin(i.author, request.login) && i.body.startsWith(request.marker));
}

async function bringUpToDate(
  gh: GitHub,
  issue: Issue,
  request: PeriodIssueRequest,
  labelled: boolean,
): Promise<Omit<PeriodIssueResult, 'labelled'>> {
  // An issue opened while the label could not be created gets it now, so later runs find it by label.
  const missingLabel = labelled && !issue.labels.some((l) => l.toLowerCase() === PERIOD_LABEL.name);
  if (sameContent(issue.body, request.body) && issue.title === request.title && !missingLabel) {
    return { issue, action: 'unchanged' };
  }
  const updated = await withShorterOn422(request, (body) =>
    updateIssue(gh, issue.number, {
      title: request.title,
      body,
      ...(missingLabel ? { labels: [...issue.labels, PERIOD_LABEL.name] } : {}),
    }),
  );
  return { issue: updated, action: 'updated' };
}

async function closeDuplicates(gh: GitHub, issues: readonly Issue[], keep: number): Promise<void> {
  for (const issue of issues) {
    if (issue.number !== keep && issue.state === 'open') {
      await updateIssue(gh, issue.number, { state: 'closed', state_reason: 'not_planned' });
    }
  }
}

async function withShorterOn422(request: PeriodIssueRequest, post: (body: string) => Promise<Issue>): Promise<Issue> {
  try {
    return await post(request.body);
  } catch (error) {
    if (httpStatus(error) !== 422 || request.minimalBody === request.body) throw error;
    return post(request.minimalBody);
  }
}
