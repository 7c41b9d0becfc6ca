import { Worker } from 'node:worker_threads';
import { closeSync, openSync, readSync } from 'node:fs';
import { DEFAULT_CHUNK_BYTES, fileChunks, READ_NO_FOLLOW } from './lines.js';
import { scannerRing } from './transcript/line-scan.js';

/**
 * Reading ahead on a second thread, for one reader that reads files in a known order. The reader
 * thread reads each file's bytes into a ring of shared chunks, and the parsing thread takes them
 * in order without a system call, then parses them in place. The copy from the page cache, about
 * a tenth of a large read, moves off the parsing thread, and on a cold disk the next files are
 * already on their way while the current one is parsed.
 *
 * Both sides follow the same plan: every file, from its start offset to the size the walk saw,
 * cut into chunks ("entries", numbered across files). Entry `e` goes in slot `e % slots`. The
 * reader fills a slot once the parser has released the entry before it, and the parser releases
 * entries strictly in order. A slot's entry and state are one atomic word (`entry * 4 + state`),
 * so a reader that falls behind can never fill a slot that has moved on to a later entry.
 *
 * The ring lives in the line scanner's shared WebAssembly memory when that is free
 * (`scannerRing`), so the scanner reads each chunk where the reader thread put it.
 *
 * While the reader thread is still starting, the parser does not wait: it claims the entries the
 * reader has not got to and reads them itself. A file that grew since the walk is read on to its
 * end directly; one the reader could not open is read directly too, so any error is the one a
 * direct read raises.
 */

export interface PlannedFile {
  path: string;
  /** Offset to start at (a transcript known from an earlier read resumes there). */
  start: number;
  /** The size the walk saw. */
  size: number;
}

export interface ReadAheadOptions {
  /** Chunks in the ring. */
  slots?: number;
  chunkSize?: number;
}

/** Slot states, the low two bits of a slot's word. */
const EMPTY = 0;
const READING = 1;
const FILLED = 2;
const TAKEN = 3;
/** Per slot: word (entry * 4 + state), length, failed, unused. */
const SLOT_INTS = 4;
/** A word past every entry: what `stop` leaves in the slots. */
const STOPPED = 0x7ffffffc;

/**
 * 16 MiB ahead: on a cold disk 16 chunks kept the parser fed better than 8 (0.88 s against
 * 0.89-0.96 s for the bench tree), and 32 did no better.
 */
const DEFAULT_SLOTS = 16;

/**
 * How long a reader waiting for a free slot sleeps before it looks again. The parsing thread does
 * not wake it for each slot it frees: the woken reader took the parser's CPU for its read (on a
 * 2-core runner the two share one), which cost the parser 10-30 ms per run on the bench tree.
 * A ring of 16 chunks holds some 16 ms of parsing, so a reader that looks every millisecond
 * stays ahead (cold, 0.81 s against 0.87 s).
 */
const RECHECK_MS = 1;

/**
 * The reader thread: plain JavaScript evaluated as its own script, so starting it loads no
 * bundle. It opens without following links and without blocking (a FIFO swapped in after the
 * walk must not hang it), reads only regular files, and marks a chunk failed rather than throw.
 */
