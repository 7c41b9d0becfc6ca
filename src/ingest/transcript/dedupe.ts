import type { FileResult, RequestEvent } from '../types.js';
import { replaces, tokenTotal } from './request.js';

/** A request that survived deduplication, where it came from, and how many copies it absorbed. */
export interface KeptRequest {
  event: RequestEvent;
  /** Index into the `FileResult[]` the request was kept from. */
  fileIndex: number;
  /** Copies dropped in favour of this one across files (in-file snapshots are counted apart). */
  dropped: number;
}

/**
 * Deduplicates requests across every file read together, in two passes:
 * 1. the same (message.id, requestId) in several files — keep the largest snapshot;
 * 2. subagent replays — a subagent transcript can repeat a parent message (same message.id)
 *    under a new requestId. The main-session copy wins; among subagent copies only, the largest.
 * Requests without a message.id cannot be matched and are all kept.
 */
export function dedupeAcrossFiles(results: readonly FileResult[]): KeptRequest[] {
  // Keyed by message.id alone, checking the requestId on a hit: almost every id has one
  // requestId, so the (id, requestId) key string is built only for the rare others.
  const byMessage = new Map<string, KeptRequest>();
  const byPair = new Map<string, KeptRequest>();
  /** Ids seen with more than one requestId: the only candidates for replays. */
  const shared = new Set<string>();
  const firstPass: KeptRequest[] = [];
  results.forEach((result, fileIndex) => {
    for (const event of result.requests) {
      const entry: KeptRequest = { event, fileIndex, dropped: 0 };
      const { messageId, requestId } = event;
      if (messageId === undefined) {
        firstPass.push(entry);
        continue;
      }
      let existing = byMessage.get(messageId);
      if (existing === undefined) {
        byMessage.set(messageId, entry);
      } else if (existing.event.requestId !== requestId) {
        shared.add(messageId);
        const pair = `${messageId}\u0000${requestId ?? ''}`;
        existing = byPair.get(pair);
        if (existing === undefined) byPair.set(pair, entry);
      }
      if (existing === undefined) {
        firstPass.push(entry);
        continue;
      }
      existing.dropped += 1;
      if (replaces(event, existing.event)) {
        existing.event = event;
        existing.fileIndex = fileIndex;
      }
    }
  });
  return shared.size === 0 ? firstPass : dropReplays(firstPass, shared);
}

function dropReplays(entries: KeptRequest[], shared: ReadonlySet<string>): KeptRequest[] {
  const byMessage = new Map<string, KeptRequest[]>();
  for (const entry of entries) {
    const id = entry.event.messageId;
    if (id === undefined || !shared.has(id)) continue;
    const group = byMessage.get(id);
    if (group) group.push(entry);
    else byMessage.set(id, [entry]);
  }
  const removed = new Set<KeptRequest>();
  for (const group of byMessage.values()) {
    if (group.length < 2) continue;
    const subagent = group.filter((entry) => entry.event.origin === 'subagent');
    if (subagent.length === 0) continue; // two main requests sharing an id: not a replay
    const main = group.filter((entry) => entry.event.origin === 'main');
    const survivor = main[0] ?? largest(subagent);
    for (const entry of subagent) {
      if (entry === survivor) continue;
      removed.add(entry);
      survivor.dropped += 1 + entry.dropped;
    }
  }
  return removed.size === 0 ? entries : entries.filter((entry) => !removed.has(entry));
}

function largest(entries: KeptRequest[]): KeptRequest {
  let best = entries[0] as KeptRequest;
  for (const entry of entries) {
    if (tokenTotal(entry.event) > tokenTotal(best.event)) best = entry;
  }
  return best;
}
