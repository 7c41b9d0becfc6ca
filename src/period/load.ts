import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { DEFAULT_LIMITS, ingestPaths } from '../ingest/index.js';
import type { Skipped } from '../ingest/types.js';
import {
  attributeHistory,
  openRecordHistory,
  recordsBeforeSince,
  type RecordAttribution,
} from '../local/git-history.js';
import { mergeRecords } from '../records/merge.js';
import type { SessionRecord } from '../records/schema.js';
import { formatInteger } from '../render/format.js';
import { GENERATOR } from '../version.js';
import { sessionDate } from './build.js';
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
  repoDir?: string | undefined;
  /** Default HEAD: in the Action, the checked-out default branch. */
  ref?: string | undefined;
  /**
   * The report needs no session that started before this instant (see `attributionSince`). Only
   * mainline commits from then on are read, and record files already on the mainline before it
   * are not read at all: their sessions started earlier still. On a long history that is most of
   * the work.
   */
  since?: Date | undefined;
  /** Nothing outside this directory is read (the Action's workspace). */
  root?: string | undefined;
}

/**
 * Read the committed session records under `recordsDir` (records only: the period report is about
 * what was merged, not about raw transcripts on this machine) and attribute each to its PR.
 * Throws UnreadablePathError when `recordsDir` cannot be read.
 */
export async function loadPeriodRecords(recordsDir: string, options: LoadOptions = {}): Promise<LoadedRecords> {
  const dir = resolve(recordsDir);
  const history = await openRecordHistory(options.repoDir ?? dir, dir, { ref: options.ref, since: options.since });
  const notes: string[] = [];
  let paths = [dir];
  let attributions: Promise<Map<string, RecordAttribution>> = Promise.resolve(new Map());
  if ('note' in history) notes.push(history.note);
  else {
    attributions = attributeHistory(history);
    const older = await recordsBeforeSince(history);
    if (older.size > 0) {
      paths = readdirSync(dir)
        .filter((name) => !older.has(name))
        .map((name) => join(dir, name));
      const left = older.size;
      notes.push(
        `${formatInteger(left)} record file${left === 1 ? ' was' : 's were'} already on the default branch before ${options.since?.toISOString().slice(0, 10)} and ${left === 1 ? 'was' : 'were'} not read: no session in this report can be in them.`,
      );
    }
  }
  const head = 'note' in history ? null : history.head;
  const [ingested, byFile] = await Promise.all([
    ingestPaths(paths, { ...DEFAULT_LIMITS, recordedBy: GENERATOR, formats: ['record'], root: options.root }),
    attributions,
  ]);
  notes.unshift(...ingested.notes);

  const byKey = new Map<string, AttributedRecord>();
  let duplicates = 0;
  let uncommitted = 0;
  ingested.results.forEach((result, i) => {
    const shown = ingested.files[i]?.file;
    // The walk names files relative to the process's directory; back to relative to the records.
    const path = shown === undefined ? '' : relative(dir, resolve(shown)).split(sep).join('/');
    const found = byFile.get(path);
    const recent = result.sessions.some((r) => options.since === undefined || landsAfter(r, options.since));
    if (found === undefined && head !== null && recent) uncommitted++;
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
    notes.push(
      `${duplicates} record file${duplicates === 1 ? '' : 's'} repeated a session and branch already read; they were merged, not counted twice.`,
    );
  }
  return { records: [...byKey.values()], skipped: ingested.skipped, notes, head };
}

/** Whether a record's session could have landed on or after `since` (it started after it, or has no time). */
function landsAfter(record: SessionRecord, since: Date): boolean {
  const day = sessionDate(record, 'UTC');
  return day === null || Date.parse(`${day}T23:59:59Z`) >= since.getTime();
}

function prRef(a: RecordAttribution | undefined): PrRef | null {
  if (a === undefined) return null;
  return { number: a.pr, title: a.title, via: a.via, commit: a.landedIn, landedAt: a.landedAt, branch: a.branch };
}
