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
  /**
   * File offset just past this line: past its `\n` when terminated, the end of the data read
   * when not. Where a later read resumes (`startOffset`) to see only what came after this line.
   */
  end: number;
}

export interface ReadLinesOptions {
  /** Bytes read per call, and the size of the reused buffer. */
  chunkSize?: number;
  /** Lines longer than this are not kept (see `Line.oversized`). */
  maxLineBytes?: number;
  /**
   * Byte offset to start at: the `end` of a line an earlier read stopped after, never the middle
   * of a line. A BOM is recognised only at offset 0.
   */
  startOffset?: number;
  /** Lines before `startOffset`: numbering goes on from here. */
  startLine?: number;
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
 * tool-result lines that the caller only byte-searches, so lines are handed out as views into
 * one reused buffer and never decoded here. A line longer than the buffer grows the buffer
 * (doubling, up to `maxLineBytes`), so a file of long lines settles on one buffer instead of
 * allocating and joining pieces for each.
 *
 * Reads are synchronous on purpose: a CLI run or an Action step has nothing else to do while a
 * read is in flight, and awaiting each 1 MiB read left the process idle a quarter of the time.
 * Parallelism comes from reading several files on worker threads (`worker-pool.ts`).
 */
export function* readLinesSync(
  path: string,
  { chunkSize = 1 << 20, maxLineBytes = DEFAULT_MAX_LINE_BYTES, startOffset = 0, startLine = 0 }: ReadLinesOptions = {},
): Generator<Line, void, undefined> {
  if (!Number.isInteger(chunkSize) || chunkSize < 16) {
    throw new RangeError('chunkSize must be an integer of at least 16 bytes');
  }
  if (!Number.isSafeInteger(startOffset) || startOffset < 0 || !Number.isSafeInteger(startLine) || startLine < 0) {
    throw new RangeError('startOffset and startLine must be non-negative integers');
  }
  // Never through a symbolic link: the walk refused links, and a swap after it must not work.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  let buf = takeBuffer(chunkSize);
  try {
    let start = 0;
    let end = 0;
    /** First bytes of the current line once it has grown past `maxLineBytes`; the rest is dropped. */
    let oversizedPrefix: Buffer | undefined;
    let lineNo = startLine;
    let atFileStart = startOffset === 0;
    /** File offset of `buf[0]`, and of the next read. */
    let base = startOffset;
    let position = startOffset;

    for (;;) {
      const bytesRead = readSync(fd, buf, end, buf.length - end, position);
      const eof = bytesRead === 0;
      end += bytesRead;
      position += bytesRead;

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
        const bytes = view.subarray(start, nl);
        start = nl + 1;
        if (oversizedPrefix !== undefined) {
          yield { line: lineNo, bytes: oversizedPrefix, terminated: true, oversized: true, end: base + start };
          oversizedPrefix = undefined;
        } else {
          yield sized(lineNo, stripCr(bytes), true, maxLineBytes, base + start);
        }
      }

      if (eof) break;
      if (oversizedPrefix !== undefined || start === end) {
        // Nothing left to keep: an oversized line's bytes are dropped as they arrive.
        base += end;
        start = end = 0;
      } else if (start > 0) {
        // Keep the partial line, move it to the front and read more behind it.
        buf.copyWithin(0, start, end);
        base += start;
        end -= start;
        start = 0;
      } else if (end === buf.length) {
        // One line fills the whole buffer.
        if (end > maxLineBytes) {
          oversizedPrefix = Buffer.from(buf.subarray(0, OVERSIZED_PREFIX_BYTES));
          base += end;
          start = end = 0;
        } else {
          const grown = Buffer.allocUnsafe(Math.min(buf.length * 2, maxLineBytes + 1));
          buf.copy(grown, 0, 0, end);
          buf = grown;
        }
      }
    }

    if (oversizedPrefix !== undefined) {
      yield { line: lineNo + 1, bytes: oversizedPrefix, terminated: false, oversized: true, end: position };
    } else if (end > start) {
      yield sized(lineNo + 1, stripCr(buf.subarray(start, end)), false, maxLineBytes, position);
    }
  } finally {
    closeSync(fd);
    giveBackBuffer(buf, chunkSize);
  }
}

function sized(line: number, bytes: Buffer, terminated: boolean, maxLineBytes: number, end: number): Line {
  return bytes.length > maxLineBytes
    ? { line, bytes: bytes.subarray(0, OVERSIZED_PREFIX_BYTES), terminated, oversized: true, end }
    : { line, bytes, terminated, oversized: false, end };
}

function stripCr(bytes: Buffer): Buffer {
  return bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.subarray(0, bytes.length - 1) : bytes;
}

/**
 * One spare read buffer per thread. A fresh 1 MiB buffer per file is fresh memory the kernel has
 * to fault in page by page: over a tree of small transcripts that cost more than the reads.
 * A reader takes the spare (a second reader running at the same time allocates its own) and
 * gives its buffer back when done, unless a long line grew it: that one is let go.
 */
let spare: Buffer | undefined;

function takeBuffer(size: number): Buffer {
  const buffer = spare !== undefined && spare.length === size ? spare : Buffer.allocUnsafe(size);
  if (buffer === spare) spare = undefined;
  return buffer;
}

function giveBackBuffer(buffer: Buffer, size: number): void {
  if (buffer.length === size) spare = buffer;
}
