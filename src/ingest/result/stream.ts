import { readLines } from '../lines.js';

// stream-json lines are compact JSON; the spaced form covers hand-formatted copies.
const MARKERS = ['"type":"result"', '"type": "result"'] as const;

export interface StreamScan {
  /** The last line whose object is a result, parsed. */
  result: { value: unknown; line: number } | undefined;
  problems: Array<{ line: number; reason: string }>;
  lines: number;
}

/**
 * Find the last `type:"result"` line of a `--output-format stream-json` file. Each result line
 * carries the run's totals so far, so the last one is the whole run. Other lines (most of the
 * bytes) get only a byte search for the marker, never a parse.
 */
export async function scanStream(path: string, maxLineBytes: number): Promise<StreamScan> {
  const scan: StreamScan = { result: undefined, problems: [], lines: 0 };
  for await (const { line: number, bytes, oversized } of readLines(path, { maxLineBytes })) {
    scan.lines = number;
    if (oversized) {
      if (hasMarker(bytes))
        scan.problems.push({ line: number, reason: `result line is larger than ${maxLineBytes} bytes` });
      continue;
    }
    if (!hasMarker(bytes)) continue;
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8'));
    } catch {
      // Typically the last line of a run that is still writing, or was killed mid-line.
      scan.problems.push({ line: number, reason: 'result line is not valid JSON' });
      continue;
    }
    // The marker can also sit inside a nested object (a tool's input); only top-level counts.
    if (isObject(value) && value.type === 'result') scan.result = { value, line: number };
  }
  return scan;
}

function hasMarker(bytes: Buffer): boolean {
  return MARKERS.some((m) => bytes.includes(m));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** First line of a stream-json file: `{"type":"system","subtype":"init","session_id":...}`. */
export function looksLikeStream(head: string): boolean {
  const firstLine = head.split('\n', 1)[0] ?? '';
  return /"type"\s*:\s*"system"/.test(firstLine) && firstLine.includes('"session_id"');
}
