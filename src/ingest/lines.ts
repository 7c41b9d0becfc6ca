import { closeSync, constants, openSync, readSync } from 'node:fs';

export interface Line {
  /** 1-based physical line number. */
  line: number;
  /**
   * The line without its `\n` (and without a `\r` before it). Usually a view into the reader's
   * reused buffer: valid only until the loop asks for the next line. Copy it to keep it.
   */
  bytes: Buffer;
  /** False for a last line that has no newline (a live transcript may be cut mid-write). */
  terminated: boolean;
  /**
   * The line was longer than `maxLineBytes`: it was not kept, and `bytes` holds only its first
   * bytes, enough to tell what kind of line it was. A hostile multi-gigabyte line costs no memory.
   */
  oversized: boolean;
}

export interface ReadLinesOptions {
  /** Bytes read per call, and the size of the reused buffer. */
  chunkSize?: number;
  /** Lines longer than this are not kept (see `Line.oversized`). */
  maxLineBytes?: number;
}

export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;
const OVERSIZED_PREFIX_BYTES = 256;

const NEWLINE = 0x0a;
const CR = 0x0d;
const BOM = [0xef, 0xbb, 0xbf] as const;

/** `readLinesSync` for `for await` callers. */
export async function* readLines(path: string, options: ReadLinesOptions = {}): AsyncGenerator<Line, void, undefined> {
  yield* readLinesSync(path, options);
}

/**
 * Streams a file's lines without holding the file in memory. Transcripts are mostly huge
 * tool-result lines that the caller only byte-searches, so lines are handed out as buffer
 * views and never decoded here. A line longer than the buffer is gathered from whole chunks
 * (handed off, not copied) and joined once.
 *
 * Reads are synchronous on purpose: a CLI run or an Action step has nothing else to do while a
 * read is in flight, and awaiting each 1 MiB read left the process idle a quarter of the time.
 * Parallelism comes from reading several files on worker threads (`worker-pool.ts`).
 */
export function* readLinesSync(
  path: string,
  { chunkSize = 1 << 20, maxLineBytes = DEFAULT_MAX_LINE_BYTES }: ReadLinesOptions = {},
): Generator<Line, void, undefined> {
  if (!Number.isInteger(chunkSize) || chunkSize < 16) {
    throw new RangeError('chunkSize must be an integer of at least 16 bytes');
  }
  // Never through a symbolic link: the walk refused links, and a swap after it must not work.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  let buf = takeBuffer(chunkSize);
  try {
    let start = 0;
    let end = 0;
    /** Earlier pieces of a line that did not fit in the buffer. */
    let parts: Buffer[] = [];
    let partsBytes = 0;
    /** First bytes of the current line once it has grown past `maxLineBytes`. */
    let oversizedPrefix: Buffer | undefined;
    let lineNo = 0;
    let atFileStart = true;

    let eof = false;
    while (!eof) {
      const bytesRead = readSync(fd, buf, end, buf.length - end, null);
      if (bytesRead === 0) eof = true;
      end += bytesRead;

      if (atFileStart) {
        if (end < BOM.length && !eof) continue; // too few bytes yet to tell
        atFileStart = false;
        // Windows editors prepend a UTF-8 BOM; it is not part of the first line's JSON.
        if (end >= BOM.length && buf[0] === BOM[0] && buf[1] === BOM[1] && buf[2] === BOM[2]) {
          start = BOM.length;
        }
      }

      const view = buf.subarray(0, end);
      for (;;) {
        const nl = view.indexOf(NEWLINE, start);
        if (nl === -1) break;
        lineNo += 1;
        let bytes = view.subarray(start, nl);
        start = nl + 1;
        if (oversizedPrefix !== undefined) {
          yield { line: lineNo, bytes: oversizedPrefix, terminated: true, oversized: true };
          oversizedPrefix = undefined;
          continue;
        }
        if (parts.length > 0) {
          parts.push(bytes);
          bytes = Buffer.concat(parts);
          parts = [];
          partsBytes = 0;
        }
        yield sized(lineNo, stripCr(bytes), true, maxLineBytes);
      }

      if (eof) break;
      if (start === end) {
        start = end = 0;
      } else if (start > 0) {
        // Keep the partial line, move it to the front and read more behind it.
        buf.copyWithin(0, start, end);
        end -= start;
        start = 0;
      } else if (end === buf.length) {
        // One line fills the whole buffer: hand the buffer off and read into a fresh one.
        if (oversizedPrefix === undefined) {
          parts.push(buf);
          partsBytes += buf.length;
          if (partsBytes > maxLineBytes) {
            oversizedPrefix = Buffer.from((parts[0] as Buffer).subarray(0, OVERSIZED_PREFIX_BYTES));
            parts = [];
            partsBytes = 0;
          }
          buf = Buffer.allocUnsafe(chunkSize);
        }
        start = end = 0;
      }
    }

    if (oversizedPrefix !== undefined) {
      yield { line: lineNo + 1, bytes: oversizedPrefix, terminated: false, oversized: true };
    } else if (end > start || parts.length > 0) {
      lineNo += 1;
      parts.push(buf.subarray(start, end));
      const bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
      yield sized(lineNo, stripCr(bytes), false, maxLineBytes);
    }
  } finally {
    closeSync(fd);
    giveBackBuffer(buf);
  }
}

/**
 * One spare read buffer per thread. A fresh 1 MiB buffer per file is fresh memory the kernel has
 * to fault in page by page: over a tree of small transcripts that cost more than the reads.
 * A reader takes the spare (a second reader running at the same time allocates its own) and
 * gives its buffer back when done; a buffer handed off as part of a long line is never reused.
 */
let spare: Buffer | undefined;

function takeBuffer(size: number): Buffer {
  const buffer = spare !== undefined && spare.length === size ? spare : Buffer.allocUnsafe(size);
  if (buffer === spare) spare = undefined;
  return buffer;
}

function giveBackBuffer(buffer: Buffer): void {
  spare = buffer;
}

function sized(line: number, bytes: Buffer, terminated: boolean, maxLineBytes: number): Line {
  return bytes.length > maxLineBytes
    ? { line, bytes: bytes.subarray(0, OVERSIZED_PREFIX_BYTES), terminated, oversized: true }
    : { line, bytes, terminated, oversized: false };
}

function stripCr(bytes: Buffer): Buffer {
  return bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.subarray(0, bytes.length - 1) : bytes;
}
