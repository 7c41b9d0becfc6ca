import { lstat, open } from 'node:fs/promises';
import { READ_NO_FOLLOW } from './lines.js';
import type { ParseOptions, Skipped } from './types.js';

/** A whole JSON file, parsed. `lines` counts physical lines, for `linesRead`. */
export interface JsonFile {
  value: unknown;
  lines: number;
  /** Last modification time: the only clock some formats have (result objects carry none). */
  mtime: Date;
}

export type JsonFileRead = { ok: true; file: JsonFile } | { ok: false; skipped: Skipped };

/**
 * Read and parse a whole JSON file that may be hostile: symbolic links are not followed, the size
 * is capped before and while reading, and a parse error is reported by line, never with the text
 * (V8's messages quote the offending input). Problems come back as one skipped entry.
 */
export async function readJsonFile(path: string, options: ParseOptions): Promise<JsonFileRead> {
  const skip = (line: number, reason: string): JsonFileRead => ({
    ok: false,
    skipped: { file: options.displayName, line, reason },
  });
  const max = options.maxJsonBytes;
  let bytes: Buffer;
  let mtime: Date;
  try {
    const info = await lstat(path);
    if (info.isSymbolicLink()) return skip(0, 'symbolic link not followed');
    if (!info.isFile()) return skip(0, 'not a regular file');
    if (info.size > max) return skip(0, `file is larger than ${max} bytes`);
    const handle = await open(path, READ_NO_FOLLOW);
    try {
      // Read one byte past the cap: a file that grew since lstat is still refused.
      const buffer = Buffer.alloc(Math.min(info.size, max) + 1);
      let filled = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
        if (filled === buffer.length) break;
      }
      if (filled > max) return skip(0, `file is larger than ${max} bytes`);
      bytes = buffer.subarray(0, filled);
      mtime = (await handle.stat()).mtime;
    } finally {
      await handle.close();
    }
  } catch (error) {
    return skip(0, `cannot read: ${errorCode(error)}`);
  }

  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = countLines(text);
  try {
    return { ok: true, file: { value: JSON.parse(text) as unknown, lines, mtime } };
  } catch (error) {
    return skip(jsonErrorLine(error, text, lines), 'not valid JSON');
  }
}

export function countLines(text: string): number {
  if (text === '') return 0;
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n : n + 1;
}

/**
 * The 1-based line of a JSON.parse error. V8 gives "at position N" for most errors (Node 20 and
 * later), nothing for "Unexpected token" on Node 20, and "Unexpected end" for cut files; unknown
 * positions give 0, which reads as "the whole file".
 */
export function jsonErrorLine(error: unknown, text: string, lines: number): number {
  const message = error instanceof Error ? error.message : '';
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return countLines(text.slice(0, Number(position) + 1)) || 1;
  if (/Unexpected end of JSON input/.test(message)) return Math.max(lines, 1);
  return 0;
}

/** The errno code only: fs messages repeat the path, which callers already show. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'I/O error';
}
