import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_LIMITS, ingestPaths } from '../ingest/index.js';
import { UnreadablePathError } from '../ingest/walk.js';
import { currentBranch, repoRoot } from '../local/git.js';
import type { Config } from '../policy/config.js';
import type { PrFacts } from '../policy/types.js';
import type { SessionRecord } from '../records/schema.js';
import { ingestInputs, judgeInputs } from '../pipeline.js';
import type { Report } from '../report/types.js';
import { GENERATOR } from '../version.js';
import { loadConfig } from './config-file.js';
import { priceBookFrom } from './pricing-file.js';
import { UsageError } from './errors.js';
import type { CommandIo } from './io.js';

/** The flags `report` and `check` share: where the policy is, and what stands for the PR. */
export const POLICY_OPTIONS = {
  config: { type: 'string' },
  labels: { type: 'string', multiple: true },
  branch: { type: 'string' },
  title: { type: 'string' },
  history: { type: 'string' },
} as const;

export const POLICY_HELP = `  --config FILE          the team policy (default: .github/claude-cost.yml at the top of the
                         git repository, when it exists; otherwise the built-in defaults)
  --labels A,B           the PR's labels, for the task kind (repeatable)
  --branch NAME          the PR's branch, for the task kind (default: the current git branch)
  --title TEXT           the PR's title; a conventional-commit type (feat:, fix:) names the kind
  --history DIR          merged session records (e.g. the default branch's .claude-cost/sessions)
                         to measure the baseline from`;

export interface PolicyFlags {
  config?: string | undefined;
  labels?: string[] | undefined;
  branch?: string | undefined;
  title?: string | undefined;
  history?: string | undefined;
}

export interface LoadedPolicy {
  config: Config;
  /** The file the config came from (as shown to the user), or null for the built-in defaults. */
  configFile: string | null;
  pr: PrFacts;
  history: SessionRecord[] | undefined;
  /** Data notes about reading the history. */
  notes: string[];
}

/** Read the shared flags. A bad or missing config file is a usage error (exit 2), before any output. */
export async function loadPolicyOptions(values: PolicyFlags, io: CommandIo): Promise<LoadedPolicy> {
  // Git is asked for the branch while the config is found and read.
  const branchQuestion = values.branch !== undefined ? Promise.resolve(values.branch) : currentBranch(io.cwd);
  const { config, configFile } = await loadConfig(values.config, io.cwd);
  const labels = (values.labels ?? [])
    .flatMap((l) => l.split(','))
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const branch = await branchQuestion;
  const pr: PrFacts = { labels, branch, title: values.title };
  const notes: string[] = [];
  const history = values.history === undefined ? undefined : await loadHistory(resolve(io.cwd, values.history), notes);
  return { config, configFile, pr, history, notes };
}

/** Only committed records count as history: they are what was merged. */
async function loadHistory(dir: string, notes: string[]): Promise<SessionRecord[]> {
  try {
    const ingested = await ingestPaths([dir], { ...DEFAULT_LIMITS, recordedBy: GENERATOR, formats: ['record'] });
    const skipped = ingested.skipped.length;
    if (skipped > 0)
      notes.push(
        `History: ${skipped} file${skipped === 1 ? '' : 's'} could not be read and ${skipped === 1 ? 'was' : 'were'} left out of the baseline.`,
      );
    return ingested.sessions;
  } catch (error) {
    if (error instanceof UnreadablePathError) throw new UsageError(`--history ${error.message}`);
    throw error;
  }
}

/**
 * Ingest, price and judge: the report both `report` and `check` print from. The inputs are read
 * while git answers and the policy file is read (reading does not depend on them); a bad policy
 * is still the error reported, before any problem with the inputs.
 */
export async function buildPolicyReport(
  values: PolicyFlags & { 'pricing-file'?: string | undefined },
  positionals: readonly string[],
  io: CommandIo,
  now: Date,
  command: string,
): Promise<Report> {
  const policyQuestion = loadPolicyOptions(values, io);
  const named = positionals.map((p) => resolve(io.cwd, p));
  const early = named.length > 0 ? settle(ingestInputs({ paths: named })) : undefined;
  const policy = await policyQuestion;
  const book = await priceBookFrom(values['pricing-file'], policy.config.pricing);
  try {
    const ingested =
      early === undefined
        ? await ingestInputs({ paths: [await defaultRecordsDir(io.cwd, command)] })
        : unwrap(await early);
    const { report } = judgeInputs(ingested, {
      book,
      now,
      config: policy.config,
      pr: policy.pr,
      history: policy.history,
      notes: policy.notes,
    });
    return report;
  } catch (error) {
    if (error instanceof UnreadablePathError) throw new UsageError(error.message);
    throw error;
  }
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** A promise that never rejects, so it can wait while another is awaited first. */
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
}

function unwrap<T>(settled: Settled<T>): T {
  if (settled.ok) return settled.value;
  throw settled.error;
}

/** `.claude-cost/sessions` at the top of the repository: what `report` and `check` read by default. */
async function defaultRecordsDir(cwd: string, command: string): Promise<string> {
  const dir = join((await repoRoot(cwd)) ?? cwd, '.claude-cost', 'sessions');
  if (!existsSync(dir)) {
    throw new UsageError(`no PATH given and ${dir} does not exist; pass the records or transcripts to ${command}`);
  }
  return dir;
}
