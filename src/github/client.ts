import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { VERSION } from '../version.js';

/**
 * The one Octokit of the Action, with the retry plugin (5xx, with backoff) and the throttling
 * plugin (primary and secondary rate limits, honouring `retry-after`). Both are set up here and
 * nowhere else; every other module in src/github/ takes a `GitHub` handle.
 */
const ActionOctokit = Octokit.plugin(paginateRest, retry, throttling);
export type ActionOctokitInstance = InstanceType<typeof ActionOctokit>;

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
}

export interface Timing {
  /** Milliseconds per unit of back-off: retry waits n² units, rate limits `retry-after` units. */
  backoffUnitMs: number;
  /** Retries of a 5xx or network failure. */
  retries: number;
  /** Retries of one request after a rate limit. */
  rateLimitRetries: number;
  /** A rate limit asking us to wait longer than this (in seconds) fails instead. */
  maxRetryAfterSeconds: number;
}

export const DEFAULT_TIMING: Timing = { backoffUnitMs: 1000, retries: 3, rateLimitRetries: 3, maxRetryAfterSeconds: 120 };

export interface GitHubOptions {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  baseUrl: string;
  /** GITHUB_GRAPHQL_URL; derived from baseUrl when unset. */
  graphqlUrl?: string | undefined;
  owner: string;
  repo: string;
  log: Logger;
  timing?: Partial<Timing>;
  /** Separates throttling queues of clients living in one process (tests). */
  throttleId?: string;
}

export interface GitHub {
  octokit: ActionOctokitInstance;
  owner: string;
  repo: string;
  graphql<T>(query: string, variables: Record<string, unknown>): Promise<T>;
  log: Logger;
}

export function createGitHub(options: GitHubOptions): GitHub {
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const { log } = options;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const what = `${request.method} ${request.url}`;
      if (retryCount < timing.rateLimitRetries && retryAfter <= timing.maxRetryAfterSeconds) {
        log.info(`GitHub ${kind} rate limit on ${what}: retrying after ${retryAfter}s`);
        return true;
      }
      log.warning(`GitHub ${kind} rate limit on ${what}: giving up after ${retryCount} retries`);
      return false;
    };
  const octokit = new ActionOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: `claude-cost-action/${VERSION}`,
    retry: { retries: timing.retries, retryAfterBaseValue: timing.backoffUnitMs },
    throttle: {
      id: options.throttleId ?? 'claude-cost',
      retryAfterBaseValue: timing.backoffUnitMs,
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
    },
    // Octokit logs every 4xx at warn level, including the 404s and 403s we handle ourselves.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
  const graphqlUrl = options.graphqlUrl;
  return {
    octokit,
    owner: options.owner,
    repo: options.repo,
    log,
    graphql: <T>(query: string, variables: Record<string, unknown>) =>
      octokit.graphql<T>(query, { ...variables, ...(graphqlUrl === undefined ? {} : { url: graphqlUrl }) }),
  };
}

/** The HTTP status of an Octokit error, or undefined for anything else. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/** A short description of an API failure, without echoing the response body. */
export function describeApiError(error: unknown): string {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message.split('\n')[0]?.slice(0, 200) : String(error).slice(0, 200);
  return status === undefined ? (message ?? 'unknown error') : `HTTP ${status}: ${message ?? ''}`;
}
