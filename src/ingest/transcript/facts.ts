import type { TranscriptSessionFacts } from '../types.js';
import { compareTimes } from './time.js';

interface Entry {
  facts: TranscriptSessionFacts;
}

/** What one file says about each session in it, besides usage. */
export class SessionFactsTable {
  private readonly entries = new Map<string, Entry>();

  get(sessionId: string): TranscriptSessionFacts {
    return this.entry(sessionId).facts;
  }

  /** Records that a parsed line of this session was written at `timestamp` by `version`. */
  seen(sessionId: string, timestamp: string | undefined, version: string | undefined, cwd: string | undefined): void {
    const entry = this.entry(sessionId);
    if (version) entry.facts.toolVersion = version;
    if (cwd) entry.facts.cwd = cwd;
    if (timestamp === undefined) return;
    // Timestamps were validated as ISO date-times; offsets differ, so compare instants. On equal
    // instants the earlier line's text stands.
    const { facts } = entry;
    if (facts.firstTimestamp === undefined || compareTimes(timestamp, facts.firstTimestamp) < 0) {
      facts.firstTimestamp = timestamp;
    }
    if (facts.lastTimestamp === undefined || compareTimes(timestamp, facts.lastTimestamp) > 0) {
      facts.lastTimestamp = timestamp;
    }
  }

  addTurn(sessionId: string, branch: string): void {
    const turns = this.entry(sessionId).facts.turnsByBranch;
    turns.set(branch, (turns.get(branch) ?? 0) + 1);
  }

  addCompaction(sessionId: string): void {
    this.entry(sessionId).facts.compactions += 1;
  }

  /** Copies that later lines will not change. */
  copy(): TranscriptSessionFacts[] {
    return this.all().map((facts) => ({ ...facts, turnsByBranch: new Map(facts.turnsByBranch) }));
  }

  all(): TranscriptSessionFacts[] {
    return [...this.entries.values()].map((entry) => entry.facts);
  }

  private entry(sessionId: string): Entry {
    let entry = this.entries.get(sessionId);
    if (!entry) {
      entry = {
        facts: {
          sessionId,
          turnsByBranch: new Map(),
          compactions: 0,
          firstTimestamp: undefined,
          lastTimestamp: undefined,
          cwd: undefined,
          toolVersion: undefined,
        },
      };
      this.entries.set(sessionId, entry);
    }
    return entry;
  }
}
