import { SESSION_SCHEMA, type SessionRecord } from '../records/schema.js';
import { summariseSkipped } from '../records/skipped.js';
import { toBuckets, utcDay } from './transcript/buckets.js';
import { dedupeAcrossFiles, type KeptRequest } from './transcript/dedupe.js';
import { promptTokens } from './transcript/request.js';
import { compareTimes } from './transcript/time.js';
import type { FileResult, Skipped } from './types.js';

export interface CollectedTranscripts {
  /** One record per (session, branch), sorted by session id then branch. */
  sessions: SessionRecord[];
  /** Snapshots and replays dropped, in files and across them. */
  duplicatesDropped: number;
}

interface SessionFacts {
  turnsByBranch: Map<string, number>;
  compactions: number;
  /** Times as written; compared as instants (`compareTimes`). */
  first: string | undefined;
  last: string | undefined;
  toolVersion: string | undefined;
  files: Set<number>;
}

interface Group {
  sessionId: string;
  branch: string | undefined;
  requests: KeptRequest[];
  files: Set<number>;
  turns: number;
  compactions: number;
  first: string | undefined;
  last: string | undefined;
  toolVersion: string | undefined;
  /** The version on the group's latest request, and that request's time. */
  latestVersion: string | undefined;
  latestTime: string | undefined;
  linesRead: number;
  duplicatesDropped: number;
  skipped: Skipped[];
}

/**
 * Turns the transcript files read together into session records: deduplicated across files,
 * one record per (session, branch) because each branch's PR carries its own record.
 * File-level counts (lines read, lines skipped, in-file snapshots) go to the one record that
 * holds most of that file's requests, so they add up across records without double counting.
 */
export function collectTranscripts(results: readonly FileResult[], recordedBy: string): CollectedTranscripts {
  const kept = dedupeAcrossFiles(results);
  const groups = groupRequests(kept);
  const primaries = primaryGroups(groups);
  const facts = mergeFacts(results);
  applyFacts(facts, groups, primaries);
  attributeFiles(results, groups, primaries);
  for (const group of groups) {
    group.toolVersion = group.latestVersion ?? facts.get(group.sessionId)?.toolVersion;
  }

  const firstDays = sessionFirstDays(groups, facts);
  const sessions = groups.map((group) => toRecord(group, recordedBy, firstDays.get(group.sessionId) ?? '1970-01-01'));
  const duplicatesDropped =
    results.reduce((sum, result) => sum + result.duplicatesDropped, 0) +
    kept.reduce((sum, entry) => sum + entry.dropped, 0);
  return { sessions, duplicatesDropped };
}

const groupKey = (sessionId: string, branch: string | undefined): string => `${sessionId}\u0000${branch ?? ''}`;

/**
 * (session, branch) → group without building a key string per request. Requests of one file
 * share their session and branch strings (see the transcript parser), so the last pair is
 * remembered and most lookups are two identity checks.
 */
class GroupIndex {
  private readonly bySession = new Map<string, Map<string, Group>>();
  private last: Group | undefined;

  constructor(groups: Iterable<Group> = []) {
    for (const group of groups) this.add(group);
  }

  get(sessionId: string, branch: string | undefined): Group | undefined {
    const last = this.last;
    if (last !== undefined && last.sessionId === sessionId && last.branch === branch) return last;
    const group = this.bySession.get(sessionId)?.get(branch ?? '');
    if (group !== undefined) this.last = group;
    return group;
  }

  add(group: Group): void {
    let byBranch = this.bySession.get(group.sessionId);
    if (byBranch === undefined) {
      byBranch = new Map();
      this.bySession.set(group.sessionId, byBranch);
    }
    byBranch.set(group.branch ?? '', group);
  }
}

/** `a` is strictly earlier than `b`; a missing time is earlier than any. */
function isEarlier(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined) return b !== undefined;
  return b !== undefined && compareTimes(a, b) < 0;
}

