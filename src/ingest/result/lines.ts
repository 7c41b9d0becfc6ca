import type { FileHandle } from 'node:fs/promises';

/** One physical line. `bytes` is undefined when the line was longer than the cap. */
export interface Line {
  number: number;
  bytes: Buffer | undefined;
  /** The first bytes of an over-long line, enough to see what kind of line it was. */
  prefix: Buffer;
}

const PREFIX_BYTES = 256;
const CHUNK_BYTES = 64 * 1024;

/**
 * Split a file into lines without decoding it, keeping at most `maxLineBytes` of any line, so a
 * multi-gigabyte line (a tool result pasted into a stream) costs neither memory nor a parse.
 * A trailing `\r` and a leading BOM are removed.
 */
export async function forEachLine(
  handle: FileHandle,
  maxLineBytes: number,
  onLine: (line: Line) => void,
): Promise<number> {
  let parts: Buffer[] = [];
  let size = 0;
  let prefix: Buffer | undefined;
  let number = 0;

  const append = (segment: Buffer): void => {
    if (segment.length === 0) return;
    if (prefix !== undefined) return;
    if (size + segment.length > maxLineBytes) {
      prefix = Buffer.from(Buffer.concat([...parts, segment]).subarray(0, PREFIX_BYTES));
      parts = [];
      return;
    }
    parts.push(segment);
    size += segment.length;
  };
  const emit = (): void => {
    number++;
    let bytes = prefix === undefined ? Buffer.concat(parts, size) : undefined;
    if (bytes !== undefined) {
      if (number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
    }
    onLine({ number, bytes, prefix: prefix ?? bytes ?? Buffer.alloc(0) });
    parts = [];
    size = 0;
    prefix = undefined;
  };

  for (let position = 0; ;) {
    // A fresh buffer per read: kept segments of the current line still point into the old one.
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, position);
    if (bytesRead === 0) break;
    position += bytesRead;
    const chunk = buffer.subarray(0, bytesRead);
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(0x0a, start);
      append(chunk.subarray(start, newline === -1 ? chunk.length : newline));
      if (newline === -1) break;
      emit();
      start = newline + 1;
    }
  }
  // A last line without a newline (a live file cut mid-write) is still a line.
  if (size > 0 || prefix !== undefined) emit();
  return number;
}
