import type { SessionRecord, UsageBucket } from '../records/schema.js';

/** A line (or whole file, line 0) that could not be used, and why. Never carries the content. */
export interface Skipped {
  file: string;
  line: number;
  reason: string;
}

/**
 * One API request as a transcript logged it, after picking its fullest usage snapshot.
 * Transcripts are the only format that needs cross-file work (dedupe, sidechain replays),
 * so their parser emits requests and `collectTranscripts` turns them into sessions.
 */
export interface RequestEvent {
  /** `message.id`; absent on very old lines. */
  messageId: string | undefined;
  requestId: string | undefined;
  sessionId: string;
  /** ISO timestamp of the line; undefined when the line had none. */
  timestamp: string | undefined;
  model: string;
  branch: string | undefined;
  cwd: string | undefined;
  toolVersion: string | undefined;
  isSidechain: boolean;
  /** `subagent` for lines in `<session>/subagents/*.jsonl` or marked `isSidechain`. */
  origin: UsageBucket['origin'];
  speed: UsageBucket['speed'];
  geo: string;
  inputTokens: number;
  outputTokens: number;
  cacheWrite5mTokens: number;
  cacheWrite1hTokens: number;
  cacheReadTokens: number;
  webSearchRequests: number;
  /** Claude Code's own `costUSD` on the line, when it wrote one. */
  reportedCostUsd: number | undefined;
  file: string;
  line: number;
}

/** Per-session facts a transcript carries outside usage lines. */
export interface TranscriptSessionFacts {
  sessionId: string;
  /** User prompts (not tool results, not meta, not sidechain) per branch. */
  turnsByBranch: Map<string, number>;
  compactions: number;
  firstTimestamp: string | undefined;
  lastTimestamp: string | undefined;
  cwd: string | undefined;
  toolVersion: string | undefined;
}

export type Format = 'transcript' | 'result' | 'export' | 'record';

/** What reading one file yields. A parser never throws on bad data: it reports `skipped`. */
export interface FileResult {
  format: Format;
  /** Sessions complete in themselves (records, result objects, exports). */
  sessions: SessionRecord[];
  /** Transcript requests, deduplicated later across every file read together. */
  requests: RequestEvent[];
  facts: TranscriptSessionFacts[];
  skipped: Skipped[];
  linesRead: number;
  /** Lines that were snapshots of a request already seen in this file. */
  duplicatesDropped: number;
}

export interface Parser {
  format: Format;
  /**
   * Decide from the file name and its first bytes (BOM already removed) whether this parser
   * reads the file. Cheap: no full parse.
   */
  detect(path: string, head: string): boolean;
  parse(path: string, options: ParseOptions): Promise<FileResult>;
}

export interface ParseOptions {
  /** The name to show in messages (relative to where the user pointed us). */
  displayName: string;
  /** Whole-file formats (JSON) refuse files larger than this. */
  maxJsonBytes: number;
}

export function emptyFileResult(format: Format): FileResult {
  return {
    format,
    sessions: [],
    requests: [],
    facts: [],
    skipped: [],
    linesRead: 0,
    duplicatesDropped: 0,
  };
}
