import { readdirSync, statSync } from 'node:fs';
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
