import type { PeriodSpec } from './period/resolve.js';

/**
 * The Action's inputs, read once and validated into one typed object. A bad value throws
 * `InputError` naming the input and the allowed values, before anything is read or posted.
 */

export const MODES = ['auto', 'pr', 'period'] as const;
export const SOURCES = ['auto', 'api', 'workspace'] as const;
export const COMMENT_MODES = ['update', 'new', 'hide-and-new', 'delete-and-new', 'off'] as const;
export const FAIL_ON = ['over-budget', 'warning', 'never'] as const;
export const PERIOD_SOURCES = ['records', 'comments'] as const;

export type Mode = (typeof MODES)[number];
export type Source = (typeof SOURCES)[number];
export type CommentMode = (typeof COMMENT_MODES)[number];
export type FailOn = (typeof FAIL_ON)[number];
export type PeriodSource = (typeof PERIOD_SOURCES)[number];

export interface Inputs {
  githubToken: string;
  mode: Mode;
  /** Globs relative to the repository root; a PR file is a record when it matches any. */
  records: string[];
  source: Source;
  /** Repository-relative path of the team policy file. */
  config: string;
  commentMode: CommentMode;
  /** Lets several reports share a PR: each key has its own sticky comment. */
  reportKey: string;
  failOn: FailOn;
  /** Repository-relative path of a price book that overrides or extends the shipped one. */
  pricingFile: string | undefined;
  /** mode: period. A month, an ISO week or a `since..until` range; undefined: the previous month. */
  period: PeriodSpec;
  /** Overrides the config's `period.timeZone`. */
  timeZone: string | undefined;
  periodSource: PeriodSource;
  /** Repository-relative directory of the committed session records. */
  recordsDir: string;
  /** Where the period files go; relative paths are under the workspace. Undefined: RUNNER_TEMP. */
  outputDir: string | undefined;
  /** The login whose PR comments the comments source trusts; undefined: the token's own. */
  commentAuthor: string | undefined;
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export const DEFAULT_RECORDS = '.claude-cost/sessions/**';
export const DEFAULT_CONFIG = '.github/claude-cost.yml';
export const DEFAULT_REPORT_KEY = 'default';
export const DEFAULT_RECORDS_DIR = '.claude-cost/sessions';

/** A GitHub login, or an app's bot login (`my-app[bot]`). */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
const RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})?$/;

/** The key goes into the hidden marker, so it is restricted to characters that cannot end it. */
const REPORT_KEY = /^[A-Za-z0-9._-]{1,64}$/;

/** `getInput` returns '' for an input that was not given (as @actions/core does). */
export function readInputs(getInput: (name: string) => string): Inputs {
  const get = (name: string): string => getInput(name).trim();
  const githubToken = get('github-token');
  if (githubToken === '') {
    throw new InputError('github-token is empty: pass ${{ github.token }} or a token with pull-requests: write');
  }
  const records = get('records')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  for (const glob of records) repositoryPath('records', glob);
  const reportKey = get('report-key') || DEFAULT_REPORT_KEY;
  if (!REPORT_KEY.test(reportKey)) {
    throw new InputError('report-key must be 1-64 letters, digits, ".", "_" or "-"');
  }
  const pricingFile = get('pricing-file');
  const outputDir = get('output-dir');
  const commentAuthor = get('comment-author');
  if (commentAuthor !== '' && !LOGIN.test(commentAuthor)) {
    throw new InputError(
      `comment-author must be a GitHub login such as github-actions[bot] (got "${commentAuthor.slice(0, 60)}")`,
    );
  }
  return {
    githubToken,
    mode: oneOf('mode', get('mode') || 'auto', MODES),
    records: records.length > 0 ? records : [DEFAULT_RECORDS],
    source: oneOf('source', get('source') || 'auto', SOURCES),
    config: repositoryPath('config', get('config') || DEFAULT_CONFIG),
    commentMode: oneOf('comment-mode', get('comment-mode') || 'update', COMMENT_MODES),
    reportKey,
    failOn: oneOf('fail-on', get('fail-on') || 'over-budget', FAIL_ON),
    pricingFile: pricingFile === '' ? undefined : repositoryPath('pricing-file', pricingFile),
    period: periodSpec(get('period')),
    timeZone: get('time-zone') || undefined,
    periodSource: oneOf('period-source', get('period-source') || 'records', PERIOD_SOURCES),
    recordsDir: repositoryPath('records-dir', get('records-dir') || DEFAULT_RECORDS_DIR),
    outputDir: outputDir === '' ? undefined : outputDir,
    commentAuthor: commentAuthor === '' ? undefined : commentAuthor,
  };
}

/**
 * `2026-10`, `2026-W44`, `2026-10-01..2026-10-15` (or `2026-10-01..`, up to today). Only the
 * shape is read here; the period resolver checks the dates once the time zone is known.
 */
function periodSpec(value: string): PeriodSpec {
  if (value === '') return undefined;
  const range = RANGE.exec(value);
  if (range !== null) return { since: range[1] ?? '', until: range[2] };
  return value;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`${name} must be one of ${allowed.join(', ')} (got "${value.slice(0, 40)}")`);
}

/**
 * Paths are read from the repository (workspace or API), so they must stay inside it: no
 * absolute paths, no `..` segments, no backslashes (which GitHub paths never contain).
 */
const EXAMPLE_PATHS: Record<string, string> = { records: DEFAULT_RECORDS, 'records-dir': DEFAULT_RECORDS_DIR };

function repositoryPath(name: string, value: string): string {
  const path = value.replace(/^\.\//, '');
  const segments = path.split('/');
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0') || segments.includes('..')) {
    throw new InputError(
      `${name} must be a path inside the repository, like ${EXAMPLE_PATHS[name] ?? DEFAULT_CONFIG} (got "${value.slice(0, 80)}")`,
    );
  }
  return path;
}
