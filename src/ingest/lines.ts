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

/**
 * A reader that reads runs of lines straight from the chunk, faster than they are handed out one
 * by one: `linesOf` offers it the whole lines from each line start, and hands out only the lines
 * it leaves.
 */
export interface LineTaker {
  /**
   * The whole lines of `chunk` from `start`, where line `line + 1` starts, at file offset
   * `offset`: reads as many as it can and returns how many; `takenEnd` is then where the first
   * line it left starts. `chunkNo` changes when the chunk does (a reused buffer may not).
   */
  take(chunk: Buffer, chunkNo: number, start: number, line: number, offset: number): number;
  readonly takenEnd: number;
}

export interface LinesOfOptions extends ReadLinesOptions {
  taker?: LineTaker | undefined;
}

export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

/**
 * How every input file is opened: never through a symbolic link (the walk refused links, and a
 * swap after it must not work). O_NOFOLLOW does not exist on Windows; there lstat alone guards.
 */
export const READ_NO_FOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);
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
 * the chunk they were read in and never decoded here; only a line that spans two chunks is
 * copied, into a buffer that grows to the longest such line.
 *
 * Reads are synchronous on purpose: a CLI run or an Action step has nothing else to do while a
 * read is in flight, and awaiting each 1 MiB read left the process idle a quarter of the time.
 * Reading ahead on another thread is `read-ahead.ts`, which hands its chunks to `linesOf`.
 */
export function* readLinesSync(path: string, options: LinesOfOptions = {}): Generator<Line, void, undefined> {
  const { chunkSize = DEFAULT_CHUNK_BYTES, startOffset = 0 } = options;
  checkOptions(options);
  yield* linesOf(fileChunks(path, chunkSize, startOffset), options);
}

export const DEFAULT_CHUNK_BYTES = 1 << 20;

function checkOptions({ chunkSize = DEFAULT_CHUNK_BYTES, startOffset = 0, startLine = 0 }: ReadLinesOptions): void {
  if (!Number.isInteger(chunkSize) || chunkSize < 16) {
    throw new RangeError('chunkSize must be an integer of at least 16 bytes');
  }
  if (!Number.isSafeInteger(startOffset) || startOffset < 0 || !Number.isSafeInteger(startLine) || startLine < 0) {
    throw new RangeError('startOffset and startLine must be non-negative integers');
  }
}

/**
 * A file's bytes from `position` to its end, in chunks read into one reused buffer: each chunk is
 * valid until the next is asked for. Never through a symbolic link: the walk refused links, and
 * a swap after it must not work.
 */
