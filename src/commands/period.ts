import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadCommentRecords } from '../action/comments-source.js';
import { ACTIONS_BOT_LOGIN } from '../github/identity.js';
import { createGitHub, describeApiError, httpStatus, scaledTiming } from '../github/client.js';
import type { Skipped } from '../ingest/types.js';
import { UnreadablePathError } from '../ingest/walk.js';
import { originRepository } from '../local/git-history.js';
import { repoRoot } from '../local/git.js';
import { attributionSince, buildPeriodReport } from '../period/build.js';
import { writePeriodFiles } from '../period/files.js';
import { loadPeriodRecords } from '../period/load.js';
import { PeriodSpecError, resolvePeriod, type Period, type PeriodSpec } from '../period/resolve.js';
import type { AttributedRecord, PeriodReport } from '../period/types.js';
import { renderPeriodHtml } from '../render/html.js';
import { renderSessionsNdjson } from '../render/ndjson.js';
import { renderSessionsCsv } from '../render/period-csv.js';
import { renderPeriodJson } from '../render/period-json.js';
import { renderPeriodMarkdown } from '../render/period-markdown.js';
import { GENERATOR } from '../version.js';
import { EXIT, UsageError } from './errors.js';
import type { CommandIo } from './io.js';
import { parseCommandArgs } from './options.js';
import { priceBookFrom } from './pricing-file.js';
import { loadConfig } from './config-file.js';

export const PERIOD_FORMATS = ['markdown', 'json', 'csv', 'ndjson', 'html'] as const;
export type PeriodFormat = (typeof PERIOD_FORMATS)[number];
export const PERIOD_SOURCES = ['records', 'comments'] as const;

export const PERIOD_HELP = `Usage: claude-cost period [PERIOD] [options]

The team report for a month or a week: totals; spend by developer, model, task kind and week;
top sessions and PRs; budget overruns; scoped vs open-ended sessions against the baseline;
advice; outliers; and the change against the previous period. Sessions come from the committed
session records and are attributed to their PRs through git history (squash and merge commits).

PERIOD is a month (2026-10) or an ISO week (2026-W44). Default: the previous calendar month.

Options:
  --source SOURCE        records (default): the committed session records, attributed to PRs
                         through git history; or comments: the hidden data of the cost comments
                         on PRs merged since the previous period began, read from GitHub (needs
                         GITHUB_TOKEN; GITHUB_API_URL for GitHub Enterprise Server)
  --since DATE           first day of a custom period (YYYY-MM-DD), instead of PERIOD
  --until DATE           last day of it, inclusive (default: today)
  --time-zone ZONE       the IANA time zone days and weeks are counted in (default: the
                         config's period.timeZone, else UTC)
  --records DIR          the session records (default: .claude-cost/sessions at the top of the
                         git repository)
  --ref REF              the commit whose history attributes records to PRs (default: HEAD)
  --config FILE          the team policy (default: .github/claude-cost.yml at the top of the git
                         repository, when it exists; otherwise the built-in defaults)
  --daily-limit-usd N    flag developer-days that cost more than N US dollars
  --daily-limit-tokens N flag developer-days that used more than N tokens
  --repository O/NAME    the repository named in sessions.ndjson, and read with --source comments
                         (default: the GitHub origin remote)
  --comment-author LOGIN with --source comments, whose comments are read (default:
                         github-actions[bot], who posts them with the Actions token)
  --report-key KEY       with --source comments, the report key of the comments (default: default)
  --format FORMAT        markdown (default), json, csv, ndjson (one session per line) or html
  --out DIR              also write report.md, report.json, sessions.csv, sessions.ndjson and
                         report.html into DIR; without --format, print their paths instead
  --pricing-file FILE    a price book (JSON) that overrides or extends the shipped one
  -h, --help             show this help

Exit codes: 0 success, 2 bad usage, an unreadable path, an invalid config or a GitHub API error.
`;

