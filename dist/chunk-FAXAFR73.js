import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/local/git.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
async function git(cwd, args) {
  try {
    const { stdout } = await run("git", args, { cwd, encoding: "utf8" });
    const out = stdout.trim();
    return out === "" ? void 0 : out;
  } catch {
    return void 0;
  }
}
function repoRoot(cwd) {
  return git(cwd, ["rev-parse", "--show-toplevel"]);
}
function currentBranch(cwd) {
  return git(cwd, ["branch", "--show-current"]);
}
function userEmail(cwd) {
  return git(cwd, ["config", "user.email"]);
}
async function worktreePaths(cwd) {
  const out = await git(cwd, ["worktree", "list", "--porcelain"]);
  if (out === void 0) return [];
  return out.split("\n").filter((line) => line.startsWith("worktree ")).map((line) => line.slice("worktree ".length));
}

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
  repoRoot,
  currentBranch,
  userEmail,
  worktreePaths,
  writeFileAtomically,
  writeCacheFileAtomically
};
