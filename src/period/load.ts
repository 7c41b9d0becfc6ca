import { relative, resolve, sep } from 'node:path';
import { DEFAULT_LIMITS, ingestPaths } from '../ingest/index.js';
import type { Skipped } from '../ingest/types.js';
import { attributeRecords, type RecordAttribution } from '../local/git-history.js';
import { mergeRecords } from '../records/merge.js';
import { GENERATOR } from '../version.js';
import type { AttributedRecord, PrRef } from './types.js';

export interface LoadedRecords {
  records: AttributedRecord[];
  skipped: Skipped[];
  notes: string[];
  /** The commit whose history attributed the records; null when none could be read. */
  head: string | null;
}

export interface LoadOptions {
  /** The git work tree whose history attributes the records (default: the one holding them). */
  repoDir?: string;
  /** Default HEAD: in the Action, the checked-out default branch. */
  ref?: string;
  /** Nothing outside this directory is read (the Action's workspace). */
  root?: string;
}

/**
 * Read the committed session records under `recordsDir` (records only: the period report is about
 * what was merged, not about raw transcripts on this machine) and attribute each to its PR.
 * Throws UnreadablePathError when `recordsDir` cannot be read.
 */
export async function loadPeriodRecords(recordsDir: string, options: LoadOptions = {}): Promise<LoadedRecords> {
  const dir = resolve(recordsDir);
  const [ingested, attribution] = await Promise.all([
    ingestPaths([dir], { ...DEFAULT_LIMITS, recordedBy: GENERATOR, formats: ['record'], root: options.root }),
    attributeRecords(options.repoDir ?? dir, dir, options.ref),
  ]);
  const notes = [...ingested.notes, ...attribution.notes];
  const byKey = new Map<string, AttributedRecord>();
  let duplicates = 0;
  let uncommitted = 0;
  ingested.results.forEach((result, i) => {
    const shown = ingested.files[i]?.file;
    // The walk names files relative to the process's directory; back to relative to the records.
    const path = shown === undefined ? '' : relative(dir, resolve(shown)).split(sep).join('/');
    const found = attribution.byFile.get(path);
    if (found === undefined && attribution.head !== null) uncommitted++;
    for (const record of result.sessions) {
      const key = `${record.sessionId}\u0000${record.branch ?? ''}`;
      const existing = byKey.get(key);
      if (existing !== undefined) {
        duplicates++;
        byKey.set(key, { record: mergeRecords(existing.record, record), pr: existing.pr ?? prRef(found) });
      } else byKey.set(key, { record, pr: prRef(found) });
    }
  });
  if (uncommitted > 0) {
    notes.push(
      `${uncommitted} record file${uncommitted === 1 ? ' is' : 's are'} not in the history of the checked-out commit (not committed yet?), so ${uncommitted === 1 ? 'its session is' : 'their sessions are'} not attributed to a PR.`,
    );
  }
  if (duplicates > 0) {
    notes.push(`${duplicates} record file${duplicates === 1 ? '' : 's'} repeated a session and branch already read; they were merged, not counted twice.`);
  }
  return { records: [...byKey.values()], skipped: ingested.skipped, notes, head: attribution.head };
}

function prRef(a: RecordAttribution | undefined): PrRef | null {
  if (a === undefined) return null;
  return { number: a.pr, title: a.title, via: a.via, commit: a.landedIn, landedAt: a.landedAt, branch: a.branch };
}
