import { randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Replace `path` with `text` so no reader ever sees half a file: write a temp file beside it,
 * sync, then rename over it. The temp name starts with a dot and lacks the file's extension, so a
 * reader globbing the directory never picks it up; 'wx' fails if anything (a planted symbolic
 * link included) already has the name; rename replaces a link at `path` rather than following it.
 */
export async function writeFileAtomically(path: string, text: string, mode = 0o644): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', mode);
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * `writeFileAtomically` for caches: synchronous, and without the fsync. A reader still never
 * sees half a file (the rename is atomic); after a crash the file may be empty or old, which a
 * cache must survive anyway (it checks what it reads), and a cache write is not worth a disk flush.
 */
export function writeCacheFileAtomically(path: string, data: string | Uint8Array, mode = 0o600): void {
  const temp = join(dirname(path), `.${basename(path)}-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', mode);
  try {
    try {
      writeFileSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw error;
  }
}
