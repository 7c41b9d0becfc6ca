import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { priceBookFrom } from '../commands/pricing-file.js';
import { readConfigFile } from '../commands/config-file.js';
import { describeApiError, httpStatus, type GitHub } from '../github/client.js';
import { authenticatedLogin } from '../github/identity.js';
import type { Inputs } from '../inputs.js';
import { InputError } from '../inputs.js';
import {
  attributionSince,
  buildPeriodReport,
  loadPeriodRecords,
  PeriodSpecError,
  periodMarker,
  periodTitle,
  renderPeriodMarkdown,
  resolvePeriod,
  writePeriodFiles,
  type AttributedRecord,
  type Period,
  type PeriodReport,
} from '../period/index.js';
import { defaultConfig, type Config } from '../policy/config.js';
import type { Skipped } from '../ingest/types.js';
import { GENERATOR } from '../version.js';
import { runLine } from './comment-body.js';
import { loadCommentRecords } from './comments-source.js';
import type { RunContext } from './context.js';
import type { ActionIo, Outcome } from './io.js';
import { issueNotPermitted, shallowCheckout } from './messages.js';
import { upsertPeriodIssue, type PeriodIssueResult } from './period-issue.js';
import { localRepoFile, type RepoFileSource } from './repo-files.js';

export interface PeriodRun {
  inputs: Inputs;
  context: RunContext;
  gh: GitHub;
  io: ActionIo;
  now?: Date;
}

interface Loaded {
  records: AttributedRecord[];
  notes: string[];
  skipped: Skipped[];
}

/**
 * The period flow: config → period → sessions → report → files → issue → summary → outputs.
 * Everything that can be wrong with the configuration fails before the issue is touched.
 */
export async function runPeriod(run: PeriodRun): Promise<Outcome> {
  const { inputs, context, gh, io } = run;
  const now = run.now ?? new Date();
  const login = authenticatedLogin(gh);
  login.catch(() => {});

  const checkout = existsSync(join(context.workspace, '.git'));
  if (inputs.periodSource === 'records' && !checkout) {
    throw new InputError(
      'period-source records reads the checkout: add actions/checkout with fetch-depth: 0 before claude-cost, or use period-source: comments',
    );
  }
  const work = await mkdtemp(join(context.runnerTemp, 'claude-cost-'));
  // Without a checkout (the comments source needs none) the settings are read through the API,
  // from the default branch.
  const settings: RepoFileSource = checkout
    ? { kind: 'workspace', workspace: context.workspace }
    : { kind: 'api', gh, ref: undefined, stageDir: join(work, 'settings') };
  const configFile = await localRepoFile(settings, inputs.config, 'config');
  const config = configFile === undefined ? defaultConfig() : await readConfigFile(configFile, inputs.config);
  const pricingFile =
    inputs.pricingFile === undefined ? undefined : await localRepoFile(settings, inputs.pricingFile, 'pricing-file');
  if (inputs.pricingFile !== undefined && pricingFile === undefined) {
    throw new Error(`pricing-file ${inputs.pricingFile} was not found in the repository`);
  }
  const book = await priceBookFrom(pricingFile, config.pricing);
  const period = periodOf(inputs, config, now);

  const loaded =
    inputs.periodSource === 'comments'
      ? await loadCommentRecords(gh, {
          period,
          now,
          author: inputs.commentAuthor ?? (await login),
          reportKey: inputs.reportKey,
        })
      : await loadCheckoutRecords(inputs, context, period, config, io);
  const report = buildPeriodReport({
    records: loaded.records,
    period,
    config,
    book,
    generator: GENERATOR,
    dailyLimit: config.period.dailyLimit,
    repository: `${context.owner}/${context.repo}`,
    notes: loaded.notes,
    skipped: loaded.skipped,
  });

  const shownDir = inputs.outputDir ?? join(context.runnerTemp, 'claude-cost-period');
  const outputDir = isAbsolute(shownDir) ? shownDir : resolve(context.workspace, shownDir);
  await writePeriodFiles(outputDir, report);
  io.info(
    `Period ${period.label} (${period.timeZone}, source: ${inputs.periodSource}): ${report.totals.sessions} sessions; files in ${shownDir}.`,
  );

  const notices: string[] = [];
  let issue: PeriodIssueResult | undefined;
  let issueError: unknown;
  if (inputs.commentMode !== 'off') {
    try {
      issue = await upsertPeriodIssue(gh, issueRequest(report, await login, context.runUrl));
      io.info(`Issue ${issue.action}: ${issue.issue.url}`);
      if (!issue.labelled) {
        io.warning(
          'The token may not create the "claude-cost" label, so the issue was filed without it and is found again by its author alone; create the label once to find it by label too.',
        );
      }
    } catch (error) {
      if (httpStatus(error) === 403) {
        const notice = issueNotPermitted(shownDir);
        io.warning(`${notice} (${describeApiError(error)})`);
        notices.push(notice);
      } else {
        issueError = error;
      }
    }
  }

  await io.appendSummary(
    [renderPeriodMarkdown(report).trimEnd(), ...notices.map((n) => `> [!WARNING]\n> ${n}`)].join('\n\n') + '\n',
  );
  const t = report.totals;
  io.setOutput('total-cost-usd', t.costUsd.toFixed(6));
  io.setOutput('total-tokens', String(t.totalTokens));
  io.setOutput('cache-hit-rate', t.cacheHitRate === null ? '' : t.cacheHitRate.toFixed(4));
  io.setOutput('issue-number', issue === undefined ? '' : String(issue.issue.number));
  // The directory of the five files: what an artifact upload wants (report.json is inside it).
  io.setOutput('report-path', outputDir);
  if (issueError !== undefined) throw issueError;
  return { failure: undefined };
}

