import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transcriptParser } from '../../../src/ingest/transcript/index.js';
import type { FileResult, RequestEvent } from '../../../src/ingest/types.js';
import type { SessionRecord } from '../../../src/records/schema.js';

export const REAL_PROJECTS = fileURLToPath(
  new URL('../../../../shared/fixtures/claude-code-real/projects', import.meta.url),
);
export const FIXTURES = fileURLToPath(new URL('../../fixtures/transcript', import.meta.url));

export const fixture = (name: string): string => join(FIXTURES, name);

export function jsonlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return jsonlFiles(path);
      return name.endsWith('.jsonl') ? [path] : [];
    });
}

export function parse(path: string, root = FIXTURES): Promise<FileResult> {
  return transcriptParser.parse(path, {
    displayName: relative(root, path),
    maxJsonBytes: 64 * 1024 * 1024,
  });
}

export interface Totals {
  requests: number;
  input: number;
  output: number;
  cacheWrite5m: number;
  cacheWrite1h: number;
  cacheRead: number;
}

export function requestTotals(requests: readonly RequestEvent[]): Totals {
  const totals = { requests: 0, input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 };
  for (const r of requests) {
    totals.requests += 1;
    totals.input += r.inputTokens;
    totals.output += r.outputTokens;
    totals.cacheWrite5m += r.cacheWrite5mTokens;
    totals.cacheWrite1h += r.cacheWrite1hTokens;
    totals.cacheRead += r.cacheReadTokens;
  }
  return totals;
}

export function recordTotals(sessions: readonly SessionRecord[]): Totals {
  const totals = { requests: 0, input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 };
  for (const bucket of sessions.flatMap((s) => s.usage)) {
    totals.requests += bucket.requests;
    totals.input += bucket.inputTokens;
    totals.output += bucket.outputTokens;
    totals.cacheWrite5m += bucket.cacheWrite5mTokens;
    totals.cacheWrite1h += bucket.cacheWrite1hTokens;
    totals.cacheRead += bucket.cacheReadTokens;
  }
  return totals;
}

/**
 * Every member the transcript reader takes from a usage line, objects included, as key paths
 * from the line's top-level object.
 */
export const ASSISTANT_LINE_PATHS = [
  ['type'],
  ['subtype'],
  ['sessionId'],
  ['timestamp'],
  ['gitBranch'],
  ['cwd'],
  ['version'],
  ['isSidechain'],
  ['isMeta'],
  ['isCompactSummary'],
  ['requestId'],
  ['costUSD'],
  ['message'],
  ['message', 'id'],
  ['message', 'model'],
  ['message', 'usage'],
  ['message', 'usage', 'input_tokens'],
  ['message', 'usage', 'output_tokens'],
  ['message', 'usage', 'cache_creation_input_tokens'],
  ['message', 'usage', 'cache_read_input_tokens'],
  ['message', 'usage', 'cache_creation'],
  ['message', 'usage', 'cache_creation', 'ephemeral_5m_input_tokens'],
  ['message', 'usage', 'cache_creation', 'ephemeral_1h_input_tokens'],
  ['message', 'usage', 'server_tool_use'],
  ['message', 'usage', 'server_tool_use', 'web_search_requests'],
  ['message', 'usage', 'speed'],
  ['message', 'usage', 'inference_geo'],
  ['message', 'usage', 'service_tier'],
] as const;

/** The member of a parsed line at `path`, or undefined where the path leaves the objects. */
export function memberAt(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A file's lines as bytes, split at each `\n` and nothing else (a `\r` stays). */
export function lineBuffers(file: string): Buffer[] {
  const bytes = readFileSync(file);
  const out: Buffer[] = [];
  let start = 0;
  for (;;) {
    const nl = bytes.indexOf(0x0a, start);
    out.push(bytes.subarray(start, nl === -1 ? bytes.length : nl));
    if (nl === -1) return out;
    start = nl + 1;
  }
}

/**
 * `bytes` cut into chunks of random sizes (1 to `largest`), each in one reused buffer as a reader
 * hands them out; the buffer is overwritten once the next chunk is asked for.
 */
export function* randomChunks(bytes: Buffer, largest: number, random: (n: number) => number): Generator<Buffer> {
  const buffer = Buffer.alloc(largest);
  for (let at = 0; at < bytes.length;) {
    const size = Math.min(bytes.length - at, 1 + random(largest));
    bytes.copy(buffer, 0, at, at + size);
    at += size;
    yield buffer.subarray(0, size);
    buffer.fill(0x7b); // a chunk is valid only until the next is asked for
  }
}
