import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
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
  /** GitHub asks for at least a second between writes (and GraphQL calls)... */
  writeSpacingMs: number;
  /** ...and the throttling plugin spaces writes that notify people (new comments) by three. */
  notificationSpacingMs: number;
  /** Retries of a 5xx or network failure. */
  retries: number;
  /** Retries of one request after a rate limit. */
  rateLimitRetries: number;
  /** A rate limit asking us to wait longer than this (in seconds) fails instead. */
  maxRetryAfterSeconds: number;
}

export const DEFAULT_TIMING: Timing = {
  backoffUnitMs: 1000,
  writeSpacingMs: 1000,
  notificationSpacingMs: 3000,
  retries: 3,
  rateLimitRetries: 3,
  maxRetryAfterSeconds: 120,
};

/** The same timing with every wait multiplied by `scale` (tests run with a small scale). */
export function scaledTiming(scale: number): Timing {
  const t = DEFAULT_TIMING;
  return {
    ...t,
    backoffUnitMs: t.backoffUnitMs * scale,
    writeSpacingMs: t.writeSpacingMs * scale,
    notificationSpacingMs: t.notificationSpacingMs * scale,
  };
}

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
      // The plugin's own queues, with our spacing; the defaults are the same numbers.
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: timing.writeSpacingMs }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: timing.notificationSpacingMs }),
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
    // The object form: the string form refuses `url` among the options (it takes them for variables).
    graphql: <T>(query: string, variables: Record<string, unknown>) =>
      octokit.graphql<T>({ query, ...variables, ...(graphqlUrl === undefined ? {} : { url: graphqlUrl }) }),
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
