import type { Fingerprints } from './cache/fingerprint.js';
import type { ResumePoint } from './transcript/parse.js';
import type { FileResult, RequestEvent } from './types.js';
import type { Outcome } from './worker-pool.js';

/**
 * How a worker's outcome crosses to the main thread. Structured clone writes every key of every
 * object, and a file's requests are thousands of objects with the same 21 keys and the same
 * handful of session, model and branch strings: decoding them cost the main thread more than
 * reading some files. Requests travel as columns instead: their numbers in one Float64Array (a
 * block copy), their repeated strings once in a table, only ids and times one per request.
 * Everything else (facts, skipped lines, sessions of other formats) is small and cloned as is.
 */
export type PackedOutcome =
  | {
      format: FileResult['format'];
      result: PackedResult;
      resume?: { point: ResumePoint; committed: PackedResult | undefined; marks?: Fingerprints | undefined };
    }
  | undefined;

export interface PackedResult extends Omit<FileResult, 'requests'> {
  requests: PackedRequests;
}

export interface PackedRequests {
  count: number;
  /** Distinct values of the repeated string fields; `TABLED` fields hold an index into it. */
  table: string[];
  /** messageId, requestId and timestamp of each request, in that order. */
  unique: Array<string | undefined>;
  /** `NUMBERS`, then `isSidechain` and `reportedCostUsd`, then `TABLED` indexes, per request. */
  numbers: Float64Array;
}

const NUMBERS = [
  'inputTokens',
  'outputTokens',
  'cacheWrite5mTokens',
  'cacheWrite1hTokens',
  'cacheReadTokens',
  'webSearchRequests',
  'line',
] as const satisfies ReadonlyArray<keyof RequestEvent>;

const TABLED = [
  'sessionId',
  'model',
  'branch',
  'cwd',
  'toolVersion',
  'origin',
  'speed',
  'geo',
  'file',
] as const satisfies ReadonlyArray<keyof RequestEvent>;

const STRIDE = NUMBERS.length + 2 + TABLED.length;
const ABSENT = -1;

export function packOutcome(outcome: Outcome): PackedOutcome {
  if (outcome === undefined) return undefined;
  const packed: PackedOutcome = { format: outcome.format, result: packResult(outcome.result) };
  if (outcome.resume !== undefined) {
    const { point, committed, marks } = outcome.resume;
    packed.resume = { point, committed: committed === undefined ? undefined : packResult(committed), marks };
  }
  return packed;
}

export function unpackOutcome(packed: PackedOutcome): Outcome {
  if (packed === undefined) return undefined;
  const outcome: Outcome = { format: packed.format, result: unpackResult(packed.result) };
  if (packed.resume !== undefined) {
    const { point, committed, marks } = packed.resume;
    outcome.resume = { point, committed: committed === undefined ? undefined : unpackResult(committed), marks };
  }
  return outcome;
}

/** The buffers to hand over rather than copy when posting `packed`. */
export function transferList(packed: PackedOutcome): ArrayBuffer[] {
  if (packed === undefined) return [];
  const list = [packed.result.requests.numbers.buffer as ArrayBuffer];
  const committed = packed.resume?.committed;
  if (committed !== undefined) list.push(committed.requests.numbers.buffer as ArrayBuffer);
  return list;
}

function packResult(result: FileResult): PackedResult {
  return { ...result, requests: packRequests(result.requests) };
}

function unpackResult(packed: PackedResult): FileResult {
  return { ...packed, requests: unpackRequests(packed.requests) };
}

export function packRequests(requests: readonly RequestEvent[]): PackedRequests {
  const table: string[] = [];
  const indexes = new Map<string, number>();
  const unique = new Array<string | undefined>(requests.length * 3);
  const numbers = new Float64Array(requests.length * STRIDE);
  requests.forEach((request, i) => {
    let at = i * STRIDE;
    for (const field of NUMBERS) numbers[at++] = request[field];
    numbers[at++] = request.isSidechain ? 1 : 0;
    // A reported cost is finite and non-negative (the schema checks it): NaN can mean "none".
    numbers[at++] = request.reportedCostUsd ?? Number.NaN;
    for (const field of TABLED) {
      const value = request[field];
      if (value === undefined) {
        numbers[at++] = ABSENT;
        continue;
      }
      let index = indexes.get(value);
      if (index === undefined) {
        index = table.length;
        table.push(value);
        indexes.set(value, index);
      }
      numbers[at++] = index;
    }
    unique[i * 3] = request.messageId;
    unique[i * 3 + 1] = request.requestId;
    unique[i * 3 + 2] = request.timestamp;
  });
  return { count: requests.length, table, unique, numbers };
}

/** The columns hold `count` requests whose table references point into the table. */
export function hasPackedShape({ count, table, unique, numbers }: PackedRequests): boolean {
  if (numbers.length !== count * STRIDE || unique.length !== count * 3) return false;
  for (let at = 0; at < numbers.length; at += STRIDE) {
    for (let field = at + NUMBERS.length + 2; field < at + STRIDE; field += 1) {
      const index = numbers[field] as number;
      if (!Number.isInteger(index) || index < ABSENT || index >= table.length) return false;
    }
  }
  return true;
}

export function unpackRequests({ count, table, unique, numbers }: PackedRequests): RequestEvent[] {
  const text = (index: number | undefined): string | undefined =>
    index === undefined || index === ABSENT ? undefined : table[index];
  const requests = new Array<RequestEvent>(count);
  for (let i = 0; i < count; i += 1) {
    const at = i * STRIDE;
    const tabled = at + NUMBERS.length + 2;
    const cost = numbers[at + NUMBERS.length + 1] as number;
    // The key order of `toRequest`, so a request read here looks like one read on this thread.
    requests[i] = {
      messageId: unique[i * 3],
      requestId: unique[i * 3 + 1],
      sessionId: text(numbers[tabled]) as string,
      timestamp: unique[i * 3 + 2],
      model: text(numbers[tabled + 1]) as string,
      branch: text(numbers[tabled + 2]),
      cwd: text(numbers[tabled + 3]),
      toolVersion: text(numbers[tabled + 4]),
      isSidechain: numbers[at + NUMBERS.length] === 1,
      origin: text(numbers[tabled + 5]) as RequestEvent['origin'],
      speed: text(numbers[tabled + 6]) as RequestEvent['speed'],
      geo: text(numbers[tabled + 7]) as string,
      inputTokens: numbers[at] as number,
      outputTokens: numbers[at + 1] as number,
      cacheWrite5mTokens: numbers[at + 2] as number,
      cacheWrite1hTokens: numbers[at + 3] as number,
      cacheReadTokens: numbers[at + 4] as number,
      webSearchRequests: numbers[at + 5] as number,
      reportedCostUsd: Number.isNaN(cost) ? undefined : cost,
      file: text(numbers[tabled + 8]) as string,
      line: numbers[at + 6] as number,
    };
  }
  return requests;
}