function periodOf(inputs: Inputs, config: Config, now: Date): Period {
  try {
    return resolvePeriod(inputs.period, inputs.timeZone ?? config.period.timeZone, now);
  } catch (error) {
    if (!(error instanceof PeriodSpecError)) throw error;
    const input = error.message.includes('time zone') ? 'time-zone' : 'period';
    const message = error.message
      .replace('use --since/--until', 'a range such as 2026-10-01..2026-10-15')
      .replace(/--since/g, "the range's first day")
      .replace(/--until/g, "the range's last day");
    throw new InputError(`${input}: ${message}`);
  }
}

/** The records on the checked-out branch, attributed to their PRs through its history. */
async function loadCheckoutRecords(
  inputs: Inputs,
  context: RunContext,
  period: Period,
  config: Config,
  io: ActionIo,
): Promise<Loaded> {
  const dir = join(context.workspace, inputs.recordsDir);
  if (!existsSync(dir)) {
    return {
      records: [],
      notes: [`${inputs.recordsDir} does not exist on the checked-out branch: no session records yet.`],
      skipped: [],
    };
  }
  const notes: string[] = [];
  if (existsSync(join(context.workspace, '.git', 'shallow'))) {
    io.warning(shallowCheckout());
    notes.push(shallowCheckout());
  }
  const loaded = await loadPeriodRecords(dir, {
    repoDir: context.workspace,
    root: context.workspace,
    since: attributionSince(period, config),
  });
  return { records: loaded.records, notes: [...notes, ...loaded.notes], skipped: loaded.skipped };
}

function issueRequest(report: PeriodReport, login: string, runUrl: string | undefined) {
  const marker = periodMarker(report);
  const footer = runUrl === undefined ? [] : [runLine(runUrl)];
  const body = (markdown: string) => `${[marker, markdown.trimEnd(), ...footer].join('\n\n')}\n`;
  return {
    marker,
    title: periodTitle(report),
    body: body(renderPeriodMarkdown(report)),
    minimalBody: body(renderPeriodMarkdown(report, { maxRows: 2 })),
    login,
  };
}