export function* fileChunks(path: string, chunkSize: number, position: number): Generator<Buffer, void, undefined> {
  const fd = openSync(path, READ_NO_FOLLOW);
  const buffer = takeBuffer(chunkSize);
  try {
    for (;;) {
      const bytesRead = readSync(fd, buffer, 0, buffer.length, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    closeSync(fd);
    spare = buffer;
  }
}

/**
 * The lines in a file's bytes, given as consecutive chunks from `startOffset`. A chunk must stay
 * valid until the next one is asked for; lines are views into it, or into the buffer that joins
 * a line split between chunks.
 */
export function* linesOf(
  chunks: Iterable<Buffer>,
  { maxLineBytes = DEFAULT_MAX_LINE_BYTES, startOffset = 0, startLine = 0, taker }: LinesOfOptions = {},
): Generator<Line, void, undefined> {
  let lineNo = startLine;
  let chunkNo = 0;
  /** File offset of the chunk being read. */
  let base = startOffset;
  /** Bytes at the start of the file still to check for a BOM (only at offset 0). */
  let bomPending = startOffset === 0;
  const partial = new PartialLine(maxLineBytes);
  try {
    for (let chunk of chunks) {
      if (bomPending) {
        if (chunk.length < BOM.length && partial.length + chunk.length < BOM.length) {
          // Too few bytes yet to tell: keep them (a regular file's first read is rarely this short).
          partial.add(chunk, 0, chunk.length);
          base += chunk.length;
          continue;
        }
        bomPending = false;
        if (partial.length > 0) {
          // The bytes kept above start the file: read them again with this chunk.
          chunk = Buffer.concat([partial.take(), chunk]);
          partial.clear();
          base = startOffset;
        }
        // Windows editors prepend a UTF-8 BOM; it is not part of the first line's JSON.
        if (chunk[0] === BOM[0] && chunk[1] === BOM[1] && chunk[2] === BOM[2]) {
          chunk = chunk.subarray(BOM.length);
          base += BOM.length;
        }
      }
      let start = 0;
      if (partial.length > 0 || partial.oversized) {
        const nl = chunk.indexOf(NEWLINE);
        if (nl === -1) {
          partial.add(chunk, 0, chunk.length);
          base += chunk.length;
          continue;
        }
        partial.add(chunk, 0, nl);
        start = nl + 1;
        lineNo += 1;
        yield partial.line(lineNo, true, base + start);
        partial.clear();
      }
      chunkNo += 1;
      // A line longer than maxLineBytes is handed out as oversized, never taken.
      const take = taker !== undefined && chunk.length - start <= maxLineBytes ? taker : undefined;
      for (;;) {
        if (take !== undefined) {
          const taken = take.take(chunk, chunkNo, start, lineNo, base + start);
          if (taken > 0) {
            lineNo += taken;
            start = take.takenEnd;
          }
        }
        const nl = chunk.indexOf(NEWLINE, start);
        if (nl === -1) break;
        lineNo += 1;
        const bytes = chunk.subarray(start, nl);
        start = nl + 1;
        yield sized(lineNo, stripCr(bytes), true, maxLineBytes, base + start);
      }
      if (start < chunk.length) partial.add(chunk, start, chunk.length);
      base += chunk.length;
    }
    if (partial.length > 0 || partial.oversized) yield partial.line(lineNo + 1, false, base);
  } finally {
    partial.release();
  }
}

/**
 * The start of a line whose end is in a later chunk, copied out of its chunk. Past
 * `maxLineBytes` only the first bytes are kept: a hostile multi-gigabyte line costs no memory.
 */
class PartialLine {
  length = 0;
  oversized = false;
  private buffer: Buffer = EMPTY;

  constructor(private readonly maxLineBytes: number) {}

  add(chunk: Buffer, start: number, end: number): void {
    if (this.oversized) return;
    const bytes = end - start;
    if (this.length + bytes > this.maxLineBytes) {
      // Keep what the prefix needs; drop the rest as it arrives.
      const keep = Math.max(0, Math.min(bytes, OVERSIZED_PREFIX_BYTES - this.length));
      this.ensure(this.length + keep);
      chunk.copy(this.buffer, this.length, start, start + keep);
      this.length += keep;
      this.oversized = true;
      return;
    }
    this.ensure(this.length + bytes);
    chunk.copy(this.buffer, this.length, start, end);
    this.length += bytes;
  }

  line(line: number, terminated: boolean, end: number): Line {
    const bytes = this.buffer.subarray(0, this.length);
    if (this.oversized)
      return { line, bytes: bytes.subarray(0, OVERSIZED_PREFIX_BYTES), terminated, oversized: true, end };
    return sized(line, stripCr(bytes), terminated, this.maxLineBytes, end);
  }

  take(): Buffer {
    return Buffer.from(this.buffer.subarray(0, this.length));
  }

  clear(): void {
    this.length = 0;
    this.oversized = false;
  }

  release(): void {
    if (this.buffer.length > 0 && this.buffer.length <= MAX_SPARE_JOIN_BYTES) spareJoin = this.buffer;
    this.buffer = EMPTY;
  }

  private ensure(size: number): void {
    if (size <= this.buffer.length) return;
    let next = Math.max(this.buffer.length * 2, 64 * 1024);
    if (spareJoin !== undefined && this.buffer.length === 0 && spareJoin.length >= size) {
      this.buffer = spareJoin;
      spareJoin = undefined;
      return;
    }
    while (next < size) next *= 2;
    const grown = Buffer.allocUnsafe(next);
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}

const EMPTY = Buffer.alloc(0);

function sized(line: number, bytes: Buffer, terminated: boolean, maxLineBytes: number, end: number): Line {
  return bytes.length > maxLineBytes
    ? { line, bytes: bytes.subarray(0, OVERSIZED_PREFIX_BYTES), terminated, oversized: true, end }
    : { line, bytes, terminated, oversized: false, end };
}

function stripCr(bytes: Buffer): Buffer {
  return bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.subarray(0, bytes.length - 1) : bytes;
}

/**
 * One spare read buffer and one spare join buffer per thread. A fresh 1 MiB buffer per file is
 * fresh memory the kernel has to fault in page by page: over a tree of small transcripts that
 * cost more than the reads. A reader takes the spare (a second reader running at the same time
 * allocates its own) and gives it back when done.
 */
let spare: Buffer | undefined;
let spareJoin: Buffer | undefined;
/** A join buffer grown past this for one long line is let go rather than kept. */
const MAX_SPARE_JOIN_BYTES = 8 * 1024 * 1024;

function takeBuffer(size: number): Buffer {
  const buffer = spare !== undefined && spare.length === size ? spare : Buffer.allocUnsafe(size);
  if (buffer === spare) spare = undefined;
  return buffer;
}
