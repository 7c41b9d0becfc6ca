import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  TranscriptCache,
  cacheDirectory,
  ingestTranscripts
} from "./chunk-2ZLBUH7Q.js";
import {
  mapLimit
} from "./chunk-Q7ZC5433.js";
import {
  DEFAULT_LIMITS,
  UnreadablePathError,
  isInside,
  recordFileName,
  serialiseRecord,
  writeRecord
} from "./chunk-W4OCLY3P.js";
import "./chunk-BJAOUQM4.js";
import {
  parseCommandArgs
} from "./chunk-ZKXKXHQW.js";
import {
  writeCacheFileAtomically
} from "./chunk-ICSKGCHV.js";
import {
  currentBranch,
  repoRoot,
  userEmail,
  worktreePaths
} from "./chunk-IG6NQODR.js";
import {
  GENERATOR
} from "./chunk-CCFM3K6G.js";
import {
  EXIT,
  UsageError
} from "./chunk-HRLD7PK4.js";
import "./chunk-LQK3ML4U.js";

// src/commands/record.ts
import { existsSync, realpathSync as realpathSync2 } from "node:fs";
import { homedir } from "node:os";
import { join as join2, relative, resolve as resolve2, sep as sep2 } from "node:path";

// src/local/written-records.ts
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readFileSync, realpathSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
var FORMAT = "claude-cost/written-records";
var VERSION = 2;
var WrittenRecords = class _WrittenRecords {
  constructor(path, dirPrefix, entries) {
    this.path = path;
    this.dirPrefix = dirPrefix;
    this.entries = entries;
  }
  path;
  dirPrefix;
  entries;
  changed = false;
  static load(cacheDir, outDir) {
    const key = createHash("sha256").update(realPathOf(resolve(outDir))).digest("hex").slice(0, 32);
    const path = join(cacheDir, "records", `${key}.json`);
    const dir = resolve(outDir);
    return new _WrittenRecords(path, dir.endsWith(sep) ? dir : dir + sep, readEntries(path));
  }
  /**
   * A key `isCurrent` and `note` take: a hash of the record's bytes as written. Any other text
   * that is equal only for equal records will do (the ingest's record keys, known without
   * serialising the record).
   */
  static keyOf(serialised) {
    return createHash("sha256").update(serialised).digest("hex").slice(0, 32);
  }
  /** Merging the record named `key` into the file `name` would change nothing. */
  isCurrent(name, key) {
    const entry = this.entries.get(name);
    if (entry === void 0 || entry.key !== key) return false;
    const now = stampOf(this.dirPrefix + name);
    return now !== void 0 && now.size === entry.size && now.mtimeMs === entry.mtimeMs && now.ino === entry.ino && now.dev === entry.dev;
  }
  /** The record named `key` was just merged into the file `name`. */
  note(name, key) {
    const now = stampOf(this.dirPrefix + name);
    if (now === void 0) return;
    this.entries.set(name, { key, ...now });
    this.changed = true;
  }
  /** Best effort, like every cache write. */
  save() {
    if (!this.changed) return;
    try {
      mkdirSync(join(this.path, ".."), { recursive: true, mode: 448 });
      const entries = Object.fromEntries([...this.entries].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
      writeCacheFileAtomically(this.path, JSON.stringify({ format: FORMAT, version: VERSION, entries }));
      this.changed = false;
    } catch {
    }
  }
};
function realPathOf(path) {
  try {
    return realpathSync.native(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPathOf(parent), basename(path));
  }
}
function stampOf(path) {
  try {
    const info = lstatSync(path);
    return info.isFile() ? { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, dev: info.dev } : void 0;
  } catch {
    return void 0;
  }
}
function readEntries(path) {
  const entries = /* @__PURE__ */ new Map();
  let json;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return entries;
  }
  if (typeof json !== "object" || json === null) return entries;
  const { format, version, entries: raw } = json;
  if (format !== FORMAT || version !== VERSION || typeof raw !== "object" || raw === null) return entries;
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value !== "object" || value === null) return /* @__PURE__ */ new Map();
    const { key, size, mtimeMs, ino, dev } = value;
    if (typeof key !== "string" || ![size, mtimeMs, ino, dev].every((n) => typeof n === "number")) return /* @__PURE__ */ new Map();
    entries.set(name, { key, size, mtimeMs, ino, dev });
  }
  return entries;
}

