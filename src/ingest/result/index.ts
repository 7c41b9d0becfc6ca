import { lstat, open } from 'node:fs/promises';
import { extname } from 'node:path';
import { sessionIdFromPath, utcDayOf } from '../../records/identifiers.js';
import { errorCode, readJsonFile } from '../json-file.js';
import { READ_NO_FOLLOW } from '../lines.js';
import { emptyFileResult, type FileResult, type ParseOptions, type Parser } from '../types.js';
import { parseResultObject } from './session.js';
import { looksLikeStream, scanStream } from './stream.js';

export { modelUsageToBuckets } from './buckets.js';
export { parseResultObject, type ResultContext, type ResultParse } from './session.js';

const HEAD_BYTES = 64 * 1024;

/**
 * Claude Code result objects: `claude -p --output-format json` (one object), the last result line
 * of `--output-format stream-json`, and claude-code-action's `execution_file` (an array).
 *
 * A result object has no timestamp, so its usage is dated by the file's modification time (UTC
 * day): the file is written when the run ends, which is the best clock there is, and the day only
 * picks which price-book row is in force. Once recorded, the day is fixed in the record.
 */
export const resultParser: Parser = {
  format: 'result',
  detect(path, head) {
    const ext = extname(path).toLowerCase();
    if (ext === '.jsonl' || ext === '.ndjson') return looksLikeStream(head);
    if (ext !== '.json') return false;
    return looksLikeStream(head) || head.trimStart().startsWith('[') || /"type"\s*:\s*"result"/.test(head);
  },
  async parse(path, options) {
    const ext = extname(path).toLowerCase();
    if (ext === '.json' && !(await startsLikeStream(path))) return parseWholeFile(path, options);
    return parseStreamFile(path, options);
  },
};

async function parseWholeFile(path: string, options: ParseOptions): Promise<FileResult> {
  const out = emptyFileResult('result');
  const read = await readJsonFile(path, options);
  if (!read.ok) {
    out.skipped.push(read.skipped);
    return out;
  }
  out.linesRead = read.file.lines;
  const value = read.file.value;
  // execution_file: every SDK message of the run; the last result carries the totals.
  const found = Array.isArray(value) ? value.findLast((m) => isObject(m) && m.type === 'result') : value;
  if (found === undefined) {
    out.skipped.push({ file: options.displayName, line: 0, reason: 'no result element in the array' });
    return out;
  }
  addSession(out, found, 0, path, read.file.mtime, options, []);
  return out;
}

async function parseStreamFile(path: string, options: ParseOptions): Promise<FileResult> {
  const out = emptyFileResult('result');
  const skip = (line: number, reason: string): void => {
    out.skipped.push({ file: options.displayName, line, reason });
  };
  let scan;
  let mtime: Date;
  try {
    const info = await lstat(path);
    if (info.isSymbolicLink()) return (skip(0, 'symbolic link not followed'), out);
    if (!info.isFile()) return (skip(0, 'not a regular file'), out);
    mtime = info.mtime;
    scan = await scanStream(path, options.maxJsonBytes);
  } catch (error) {
    skip(0, `cannot read: ${errorCode(error)}`);
    return out;
  }
  out.linesRead = scan.lines;
  for (const p of scan.problems) skip(p.line, p.reason);
  if (scan.result === undefined) {
    if (scan.problems.length === 0) skip(0, 'no result line (the run may not have finished)');
    return out;
  }
  const earlier = scan.problems.map((p) => p.reason);
  addSession(out, scan.result.value, scan.result.line, path, mtime, options, earlier);
  return out;
}

function addSession(
  out: FileResult,
  value: unknown,
  line: number,
  path: string,
  mtime: Date,
  options: ParseOptions,
  earlier: string[],
): void {
  const parsed = parseResultObject(value, {
    fallbackSessionId: sessionIdFromPath(path),
    day: utcDayOf(mtime),
    linesRead: out.linesRead,
    skipped: earlier,
  });
  if (!parsed.ok) {
    out.skipped.push({ file: options.displayName, line, reason: parsed.reason });
    return;
  }
  out.sessions.push(parsed.record);
  for (const reason of parsed.skipped) out.skipped.push({ file: options.displayName, line, reason });
}

/** A `.json` file may hold stream-json lines too; its first line tells. */
async function startsLikeStream(path: string): Promise<boolean> {
  try {
    const handle = await open(path, READ_NO_FOLLOW);
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return looksLikeStream(buffer.subarray(0, bytesRead).toString('utf8'));
    } finally {
      await handle.close();
    }
  } catch {
    return false; // readJsonFile reports why the file cannot be read.
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