function groupRequests(kept: readonly KeptRequest[]): Group[] {
  const index = new GroupIndex();
  const groups: Group[] = [];
  for (const entry of kept) {
    const { sessionId, branch, timestamp, toolVersion } = entry.event;
    let group = index.get(sessionId, branch);
    if (!group) {
      group = newGroup(sessionId, branch);
      index.add(group);
      groups.push(group);
    }
    group.requests.push(entry);
    group.files.add(entry.fileIndex);
    group.first = earlier(group.first, timestamp);
    group.last = later(group.last, timestamp);
    // The version of the group's latest request (the later one on a tie; no time is earliest).
    if (toolVersion !== undefined && (group.latestVersion === undefined || !isEarlier(timestamp, group.latestTime))) {
      group.latestVersion = toolVersion;
      group.latestTime = timestamp;
    }
  }
  const keys = new Map(groups.map((group) => [group, groupKey(group.sessionId, group.branch)]));
  const key = (group: Group): string => keys.get(group) ?? '';
  return groups.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function newGroup(sessionId: string, branch: string | undefined): Group {
  return {
    sessionId,
    branch,
    requests: [],
    files: new Set(),
    turns: 0,
    compactions: 0,
    first: undefined,
    last: undefined,
    toolVersion: undefined,
    latestVersion: undefined,
    latestTime: undefined,
    linesRead: 0,
    duplicatesDropped: 0,
    skipped: [],
  };
}

/** Per session, its branch group with the most requests (the first branch on a tie). */
function primaryGroups(groups: readonly Group[]): Map<string, Group> {
  const primaries = new Map<string, Group>();
  for (const group of groups) {
    const best = primaries.get(group.sessionId);
    if (!best || group.requests.length > best.requests.length) primaries.set(group.sessionId, group);
  }
  return primaries;
}

function mergeFacts(results: readonly FileResult[]): Map<string, SessionFacts> {
  const merged = new Map<string, SessionFacts>();
  results.forEach((result, fileIndex) => {
    for (const facts of result.facts) {
      let entry = merged.get(facts.sessionId);
      if (!entry) {
        entry = {
          turnsByBranch: new Map(),
          compactions: 0,
          first: undefined,
          last: undefined,
          toolVersion: undefined,
          files: new Set(),
        };
        merged.set(facts.sessionId, entry);
      }
      for (const [branch, turns] of facts.turnsByBranch) {
        entry.turnsByBranch.set(branch, (entry.turnsByBranch.get(branch) ?? 0) + turns);
      }
      entry.compactions += facts.compactions;
      entry.first = earlier(entry.first, facts.firstTimestamp);
      entry.last = later(entry.last, facts.lastTimestamp);
      entry.toolVersion = facts.toolVersion ?? entry.toolVersion;
      entry.files.add(fileIndex);
    }
  });
  return merged;
}

/**
 * Turns go to their branch's record; turns on a branch with no requests, compactions and the
 * session's overall time span go to the session's main record. Sessions with no request at all
 * (only API errors, or nothing but prompts) produce no record.
 */
function applyFacts(
  facts: ReadonlyMap<string, SessionFacts>,
  groups: readonly Group[],
  primaries: ReadonlyMap<string, Group>,
): void {
  const index = new GroupIndex(groups);
  for (const [sessionId, entry] of facts) {
    const primary = primaries.get(sessionId);
    if (!primary) continue;
    for (const [branch, turns] of entry.turnsByBranch) {
      const group = index.get(sessionId, branch || undefined) ?? primary;
      group.turns += turns;
    }
    primary.compactions += entry.compactions;
    primary.first = earlier(primary.first, entry.first);
    primary.last = later(primary.last, entry.last);
    for (const file of entry.files) primary.files.add(file);
  }
}

function attributeFiles(
  results: readonly FileResult[],
  groups: readonly Group[],
  primaries: ReadonlyMap<string, Group>,
): void {
  const index = new GroupIndex(groups);
  results.forEach((result, fileIndex) => {
    const owner = fileOwner(result, index, primaries);
    if (!owner) return; // nothing usable in it; the caller still has its FileResult.skipped
    owner.files.add(fileIndex);
    owner.linesRead += result.linesRead;
    owner.duplicatesDropped += result.duplicatesDropped;
    owner.skipped.push(...result.skipped);
  });
}

function fileOwner(result: FileResult, index: GroupIndex, primaries: ReadonlyMap<string, Group>): Group | undefined {
  const counts = new Map<Group, number>();
  for (const event of result.requests) {
    const group = index.get(event.sessionId, event.branch);
    if (group) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  let owner: Group | undefined;
  let most = 0;
  for (const [group, count] of counts) {
    if (count > most) [owner, most] = [group, count];
  }
  if (owner) return owner;
  for (const facts of result.facts) {
    const primary = primaries.get(facts.sessionId);
    if (primary) return primary;
  }
  return undefined;
}

/** A request with no timestamp is put on its session's first known day. */
function sessionFirstDays(groups: readonly Group[], facts: ReadonlyMap<string, SessionFacts>): Map<string, string> {
  const firsts = new Map<string, string | undefined>();
  for (const group of groups) {
    const known = firsts.get(group.sessionId) ?? facts.get(group.sessionId)?.first;
    firsts.set(group.sessionId, earlier(known, group.first));
  }
  const days = new Map<string, string>();
  for (const [sessionId, first] of firsts) if (first) days.set(sessionId, utcDay(first));
  return days;
}

function toRecord(group: Group, recordedBy: string, fallbackDay: string): SessionRecord {
  const events = group.requests.map((entry) => entry.event);
  let peak = 0;
  let reported: number | undefined;
  for (const event of events) {
    if (event.origin === 'main') peak = Math.max(peak, promptTokens(event));
    if (event.reportedCostUsd !== undefined) reported = (reported ?? 0) + event.reportedCostUsd;
  }
  const duplicatesDropped = group.duplicatesDropped + group.requests.reduce((sum, entry) => sum + entry.dropped, 0);
  return {
    schema: SESSION_SCHEMA,
    sessionId: group.sessionId,
    tool: 'claude-code',
    ...(group.toolVersion === undefined ? {} : { toolVersion: group.toolVersion }),
    recordedBy,
    ...(group.branch === undefined ? {} : { branch: group.branch }),
    ...(group.first === undefined ? {} : { startedAt: group.first }),
    ...(group.last === undefined ? {} : { endedAt: group.last }),
    turns: group.turns,
    requests: events.length,
    compactions: group.compactions,
    peakContextTokens: peak,
    usage: toBuckets(events, fallbackDay),
    // Float sums drift in the last digits; ten decimals is far below a cent.
    ...(reported === undefined
      ? {}
      : { reported: { costUsd: Math.round(reported * 1e10) / 1e10, costBasis: 'transcript' } }),
    source: {
      format: 'transcript',
      files: group.files.size,
      linesRead: group.linesRead,
      duplicatesDropped,
      skipped: summariseSkipped(group.skipped.map((entry) => entry.reason)),
    },
  };
}

/** The earlier of two times (the first on equal instants). */
function earlier(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareTimes(b, a) < 0 ? b : a;
}

/** The later of two times (the first on equal instants). */
function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareTimes(b, a) > 0 ? b : a;
}