export async function periodCommand(argv: string[], io: CommandIo, now: Date = new Date()): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    since: { type: 'string' },
    until: { type: 'string' },
    'time-zone': { type: 'string' },
    records: { type: 'string' },
    ref: { type: 'string' },
    config: { type: 'string' },
    'daily-limit-usd': { type: 'string' },
    'daily-limit-tokens': { type: 'string' },
    repository: { type: 'string' },
    source: { type: 'string' },
    'comment-author': { type: 'string' },
    'report-key': { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    'pricing-file': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(PERIOD_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError('give at most one PERIOD');
  const spec = periodSpec(positionals[0], values.since, values.until);
  const format = periodFormat(values.format);
  if (values.repository !== undefined && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(values.repository)) {
    throw new UsageError('--repository must be OWNER/NAME');
  }
  const flagLimit = {
    usd: limit('--daily-limit-usd', values['daily-limit-usd']),
    tokens: limit('--daily-limit-tokens', values['daily-limit-tokens']),
  };
  const source = periodSource(values.source);
  if (source === 'comments' && (values.records !== undefined || values.ref !== undefined)) {
    throw new UsageError('--records and --ref read committed records; leave them out with --source comments');
  }
  const recordsDir =
    source === 'comments'
      ? undefined
      : values.records !== undefined
        ? resolve(io.cwd, values.records)
        : await defaultRecordsDir(io.cwd);
  const root = (recordsDir === undefined ? undefined : await repoRoot(recordsDir)) ?? (await repoRoot(io.cwd));
  // Next to the records' repository when they are elsewhere.
  const { config } = await loadConfig(values.config, io.cwd, root);
  // Flags override the config's `period` settings.
  const dailyLimit = {
    usd: flagLimit.usd ?? config.period.dailyLimit.usd,
    tokens: flagLimit.tokens ?? config.period.dailyLimit.tokens,
  };
  let period;
  try {
    period = resolvePeriod(spec, values['time-zone'] ?? config.period.timeZone, now);
  } catch (error) {
    if (error instanceof PeriodSpecError) throw new UsageError(error.message);
    throw error;
  }
  const book = await priceBookFrom(values['pricing-file'], config.pricing);
  const repository = values.repository ?? (root === undefined ? null : await originRepository(root));
  let loaded: { records: AttributedRecord[]; notes: string[]; skipped: Skipped[] };
  if (recordsDir === undefined) {
    if (repository === null) throw new UsageError('--source comments needs --repository OWNER/NAME');
    loaded = await readComments(repository, period, now, io, values);
  } else {
    try {
      loaded = await loadPeriodRecords(recordsDir, { ref: values.ref, since: attributionSince(period, config) });
    } catch (error) {
      if (error instanceof UnreadablePathError) throw new UsageError(`--records ${error.message}`);
      throw error;
    }
  }
  const report = buildPeriodReport({
    records: loaded.records,
    period,
    config,
    book,
    generator: GENERATOR,
    dailyLimit,
    repository,
    notes: loaded.notes,
    skipped: loaded.skipped,
  });

  if (values.out !== undefined) {
    const paths = await writePeriodFiles(resolve(io.cwd, values.out), report);
    if (values.format === undefined) {
      for (const path of Object.values(paths)) io.stdout(`${relative(io.cwd, path) || path}\n`);
      return EXIT.ok;
    }
  }
  io.stdout(renderPeriod(report, format));
  return EXIT.ok;
}

export function renderPeriod(report: PeriodReport, format: PeriodFormat): string {
  switch (format) {
    case 'markdown':
      return renderPeriodMarkdown(report);
    case 'json':
      return renderPeriodJson(report);
    case 'csv':
      return renderSessionsCsv(report);
    case 'ndjson':
      return renderSessionsNdjson(report);
    case 'html':
      return renderPeriodHtml(report);
  }
}

function periodSpec(positional: string | undefined, since: string | undefined, until: string | undefined): PeriodSpec {
  if (positional !== undefined && (since !== undefined || until !== undefined)) {
    throw new UsageError('give PERIOD or --since/--until, not both');
  }
  if (until !== undefined && since === undefined) throw new UsageError('--until needs --since');
  return since !== undefined ? { since, until } : positional;
}

function periodSource(value: string | undefined): (typeof PERIOD_SOURCES)[number] {
  const source = value ?? 'records';
  if (!(PERIOD_SOURCES as readonly string[]).includes(source)) {
    throw new UsageError(`--source must be one of ${PERIOD_SOURCES.join(', ')} (got "${source.slice(0, 40)}")`);
  }
  return source as (typeof PERIOD_SOURCES)[number];
}

/**
 * `--source comments`: the only part of the CLI that talks to GitHub. The token and the API's
 * address come from the environment, as in gh and the Actions runner; nothing is written.
 */
async function readComments(
  repository: string,
  period: Period,
  now: Date,
  io: CommandIo,
  values: { 'comment-author'?: string | undefined; 'report-key'?: string | undefined },
) {
  const token = io.env.GITHUB_TOKEN ?? '';
  if (token === '') {
    throw new UsageError(
      '--source comments reads GitHub: set GITHUB_TOKEN (for example GITHUB_TOKEN=$(gh auth token))',
    );
  }
  const [owner = '', repo = ''] = repository.split('/');
  // CLAUDE_COST_API_TIME_SCALE (0 to 1) shortens API waits, as in the Action: for tests.
  const scale = Number(io.env.CLAUDE_COST_API_TIME_SCALE ?? 'NaN');
  const gh = createGitHub({
    token,
    baseUrl: (io.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    owner,
    repo,
    log: { info: () => {}, warning: (message) => io.stderr(`claude-cost: ${message}\n`) },
    timing: scale >= 0 && scale <= 1 ? scaledTiming(scale) : undefined,
  });
  try {
    return await loadCommentRecords(gh, {
      period,
      now,
      author: values['comment-author'] ?? ACTIONS_BOT_LOGIN,
      reportKey: values['report-key'] ?? 'default',
    });
  } catch (error) {
    if (httpStatus(error) === undefined) throw error;
    throw new UsageError(`reading ${repository} from GitHub failed: ${describeApiError(error)}`);
  }
}

function periodFormat(value: string | undefined): PeriodFormat {
  const format = value ?? 'markdown';
  if (!(PERIOD_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${PERIOD_FORMATS.join(', ')} (got "${format.slice(0, 40)}")`);
  }
  return format as PeriodFormat;
}

function limit(flag: string, value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new UsageError(`${flag} must be a number of at least 0 (got "${value.slice(0, 40)}")`);
  return n;
}

async function defaultRecordsDir(cwd: string): Promise<string> {
  const dir = join((await repoRoot(cwd)) ?? cwd, '.claude-cost', 'sessions');
  if (!existsSync(dir)) throw new UsageError(`${dir} does not exist; pass --records DIR`);
  return dir;
}
