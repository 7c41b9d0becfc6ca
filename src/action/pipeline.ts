import { relative, resolve, sep } from 'node:path';
import { priceBookFrom } from '../commands/options.js';
import type { Skipped } from '../ingest/types.js';
import { runPipeline } from '../pipeline.js';
import { DEFAULT_CONFIG } from '../policy/config.js';
import { readConfigFile } from '../commands/policy-options.js';
import type { Report } from '../report/types.js';

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
}

export async function buildActionReport(request: ActionReportRequest, now: Date = new Date()): Promise<Report> {
  // A bad config throws ConfigError here, before anything is posted.
  const config =
    request.configFile === undefined ? DEFAULT_CONFIG : await readConfigFile(request.configFile, request.configName);
  const book = await priceBookFrom(request.pricingFile);
  const report = await runPipeline({ paths: [request.recordsDir], book, config, pr: request.pullRequest, now });
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
    ...report,
    skipped: [...request.refused, ...report.skipped.map((s) => ({ ...s, file: repositoryPath(s.file) }))],
    notes: [...request.notes, ...report.notes],
  };
}
