import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { priceBookFrom } from '../commands/pricing-file.js';
import { DEFAULT_LIMITS, ingestPaths } from '../ingest/index.js';
import type { Skipped } from '../ingest/types.js';
import { runPipeline } from '../pipeline.js';
import { defaultConfig } from '../policy/config.js';
import { readConfigFile } from '../commands/config-file.js';
import type { SessionRecord, UsageBucket } from '../records/schema.js';
import type { Report } from '../report/types.js';
import { GENERATOR } from '../version.js';
import { sessionKey, type SessionUsage } from './comment-data.js';

/**
 * The ONE place where the Action calls the shared pipeline (ingest → price → judge). The records
 * were staged already (checked, size-capped copies), so the pipeline reads only that directory.
 */
export interface ActionReportRequest {
  /** The staged copies of the PR's record files (see stage.ts); may be empty. */
  recordsDir: string;
  /** Local path of the price book override, already fetched or checked. */
  pricingFile: string | undefined;
  /** Local path of the team policy, or undefined when the repository has none. */
  configFile: string | undefined;
  /** The policy's path in the repository, for messages. */
  configName: string;
  pullRequest: { labels: string[]; branch: string; title: string };
  /** Files refused before the pipeline (symlinks, size caps), shown with the pipeline's own. */
  refused: Skipped[];
  notes: string[];
  /**
   * Merged records to measure the baseline from: the records directory of the checkout (workspace
   * source). The PR's own sessions are left out of the history by the policy. Only regular files
   * inside `workspace` are read.
   */
  history?: { dir: string; workspace: string } | undefined;
}

export interface ActionReport {
  report: Report;
  /** Each session's usage buckets, for the comment's hidden data. */
  usage: SessionUsage;
}

export async function buildActionReport(request: ActionReportRequest, now: Date = new Date()): Promise<ActionReport> {
  // A bad config throws ConfigError here, before anything is posted.
  const config =
    request.configFile === undefined ? defaultConfig() : await readConfigFile(request.configFile, request.configName);
  const book = await priceBookFrom(request.pricingFile, config.pricing);
  const history = request.history === undefined ? undefined : await readHistory(request.history);
  const { report, sessions } = await runPipeline({
    paths: [request.recordsDir],
    book,
    config,
    pr: request.pullRequest,
    history,
    now,
  });
  const usage = sessionUsage(sessions);
  const staged = [resolve(request.recordsDir), relative(process.cwd(), resolve(request.recordsDir))];
  // The walker names files by their staged path; readers want the path in the repository.
  const repositoryPath = (file: string): string => {
    for (const prefix of staged)
      if (file.startsWith(prefix + sep))
        return file
          .slice(prefix.length + 1)
          .split(sep)
          .join('/');
    return file;
  };
  return {
    report: {
      ...report,
      skipped: [...request.refused, ...report.skipped.map((s) => ({ ...s, file: repositoryPath(s.file) }))],
      notes: [...request.notes, ...report.notes],
    },
    usage,
  };
}

/**
 * The usage buckets of each session the pipeline priced. A session that appears twice gets none:
 * its hidden data then carries totals only, never a double count.
 */
function sessionUsage(sessions: readonly SessionRecord[]): SessionUsage {
  const usage = new Map<string, UsageBucket[]>();
  const repeated = new Set<string>();
  for (const s of sessions) {
    const key = sessionKey(s.sessionId, s.branch);
    if (usage.has(key)) repeated.add(key);
    usage.set(key, s.usage);
  }
  for (const key of repeated) usage.delete(key);
  return usage;
}

async function readHistory({
  dir,
  workspace,
}: {
  dir: string;
  workspace: string;
}): Promise<SessionRecord[] | undefined> {
  if (!existsSync(dir)) return undefined;
  const { sessions } = await ingestPaths([dir], {
    ...DEFAULT_LIMITS,
    root: workspace,
    recordedBy: GENERATOR,
    formats: ['record'],
  });
  return sessions;
}
