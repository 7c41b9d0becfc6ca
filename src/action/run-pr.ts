import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeApiError, httpStatus, type GitHub } from '../github/client.js';
import { authenticatedLogin } from '../github/identity.js';
import { PULL_REQUEST_FILES_LIMIT, type PullRequestInfo } from '../github/pulls.js';
import type { Inputs } from '../inputs.js';
import { renderJson } from '../render/json.js';
import { budgetStatusOf, shouldFail } from './budget.js';
import {
  renderCommentBody,
  renderMinimalBody,
  renderNoRecordsBody,
  renderNoRecordsSummary,
  renderSummary,
} from './comment-body.js';
import { commentData, decodeCommentData, previousPush, renderChange } from './comment-data.js';
import type { RunContext } from './context.js';
import { globMatcher } from './glob.js';
import type { ActionIo, Outcome } from './io.js';
import { commentNotPermitted } from './messages.js';
import { buildActionReport } from './pipeline.js';
import { stageRecordsFromApi } from './records-api.js';
import { stageRecordsFromWorkspace } from './records-workspace.js';
import { localRepoFile, type RepoFileSource } from './repo-files.js';
import { newStage, RECORD_LIMITS, type RecordLimits } from './stage.js';
import { findOurComments, upsertSticky, type StickyResult } from './sticky.js';

export interface PrRun {
  inputs: Inputs;
  context: RunContext;
  pr: PullRequestInfo;
  gh: GitHub;
  io: ActionIo;
  limits?: RecordLimits;
}

/** The PR flow: find records → price → comment → summary → outputs → gate, in that order. */
export async function runPullRequest(run: PrRun): Promise<Outcome> {
  const { inputs, context, pr, gh, io } = run;
  const limits = run.limits ?? RECORD_LIMITS;
  // Resolved while the records are read; only needed to find our comment.
  const login = inputs.commentMode === 'off' ? Promise.resolve('') : authenticatedLogin(gh);
  login.catch(() => {});

  const work = await mkdtemp(join(context.runnerTemp, 'claude-cost-'));
  const stage = newStage(join(work, 'records'));
  await mkdir(stage.dir);
  const source = chooseSource(inputs, context, pr);
  const isRecord = globMatcher(inputs.records);
  if (source === 'api') await stageRecordsFromApi(gh, pr, isRecord, stage, limits);
  else await stageRecordsFromWorkspace(context.workspace, pr, isRecord, stage, limits);
  stage.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  io.info(`Records in this PR (source: ${source}): ${stage.files.length} read, ${stage.skipped.length} refused.`);

  const settings: RepoFileSource =
    source === 'api'
      ? { kind: 'api', gh, ref: pr.baseSha, stageDir: join(work, 'settings') }
      : { kind: 'workspace', workspace: context.workspace };
  const configFile = await localRepoFile(settings, inputs.config, 'config');
  const pricingFile =
    inputs.pricingFile === undefined ? undefined : await localRepoFile(settings, inputs.pricingFile, 'pricing-file');
  if (inputs.pricingFile !== undefined && pricingFile === undefined) {
    throw new Error(
      `pricing-file ${inputs.pricingFile} was not found in the repository${source === 'api' ? ' at the base commit' : ''}`,
    );
  }

  const { report, usage } = await buildActionReport({
    recordsDir: stage.dir,
    pricingFile,
    configFile,
    configName: inputs.config,
    pullRequest: { labels: pr.labels, branch: pr.headRef, title: pr.title },
    refused: stage.skipped,
    notes: stage.notes,
    // With a checkout, the records already merged measure the team's baseline.
    history:
      source === 'workspace'
        ? { dir: join(context.workspace, inputs.recordsDir), workspace: context.workspace }
        : undefined,
  });
  const noRecords = stage.files.length === 0 && stage.skipped.length === 0 && stage.notes.length === 0;
  const budgetStatus = budgetStatusOf(report);

  const notices: string[] = [];
  let posted: StickyResult | undefined;
  let change: string | undefined;
  let commentError: unknown;
  if (inputs.commentMode !== 'off') {
    try {
      const target = { issue: pr.number, reportKey: inputs.reportKey, login: await login };
      const existing = await findOurComments(gh, target);
      const newest = existing[existing.length - 1];
      const previous = previousPush(newest === undefined ? undefined : decodeCommentData(newest.body), pr.headSha);
      change = noRecords ? undefined : renderChange(previous, report.totals);
      const data = commentData(report, { headSha: pr.headSha, pullRequest: pr.number, budgetStatus, previous }, usage);
      const parts = { reportKey: inputs.reportKey, report, budgetStatus, change, data, runUrl: context.runUrl };
      const full = noRecords ? renderNoRecordsBody(parts) : renderCommentBody(parts);
      posted = await upsertSticky(gh, target, inputs.commentMode, existing, {
        full,
        minimal: noRecords ? full : renderMinimalBody(parts),
      });
      io.info(`Comment ${posted.action}: ${posted.comment.url}`);
    } catch (error) {
      if (httpStatus(error) === 403) {
        const notice = commentNotPermitted(pr, context.eventName);
        io.warning(`${notice} (${describeApiError(error)})`);
        notices.push(notice);
      } else {
        commentError = error;
      }
    }
  }

  await io.appendSummary(
    noRecords ? renderNoRecordsSummary(notices) : renderSummary(report, budgetStatus, change, notices),
  );
  const reportPath = join(work, `report-${inputs.reportKey}.json`);
  await writeFile(reportPath, renderJson(report));
  const t = report.totals;
  io.setOutput('total-cost-usd', t.costUsd.toFixed(6));
  io.setOutput('total-tokens', String(t.totalTokens));
  io.setOutput('cache-hit-rate', t.cacheHitRate === null ? '' : t.cacheHitRate.toFixed(4));
  io.setOutput('budget-status', budgetStatus);
  io.setOutput('comment-id', posted === undefined ? '' : String(posted.comment.id));
  io.setOutput('comment-url', posted?.comment.url ?? '');
  io.setOutput('report-path', reportPath);
  if (commentError !== undefined) throw commentError;

  if (noRecords) io.notice('No Claude Code sessions in this PR.');
  if (!shouldFail(budgetStatus, inputs.failOn)) return { failure: undefined };
  return {
    failure:
      budgetStatus === 'over'
        ? 'The Claude Code sessions in this PR are over budget (see the PR comment or the job summary).'
        : 'The Claude Code sessions in this PR reached the budget warning threshold, and fail-on is warning.',
  };
}

/**
 * `auto` reads through the API: it needs no checkout and never runs PR code. The one case the
 * API cannot serve is a PR of more than 3,000 files (the files list stops there); then a
 * checkout, if the workflow made one, is used instead.
 */
function chooseSource(inputs: Inputs, context: RunContext, pr: PullRequestInfo): 'api' | 'workspace' {
  if (inputs.source !== 'auto') return inputs.source;
  const tooManyFiles = (pr.changedFiles ?? 0) > PULL_REQUEST_FILES_LIMIT;
  // Under pull_request_target the checkout (if any) is the base, never the PR.
  const prCheckout = context.eventName !== 'pull_request_target' && existsSync(join(context.workspace, '.git'));
  return tooManyFiles && prCheckout ? 'workspace' : 'api';
}
