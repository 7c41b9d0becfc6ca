import * as z from 'zod';
import type { GitHub } from './client.js';

/** The facts about a pull request the Action needs, from an event payload or the API. */
export interface PullRequestInfo {
  number: number;
  title: string;
  headSha: string;
  headRef: string;
  baseSha: string;
  labels: string[];
  /** The head lives in another repository: a `pull_request` run gets a read-only token. */
  isFork: boolean;
  /** Files the PR changes, when known; the files API lists at most 3,000. */
  changedFiles: number | undefined;
}

const sha = z.string().regex(/^[0-9a-f]{40}$/);
const clipped = (max: number) => z.string().transform((s) => s.slice(0, max));

/** The `pull_request` object of webhook payloads and of `GET /pulls/{n}` (same shape). */
export const PullRequestPayloadSchema = z.object({
  number: z.number().int().positive(),
  title: clipped(1024).default(''),
  head: z.object({
    sha,
    ref: clipped(255),
    repo: z.object({ full_name: z.string() }).nullable().optional(),
  }),
  base: z.object({ sha, repo: z.object({ full_name: z.string() }).nullable().optional() }),
  labels: z
    .array(z.object({ name: clipped(100) }))
    .default([])
    .transform((labels) => labels.slice(0, 100)),
  changed_files: z.number().int().nonnegative().optional(),
});

export function pullRequestInfo(payload: z.infer<typeof PullRequestPayloadSchema>): PullRequestInfo {
  const headRepo = payload.head.repo?.full_name;
  const baseRepo = payload.base.repo?.full_name;
  return {
    number: payload.number,
    title: payload.title,
    headSha: payload.head.sha,
    headRef: payload.head.ref,
    baseSha: payload.base.sha,
    labels: payload.labels.map((l) => l.name),
    // A deleted fork has no head repo: treat it as a fork (its token is read-only too).
    isFork: headRepo === undefined || headRepo !== baseRepo,
    changedFiles: payload.changed_files,
  };
}

export async function getPullRequest(gh: GitHub, number: number): Promise<PullRequestInfo> {
  const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
    owner: gh.owner,
    repo: gh.repo,
    pull_number: number,
  });
  return pullRequestInfo(PullRequestPayloadSchema.parse(data));
}

/**
 * The open PR whose head is `headSha` on `owner:branch`. A `workflow_run` payload lists its PRs
 * only when they come from this repository; for forks the head owner and branch find it.
 */
export async function findPullRequestByHead(
  gh: GitHub,
  head: { owner: string; branch: string; sha: string },
): Promise<number | undefined> {
  const pulls = await gh.octokit.paginate('GET /repos/{owner}/{repo}/pulls', {
    owner: gh.owner,
    repo: gh.repo,
    state: 'open',
    head: `${head.owner}:${head.branch}`,
    per_page: 100,
  });
  return (pulls as Array<{ number: number; head: { sha: string } }>).find((p) => p.head.sha === head.sha)?.number;
}

export interface PullRequestFile {
  path: string;
  status: string;
  /** Blob SHA at the PR head. */
  sha: string | null;
}

/**
 * The files the PR changes, all pages. GitHub stops this list at 3,000 files; callers compare
 * with `changedFiles` to tell the user when records may have been missed.
 */
export async function listPullRequestFiles(gh: GitHub, number: number): Promise<PullRequestFile[]> {
  const files = await gh.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
    owner: gh.owner,
    repo: gh.repo,
    pull_number: number,
    per_page: 100,
  });
  return (files as Array<{ filename: string; status: string; sha?: string | null }>).map((f) => ({
    path: f.filename,
    status: f.status,
    sha: f.sha ?? null,
  }));
}

/** The API's cap on `listPullRequestFiles`. */
export const PULL_REQUEST_FILES_LIMIT = 3000;
