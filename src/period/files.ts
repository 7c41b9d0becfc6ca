import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderPeriodHtml } from '../render/html.js';
import { renderSessionsNdjson } from '../render/ndjson.js';
import { renderSessionsCsv } from '../render/period-csv.js';
import { renderPeriodJson } from '../render/period-json.js';
import { renderPeriodMarkdown } from '../render/period-markdown.js';
import type { PeriodReport } from './types.js';

export const PERIOD_FILES = {
  markdown: 'report.md',
  json: 'report.json',
  csv: 'sessions.csv',
  ndjson: 'sessions.ndjson',
  html: 'report.html',
} as const;

export type PeriodFileKind = keyof typeof PERIOD_FILES;

/**
 * Write the report's five files into `dir` (created when missing) and return their paths. Each
 * file is written to a temporary name and renamed, so an artifact upload racing a rerun never
 * sees half a file.
 */
export async function writePeriodFiles(dir: string, report: PeriodReport): Promise<Record<PeriodFileKind, string>> {
  await mkdir(dir, { recursive: true });
  const contents: Record<PeriodFileKind, string> = {
    markdown: renderPeriodMarkdown(report),
    json: renderPeriodJson(report),
    csv: renderSessionsCsv(report),
    ndjson: renderSessionsNdjson(report),
    html: renderPeriodHtml(report),
  };
  const paths = {} as Record<PeriodFileKind, string>;
  for (const kind of Object.keys(PERIOD_FILES) as PeriodFileKind[]) {
    const path = join(dir, PERIOD_FILES[kind]);
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, contents[kind]);
    await rename(temp, path);
    paths[kind] = path;
  }
  return paths;
}
