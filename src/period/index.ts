/** The period report: what the CLI's `period` command and the Action's `mode: period` call. */
export { attributionSince, buildPeriodReport, sessionDate, type PeriodInput } from './build.js';
export { writePeriodFiles, PERIOD_FILES, type PeriodFileKind } from './files.js';
export { loadPeriodRecords, type LoadedRecords, type LoadOptions } from './load.js';
export { previousPeriod, resolvePeriod, PeriodSpecError, type Period, type PeriodSpec } from './resolve.js';
export {
  attributeRecords,
  originRepository,
  type RecordAttribution,
  type RecordAttributions,
} from '../local/git-history.js';
export { renderPeriodHtml } from '../render/html.js';
export { renderSessionsNdjson } from '../render/ndjson.js';
export { renderSessionsCsv } from '../render/period-csv.js';
export { renderPeriodJson } from '../render/period-json.js';
export { renderPeriodMarkdown, periodMarker, periodTitle } from '../render/period-markdown.js';
export type * from './types.js';