const READER_SOURCE = `
const { closeSync, constants, fstatSync, openSync, readSync } = require('node:fs');
const { workerData } = require('node:worker_threads');
const { files, first, chunkSize, slots, header, data, dataOffset } = workerData;
const h = new Int32Array(header);
const bytes = new Uint8Array(data, dataOffset, slots * chunkSize);
const AT = slots * ${SLOT_INTS};
const flags = constants.O_RDONLY | (constants.O_NOFOLLOW || 0) | (constants.O_NONBLOCK || 0);
for (let index = 0; index < files.length && Atomics.load(h, AT + 1) === 0; index += 1) {
  const file = files[index];
  const end = first[index + 1];
  if (end <= Atomics.load(h, AT)) continue;
  let fd = -1;
  let failed = false;
  try {
    fd = openSync(file.path, flags);
    if (!fstatSync(fd).isFile()) failed = true;
  } catch {
    failed = true;
  }
  for (let entry = first[index], position = file.start; entry < end; entry += 1, position += chunkSize) {
    const slot = entry % slots;
    const at = slot * ${SLOT_INTS};
    let word;
    while ((word = Atomics.load(h, at)) >> 2 < entry) Atomics.wait(h, at, word, ${RECHECK_MS});
    if (Atomics.load(h, AT + 1) !== 0) break;
    if (Atomics.compareExchange(h, at, entry * 4 + ${EMPTY}, entry * 4 + ${READING}) !== entry * 4 + ${EMPTY}) continue;
    const want = Math.min(chunkSize, file.size - position);
    let got = 0;
    try {
      for (let n; !failed && got < want && (n = readSync(fd, bytes, slot * chunkSize + got, want - got, position + got)) > 0; ) got += n;
    } catch {
      failed = true;
    }
    h[at + 1] = got;
    h[at + 2] = failed ? 1 : 0;
    Atomics.store(h, at, entry * 4 + ${FILLED});
    Atomics.notify(h, at);
  }
  if (fd >= 0) closeSync(fd);
}
`;

export class ReadAhead {
  private readonly slots: number;
  private readonly chunkSize: number;
  private readonly header: Int32Array;
  private readonly data: Buffer;
  /** Per file, its first entry; one more at the end. */
  private readonly first: number[];
  private readonly worker: Worker | undefined;
  /** Every entry below this has been released. */
  private released = 0;
  /**
   * Every entry below this has been released and the reader woken for it. A reader that is
   * ahead waits for a free slot; it is not woken when one is freed (see `RECHECK_MS`), only when
   * this thread has caught up with it.
   */
  private notified = 0;
  /** For entries this thread reads itself: one buffer, and the file it has open. */
  private own: Buffer | undefined;
  private ownFd = -1;
  private ownIndex = -1;
  /** Called when the reader thread has exited and when `stop` is: the second frees the ring. */
  private readonly done: () => void;
  private stopped = false;

  constructor(
    private readonly files: readonly PlannedFile[],
    options: ReadAheadOptions = {},
  ) {
    this.slots = options.slots ?? DEFAULT_SLOTS;
    this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_BYTES;
    this.first = [0];
    for (const file of files) {
      const last = this.first[this.first.length - 1] as number;
      this.first.push(last + Math.max(0, Math.ceil((file.size - file.start) / this.chunkSize)));
    }
    const header = new SharedArrayBuffer((this.slots * SLOT_INTS + 2) * 4);
    const ring = scannerRing(this.slots * this.chunkSize);
    let pending = 2;
    this.done = () => {
      pending -= 1;
      if (pending === 0) ring?.release();
    };
    this.data = ring?.buffer ?? Buffer.from(new SharedArrayBuffer(this.slots * this.chunkSize));
    this.header = new Int32Array(header);
    for (let slot = 0; slot < this.slots; slot += 1) this.header[slot * SLOT_INTS] = slot * 4 + EMPTY;
    let worker: Worker | undefined;
    try {
      worker = new Worker(READER_SOURCE, {
        eval: true,
        workerData: {
          files,
          first: this.first,
          chunkSize: this.chunkSize,
          slots: this.slots,
          header,
          data: this.data.buffer,
          dataOffset: this.data.byteOffset,
        },
      });
      worker.unref();
      // A reader that fails costs only its help: its entries are read here.
      worker.on('error', () => undefined);
      // The scanner's memory is free for another ring once nothing reads or writes this one.
      worker.once('exit', this.done);
    } catch {
      worker = undefined;
      this.done();
    }
    this.worker = worker;
  }

