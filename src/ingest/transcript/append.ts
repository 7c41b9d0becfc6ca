import type { FileResult, RequestEvent, TranscriptSessionFacts } from '../types.js';
import { replaces } from './request.js';
import { compareTimes } from './time.js';

/**
 * The result of reading one file in two parts, `prefix` up to a resume point and `suffix` from
 * it, made equal to the result of reading the file at once. In-file deduplication goes on across
 * the parts: a snapshot in `suffix` of a request `prefix` holds is a dropped duplicate, kept in
 * the request's place when it is fuller. (Keeping the first of the fullest snapshots is the same
 * whether the snapshots are compared in one pass or per part and then across.) Facts add up per
 * session; the session order is the order of first appearance, as in one pass.
 *
 * Neither argument is changed.
 */
export function appendFileResult(prefix: FileResult, suffix: FileResult): FileResult {
  return {
    format: prefix.format,
    sessions: [...prefix.sessions, ...suffix.sessions],
    requests: appendRequests(prefix.requests, suffix.requests),
    facts: appendFacts(prefix.facts, suffix.facts),
    skipped: [...prefix.skipped, ...suffix.skipped],
    linesRead: Math.max(prefix.linesRead, suffix.linesRead),
    duplicatesDropped: prefix.duplicatesDropped + suffix.duplicatesDropped + crossPartDuplicates(prefix, suffix),
  };
}

const pairKey = (event: RequestEvent): string => `${event.messageId ?? ''}\u0000${event.requestId ?? ''}`;

function appendRequests(prefix: readonly RequestEvent[], suffix: readonly RequestEvent[]): RequestEvent[] {
  if (suffix.length === 0) return prefix.slice();
  const out = prefix.slice();
  const index = pairIndex(prefix);
  for (const event of suffix) {
    const at = event.messageId === undefined ? undefined : index.get(pairKey(event));
    if (at === undefined) {
      out.push(event);
      continue;
    }
    const kept = out[at];
    if (kept !== undefined && replaces(event, kept)) out[at] = event;
  }
  return out;
}

function crossPartDuplicates(prefix: FileResult, suffix: FileResult): number {
  if (suffix.requests.length === 0 || prefix.requests.length === 0) return 0;
  const index = pairIndex(prefix.requests);
  let count = 0;
  for (const event of suffix.requests) {
    if (event.messageId !== undefined && index.has(pairKey(event))) count += 1;
  }
  return count;
}

/** (message.id, requestId) → position; each pair is there once after a part's own deduplication. */
function pairIndex(requests: readonly RequestEvent[]): Map<string, number> {
  const index = new Map<string, number>();
  requests.forEach((event, at) => {
    if (event.messageId !== undefined) index.set(pairKey(event), at);
  });
  return index;
}

function appendFacts(
  prefix: readonly TranscriptSessionFacts[],
  suffix: readonly TranscriptSessionFacts[],
): TranscriptSessionFacts[] {
  const out = prefix.map(copyFacts);
  const bySession = new Map(out.map((facts) => [facts.sessionId, facts]));
  for (const later of suffix) {
    const facts = bySession.get(later.sessionId);
    if (facts === undefined) {
      const copy = copyFacts(later);
      out.push(copy);
      bySession.set(copy.sessionId, copy);
      continue;
    }
    for (const [branch, turns] of later.turnsByBranch) {
      facts.turnsByBranch.set(branch, (facts.turnsByBranch.get(branch) ?? 0) + turns);
    }
    facts.compactions += later.compactions;
    // On equal instants the earlier line's text stands, as in one pass.
    if (replacesTime(later.firstTimestamp, facts.firstTimestamp, -1)) facts.firstTimestamp = later.firstTimestamp;
    if (replacesTime(later.lastTimestamp, facts.lastTimestamp, 1)) facts.lastTimestamp = later.lastTimestamp;
    facts.cwd = later.cwd ?? facts.cwd;
    facts.toolVersion = later.toolVersion ?? facts.toolVersion;
  }
  return out;
}

function copyFacts(facts: TranscriptSessionFacts): TranscriptSessionFacts {
  return { ...facts, turnsByBranch: new Map(facts.turnsByBranch) };
}

/** Whether `candidate` is strictly earlier (`direction` -1) or later (1) than `current`. */
function replacesTime(candidate: string | undefined, current: string | undefined, direction: -1 | 1): boolean {
  if (candidate === undefined) return false;
  if (current === undefined) return true;
  return Math.sign(compareTimes(candidate, current)) === direction;
}
