import type { Report } from '../report/types.js';
import { renderCsv } from '../render/csv.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { EXIT } from './errors.js';
import type { CommandIo } from './io.js';
import { outputFormat, parseCommandArgs, type OutputFormat } from './options.js';
import { buildPolicyReport, POLICY_HELP, POLICY_OPTIONS } from './policy-options.js';

export const REPORT_HELP = `Usage: claude-cost report [PATH...] [options]

Print the cost report for session records, Claude Code transcripts, result objects
or per-message exports. PATHs are files or directories (searched recursively).
Default PATH: .claude-cost/sessions at the top of the current git repository.

Options:
  --format FORMAT        markdown (default; the PR comment), json or csv (one row per session)
  --pricing-file FILE    a price book (JSON) that overrides or extends the shipped one
${POLICY_HELP}
  -h, --help             show this help

Exit codes: 0 success, 2 bad usage, an unreadable path or an invalid config.
Use claude-cost check for a verdict as the exit code.
`;

export async function reportCommand(argv: string[], io: CommandIo, now: Date = new Date()): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...POLICY_OPTIONS,
    format: { type: 'string' },
    'pricing-file': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(REPORT_HELP);
    return EXIT.ok;
  }
  const format = outputFormat(values.format);
  const report = await buildPolicyReport(values, positionals, io, now, 'report');
  io.stdout(render(report, format));
  return EXIT.ok;
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