  /**
   * The bytes of file `index` from its start offset to its end, in chunks, each valid until the
   * next is asked for. Files are read in order: every earlier file must be `finish`ed first.
   */
  *chunks(index: number): Generator<Buffer, void, undefined> {
    const file = this.files[index];
    const end = this.first[index + 1];
    if (file === undefined || end === undefined) return;
    let position = file.start;
    let entry = this.first[index] as number;
    let held = -1;
    try {
      for (; entry < end; entry += 1) {
        const want = Math.min(this.chunkSize, file.size - position);
        const chunk = this.take(entry, index, position, want);
        held = entry;
        if (chunk.length > 0) yield chunk;
        this.release(entry);
        held = -1;
        position += chunk.length;
        // Shorter than planned: the file shrank, and ends here.
        if (chunk.length < want) return;
      }
    } finally {
      if (held !== -1) this.release(held);
      this.closeOwn();
    }
    // Longer than the walk saw: read on to the end.
    yield* fileChunks(file.path, this.chunkSize, position);
  }

  /** Releases whatever of file `index` was not read (a file of another format, or one left early). */
  finish(index: number): void {
    const end = this.first[index + 1] ?? this.released;
    while (this.released < end) this.release(this.released);
    this.closeOwn();
  }

  stop(): void {
    Atomics.store(this.header, this.slots * SLOT_INTS + 1, 1);
    for (let slot = 0; slot < this.slots; slot += 1) {
      Atomics.store(this.header, slot * SLOT_INTS, STOPPED);
      Atomics.notify(this.header, slot * SLOT_INTS);
    }
    this.worker?.terminate().catch(() => undefined);
    this.closeOwn();
    if (!this.stopped) this.done();
    this.stopped = true;
  }

  private take(entry: number, index: number, position: number, want: number): Buffer {
    const slot = entry % this.slots;
    const at = slot * SLOT_INTS;
    Atomics.store(this.header, this.slots * SLOT_INTS, entry);
    const empty = entry * 4 + EMPTY;
    // About to read or wait: first let the reader have every slot released so far.
    if (Atomics.load(this.header, at) !== entry * 4 + FILLED) this.notifyReleased();
    if (Atomics.compareExchange(this.header, at, empty, entry * 4 + TAKEN) === empty) {
      return this.readOwn(index, position, want);
    }
    let word: number;
    while ((word = Atomics.load(this.header, at)) === entry * 4 + READING) Atomics.wait(this.header, at, word);
    if (word !== entry * 4 + FILLED || this.header[at + 2] === 1) return this.readOwn(index, position, want);
    const start = slot * this.chunkSize;
    return this.data.subarray(start, start + (this.header[at + 1] as number));
  }

  private release(entry: number): void {
    if (entry !== this.released) return;
    Atomics.store(this.header, (entry % this.slots) * SLOT_INTS, (entry + this.slots) * 4 + EMPTY);
    this.released += 1;
  }

  /** Wakes the reader for the slots released since the last call. */
  private notifyReleased(): void {
    for (let entry = this.notified; entry < this.released; entry += 1) {
      Atomics.notify(this.header, (entry % this.slots) * SLOT_INTS);
    }
    this.notified = this.released;
  }

  /** One chunk read here, the way a direct read would (same flags, same errors). */
  private readOwn(index: number, position: number, want: number): Buffer {
    const file = this.files[index] as PlannedFile;
    if (this.ownIndex !== index) {
      this.closeOwn();
      this.ownFd = openSync(file.path, READ_NO_FOLLOW);
      this.ownIndex = index;
    }
    this.own ??= Buffer.allocUnsafe(this.chunkSize);
    let got = 0;
    for (let n; got < want && (n = readSync(this.ownFd, this.own, got, want - got, position + got)) > 0;) got += n;
    return this.own.subarray(0, got);
  }

  private closeOwn(): void {
    if (this.ownFd !== -1) closeSync(this.ownFd);
    this.ownFd = -1;
    this.ownIndex = -1;
  }
}
