import * as z from 'zod';
import type { GitHub } from './client.js';

/** A pull request merged into this repository, as the search API lists it. */
export interface MergedPullRequest {
  number: number;
  title: string;
  /** The head branch's name. */
  branch: string | null;
  mergedAt: string;
  /** The commit the merge made on the base branch (a squash, merge or rebase commit). */
  mergeCommit: string | null;
}

/** GitHub search returns at most 1,000 results per query, however many it counts. */
export const SEARCH_RESULT_LIMIT = 1000;
const PAGE_SIZE = 100;

const SEARCH_QUERY = `query claudeCostMergedPulls($q: String!, $after: String) {
  search(query: $q, type: ISSUE, first: ${PAGE_SIZE}, after: $after) {
    issueCount
    pageInfo { hasNextPage endCursor }
    nodes { ... on PullRequest { number title headRefName mergedAt mergeCommit { oid } } }
  }
}`;

const PullNodeSchema = z.object({
  number: z.number().int().positive(),
  title: z.string().transform((s) => s.slice(0, 1024)),
  headRefName: z.string().max(255).nullable().optional(),
  mergedAt: z.iso.datetime({ offset: true }),
  mergeCommit: z
    .object({ oid: z.string().regex(/^[0-9a-f]{40}$/) })
    .nullable()
    .optional(),
});

const SearchSchema = z.object({
  search: z.object({
    issueCount: z.number().int().nonnegative(),
    pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() }),
    // Anything that is not a pull request comes back as an empty object: dropped below.
    nodes: z.array(z.unknown().nullable()),
  }),
});

export interface MergedSearch {
  pulls: MergedPullRequest[];
  /** Facts about the search (how it was split, what it could not reach), for the data notes. */
  notes: string[];
}

/**
 * Every pull request merged between `from` and `to` (both inclusive, whole seconds), all pages.
 * A query that counts more than 1,000 results is split in two halves of its date range, and the
 * halves again, until each part can be read in full.
 */
export async function searchMergedPullRequests(gh: GitHub, range: { from: Date; to: Date }): Promise<MergedSearch> {
  const found = new Map<number, MergedPullRequest>();
  const notes: string[] = [];
  let parts = 0;
  const read = async (from: number, to: number): Promise<void> => {
    const q = `repo:${gh.owner}/${gh.repo} is:pr is:merged merged:${stamp(from)}..${stamp(to)}`;
    let page = await searchPage(gh, q, null);
    if (page.issueCount > SEARCH_RESULT_LIMIT) {
      if (to - from >= 1) {
        const middle = from + Math.floor((to - from) / 2);
        await read(from, middle);
        await read(middle + 1, to);
        return;
      }
      notes.push(
        `${page.issueCount} pull requests were merged within the second ${stamp(from)}; GitHub search lists only ${SEARCH_RESULT_LIMIT} of them.`,
      );
    }
    parts++;
    for (;;) {
      for (const pull of page.pulls) found.set(pull.number, pull);
      if (!page.hasNextPage || page.endCursor === null) break;
      page = await searchPage(gh, q, page.endCursor);
    }
  };
  await read(Math.floor(range.from.getTime() / 1000), Math.floor(range.to.getTime() / 1000));
  if (parts > 1) {
    notes.push(
      `More than ${SEARCH_RESULT_LIMIT} merged pull requests matched, more than one GitHub search returns; the date range was read in ${parts} parts.`,
    );
  }
  const pulls = [...found.values()].sort((a, b) => (a.mergedAt < b.mergedAt ? -1 : a.mergedAt > b.mergedAt ? 1 : 0));
  return { pulls, notes };
}

interface SearchPage {
  issueCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  pulls: MergedPullRequest[];
}

async function searchPage(gh: GitHub, q: string, after: string | null): Promise<SearchPage> {
  const data = SearchSchema.parse(await gh.graphql<unknown>(SEARCH_QUERY, { q, after }));
  const pulls: MergedPullRequest[] = [];
  for (const node of data.search.nodes) {
    const parsed = PullNodeSchema.safeParse(node);
    if (!parsed.success) continue;
    const p = parsed.data;
    pulls.push({
      number: p.number,
      title: p.title,
      branch: p.headRefName ?? null,
      mergedAt: p.mergedAt,
      mergeCommit: p.mergeCommit?.oid ?? null,
    });
  }
  const { issueCount, pageInfo } = data.search;
  return { issueCount, hasNextPage: pageInfo.hasNextPage, endCursor: pageInfo.endCursor, pulls };
}

/** Search takes `YYYY-MM-DDTHH:MM:SS+00:00`: https://docs.github.com/search-github/getting-started-with-searching-on-github/understanding-the-search-syntax#query-for-dates */
function stamp(seconds: number): string {
  return `${new Date(seconds * 1000).toISOString().slice(0, 19)}+00:00`;
}
