import { DEFAULT_LIMITS, ingestPaths, type IngestResult } from './ingest/index.js';
import type { Config } from './policy/config.js';
import { applyPolicy } from './policy/index.js';
import type { PrFacts } from './policy/types.js';
import type { PriceBook } from './pricing/book.js';
import type { SessionRecord } from './records/schema.js';
import { buildReport } from './report/build.js';
import type { Report } from './report/types.js';
import { GENERATOR } from './version.js';

export interface PipelineInput {
  /** Files or directories of any supported input. */
  paths: readonly string[];
  book: PriceBook;
  config: Config;
  pr: PrFacts;
  /** Merged records to measure the baseline from. */
  history?: readonly SessionRecord[] | undefined;
  now: Date;
  /** Notes from reading the inputs around the pipeline (config, history), for the data notes. */
  notes?: readonly string[];
  /** Nothing outside this directory is read (the Action's workspace). */
  root?: string | undefined;
  limits?: { maxFileBytes: number; maxJsonBytes: number };
}

export interface PipelineResult {
  report: Report;
  /** The sessions the report was built from, in the order of `report.sessions`. */
  sessions: SessionRecord[];
}

/**
 * The one pipeline the CLI and the Action share: ingest → price → judge. It reads the input files
 * and nothing else: no environment, no network, the time is passed in.
 * Throws UnreadablePathError when a named path cannot be read.
 */
export async function runPipeline(input: PipelineInput): Promise<PipelineResult> {
  return judgeInputs(await ingestInputs(input), input);
}

/** The first half of the pipeline: read the inputs. It needs neither the price book nor the policy. */
export function ingestInputs(input: Pick<PipelineInput, 'paths' | 'root' | 'limits'>): Promise<IngestResult> {
  return ingestPaths(input.paths, { ...(input.limits ?? DEFAULT_LIMITS), root: input.root, recordedBy: GENERATOR });
}

/** The second half: price what was read and judge it against the policy. */
export function judgeInputs(
  ingested: IngestResult,
  input: Omit<PipelineInput, 'paths' | 'root' | 'limits'>,
): PipelineResult {
  const report = buildReport({ ...ingested, book: input.book, generator: GENERATOR });
  const judged = applyPolicy(report, {
    sessions: ingested.sessions,
    config: input.config,
    pr: input.pr,
    history: input.history,
    now: input.now,
    book: input.book,
  });
  return { report: { ...judged, notes: [...judged.notes, ...(input.notes ?? [])] }, sessions: ingested.sessions };
}
