import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/local/atomic-write.ts
import { randomBytes } from "node:crypto";
import { closeSync, openSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
async function writeFileAtomically(path, text, mode = 420) {
  const temp = join(dirname(path), `.${basename(path)}-${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temp, "wx", mode);
  try {
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => void 0);
    throw error;
  }
}
function writeCacheFileAtomically(path, data, mode = 384) {
  const temp = join(dirname(path), `.${basename(path)}-${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
  const fd = openSync(temp, "wx", mode);
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
    }
    throw error;
  }
}

export {
  writeFileAtomically,
  writeCacheFileAtomically
};
