import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LIMITS, ingestPaths } from '../ingest/index.js';
import { UnreadablePathError } from '../ingest/walk.js';
import { repoRoot } from '../local/git.js';
import { buildReport } from '../report/build.js';
import type { Report } from '../report/types.js';
import { renderCsv } from '../render/csv.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { GENERATOR } from '../version.js';
import { EXIT, UsageError } from './errors.js';
import type { CommandIo } from './io.js';
import { outputFormat, parseCommandArgs, priceBookFrom, type OutputFormat } from './options.js';

export const REPORT_HELP = `Usage: claude-cost report [PATH...] [options]

Print the cost report for session records, Claude Code transcripts, result objects
or per-message exports. PATHs are files or directories (searched recursively).
Default PATH: .claude-cost/sessions at the top of the current git repository.

Options:
  --format FORMAT        markdown (default; the PR comment), json or csv (one row per session)
  --pricing-file FILE    a price book (JSON) that overrides or extends the shipped one
  -h, --help             show this help

Exit codes: 0 success, 2 bad usage or unreadable path.
`;

export async function reportCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: 'string' },
    'pricing-file': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(REPORT_HELP);
    return EXIT.ok;
  }
  const format = outputFormat(values.format);
  const paths = positionals.length > 0 ? positionals : [await defaultRecordsDir(io.cwd)];
  const report = await buildReportFor(paths, values['pricing-file']);
  io.stdout(render(report, format));
  return EXIT.ok;
}

export async function buildReportFor(paths: string[], pricingFile: string | undefined): Promise<Report> {
  const book = await priceBookFrom(pricingFile);
  try {
    const ingested = await ingestPaths(paths, { ...DEFAULT_LIMITS, recordedBy: GENERATOR });
    return buildReport({ ...ingested, book, generator: GENERATOR });
  } catch (error) {
    if (error instanceof UnreadablePathError) throw new UsageError(error.message);
    throw error;
  }
}

export function render(report: Report, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'csv':
      return renderCsv(report);
    case 'markdown':
      return renderMarkdown(report);
  }
}

async function defaultRecordsDir(cwd: string): Promise<string> {
  const dir = join((await repoRoot(cwd)) ?? cwd, '.claude-cost', 'sessions');
  if (!existsSync(dir)) {
    throw new UsageError(`no PATH given and ${dir} does not exist; pass the records or transcripts to report`);
  }
  return dir;
}