// src/commands/record.ts
var RECORD_HELP = `Usage: claude-cost record [options]

Turn Claude Code transcripts into session records (token counts per model, no prompts)
to commit with your branch.

Options:
  --transcripts PATH   transcript file or directory (repeatable). Default: the projects/
                       folders of $CLAUDE_CONFIG_DIR (a comma-separated list), ~/.claude and
                       ~/.config/claude, keeping only sessions whose working directory is in
                       this git repository: its top level, a subdirectory, or one of its
                       worktrees (git worktree list)
  --session ID         record this session
  --all                record every matching session (default: the most recent one)
  --since DATE         only sessions with activity on or after this UTC day (YYYY-MM-DD)
  --branch NAME        keep usage made on this branch (default: the current git branch)
  --any-branch         keep usage from every branch (one record per session and branch)
  --out DIR            where records go (default: .claude-cost/sessions in this repository)
  --no-cache           read every transcript whole, without the cache
  -h, --help           show this help

Records are merged with an existing record of the same session and branch, never replaced
by less; writes are atomic. A cache outside the repository ($CLAUDE_COST_CACHE_DIR, else
$XDG_CACHE_HOME/claude-cost, else ~/.cache/claude-cost) remembers how far each transcript
was read, so a rerun reads only what was appended since; it holds token counts, ids and
working directories, never prompt text. Exit codes: 0 success, 2 bad usage or nothing to read.
`;
var WRITES_IN_FLIGHT = 8;
async function recordCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, {
    transcripts: { type: "string", multiple: true },
    session: { type: "string" },
    all: { type: "boolean" },
    since: { type: "string" },
    branch: { type: "string" },
    "any-branch": { type: "boolean" },
    out: { type: "string" },
    "no-cache": { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(RECORD_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0]?.slice(0, 40)}"; use --transcripts PATH`);
  if (values.session !== void 0 && values.all) throw new UsageError("--session and --all cannot be used together");
  if (values.branch !== void 0 && values["any-branch"])
    throw new UsageError("--branch and --any-branch cannot be used together");
  const since = values.since === void 0 ? void 0 : parseSince(values.since);
  const explicit = values.transcripts ?? [];
  const rootQuestion = explicit.length === 0 || values.out === void 0 ? repoRoot(io.cwd) : Promise.resolve(void 0);
  const branchQuestion = values["any-branch"] ? Promise.resolve(void 0) : values.branch !== void 0 ? Promise.resolve(values.branch) : currentBranch(io.cwd);
  const developerQuestion = userEmail(io.cwd);
  const worktreesQuestion = explicit.length === 0 ? worktreePaths(io.cwd) : Promise.resolve([]);
  const root = await rootQuestion;
  const sources = explicit.length > 0 ? explicit.map((p) => resolve2(io.cwd, p)) : defaultTranscriptDirs(io.env);
  if (sources.length === 0) throw new UsageError("no Claude Code transcripts found; pass --transcripts PATH");
  if (explicit.length === 0 && root === void 0) {
    throw new UsageError("not inside a git repository: pass --transcripts PATH and --out DIR");
  }
  const repoDirs = explicit.length === 0 && root !== void 0 ? withRealPaths([root, ...await worktreesQuestion]) : void 0;
  const cacheDir = cacheDirectory(io.env);
  let ingested;
  try {
    ingested = await ingestTranscripts(sources, {
      ...DEFAULT_LIMITS,
      recordedBy: GENERATOR,
      cache: values["no-cache"] ? void 0 : new TranscriptCache(cacheDir, { summary: true }),
      selectSessions: repoDirs === void 0 && since === void 0 && values.session === void 0 ? void 0 : (facts) => chooseSessions(facts, { repoDirs, since, sessionId: values.session })
    });
  } catch (error) {
    if (error instanceof UnreadablePathError) throw new UsageError(error.message);
    throw error;
  }
  let sessions = ingested.sessions;
  const branch = await branchQuestion;
  if (branch !== void 0) sessions = sessions.filter((s) => s.branch === branch || s.branch === void 0);
  sessions = pickSessions(sessions, values.session, values.all === true);
  for (const s of ingested.skipped) io.stderr(`warning: ${s.file}${s.line > 0 ? `:${s.line}` : ""}: ${s.reason}
`);
  if (sessions.length === 0) {
    io.stderr(
      `no sessions to record${branch === void 0 ? "" : ` on branch ${branch}`}${values.session ? ` with id ${values.session}` : ""}${since === void 0 ? "" : ` since ${values.since}`}
`
    );
    return EXIT.ok;
  }
  const outDir = values.out !== void 0 ? resolve2(io.cwd, values.out) : join2(root ?? io.cwd, ".claude-cost", "sessions");
  const developer = await developerQuestion;
  const written = values["no-cache"] ? void 0 : WrittenRecords.load(cacheDir, outDir);
  const shownDir = relative(io.cwd, outDir);
  const shownPrefix = shownDir === "" ? "" : shownDir.endsWith(sep2) ? shownDir : shownDir + sep2;
  const lines = [];
  try {
    await mapLimit(sessions, WRITES_IN_FLIGHT, async (session, index) => {
      const record = developer !== void 0 && session.developer === void 0 ? { ...session, developer } : session;
      const { name, status } = await writeRecordOnce(outDir, record, written, ingested.recordKeys.get(session));
      lines[index] = `${status} ${shownPrefix}${name}
`;
    });
  } finally {
    const done = lines.filter((line) => line !== void 0);
    if (done.length > 0) io.stdout(done.join(""));
    written?.save();
  }
  return EXIT.ok;
}
async function writeRecordOnce(outDir, record, written, sessionKey) {
  const name = recordFileName(record);
  if (written === void 0) return { name, status: (await writeRecord(outDir, record)).status };
  const key = sessionKey === void 0 ? WrittenRecords.keyOf(serialiseRecord(record)) : `${sessionKey} ${JSON.stringify(record.developer ?? null)}`;
  if (written.isCurrent(name, key)) return { name, status: "unchanged" };
  const { status } = await writeRecord(outDir, record);
  written.note(name, key);
  return { name, status };
}
function chooseSessions(facts, choice) {
  const inRepo = /* @__PURE__ */ new Set();
  const latest = /* @__PURE__ */ new Map();
  for (const f of facts) {
    if (choice.sessionId !== void 0 && f.sessionId !== choice.sessionId) continue;
    const cwd = f.cwd;
    if (choice.repoDirs === void 0 || cwd !== void 0 && choice.repoDirs.some((dir) => isInside(dir, cwd))) {
      inRepo.add(f.sessionId);
    }
    if (f.lastTimestamp !== void 0) {
      latest.set(
        f.sessionId,
        Math.max(latest.get(f.sessionId) ?? Number.NEGATIVE_INFINITY, Date.parse(f.lastTimestamp))
      );
    }
  }
  const since = choice.since;
  return new Set(
    [...inRepo].filter((id) => since === void 0 || (latest.get(id) ?? Number.NEGATIVE_INFINITY) >= since)
  );
}
function parseSince(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text) {
    throw new UsageError(`--since must be a date as YYYY-MM-DD (got "${text.slice(0, 40)}")`);
  }
  return ms;
}
function withRealPaths(paths) {
  const out = /* @__PURE__ */ new Set();
  for (const path of paths) {
    out.add(path);
    try {
      out.add(realpathSync2.native(path));
    } catch {
    }
  }
  return [...out];
}
function pickSessions(sessions, id, all) {
  if (id !== void 0) return sessions.filter((s) => s.sessionId === id);
  if (all || sessions.length === 0) return sessions;
  const latest = sessions.reduce((a, b) => (b.endedAt ?? "") > (a.endedAt ?? "") ? b : a);
  return sessions.filter((s) => s.sessionId === latest.sessionId);
}
function defaultTranscriptDirs(env) {
  const dirs = [
    ...(env.CLAUDE_CONFIG_DIR ?? "").split(",").filter((d) => d.trim() !== ""),
    join2(env.HOME ?? homedir(), ".claude"),
    join2(env.XDG_CONFIG_HOME ?? join2(env.HOME ?? homedir(), ".config"), "claude")
  ];
  return [...new Set(dirs.map((d) => join2(resolve2(d.trim()), "projects")))].filter((d) => existsSync(d));
}
export {
  RECORD_HELP,
  defaultTranscriptDirs,
  recordCommand
};
