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

export {
  repoRoot,
  currentBranch,
  userEmail,
  worktreePaths
};
