import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  _enum,
  array,
  boolean,
  iso_exports,
  literal,
  looseObject,
  number,
  object,
  record,
  regexes_exports,
  strictObject,
  string,
  unknown
} from "./chunk-BJAOUQM4.js";
import {
  writeFileAtomically
} from "./chunk-ICSKGCHV.js";
import {
  GENERATOR
} from "./chunk-CCFM3K6G.js";

// src/records/schema.ts
var SESSION_SCHEMA = "claude-cost/session@1";
var SPEEDS = ["standard", "fast"];
var PROMPT_BANDS = ["le100k", "100k-200k", "gt200k", "unknown"];
var ORIGINS = ["main", "subagent"];
var SCOPES = ["scoped", "open-ended"];
var SOURCE_FORMATS = ["transcript", "result", "export", "record"];
var TOKEN_FIELDS = [
  "inputTokens",
  "outputTokens",
  "cacheWrite5mTokens",
  "cacheWrite1hTokens",
  "cacheReadTokens"
];
var count = number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
var text = (max) => string().min(1).max(max);
var identifier = string().min(1).max(200).regex(/^[A-Za-z0-9._:@/[\]+-]+$/, "must be an identifier (letters, digits and ._:@/[]+-)");
var isoTime = iso_exports.datetime({ offset: true });
var utcDay = iso_exports.date();
var UsageBucketSchema = strictObject({
  model: identifier,
  day: utcDay,
  speed: _enum(SPEEDS),
  geo: string().min(1).max(32).regex(/^[a-z0-9_-]+$/),
  band: _enum(PROMPT_BANDS),
  origin: _enum(ORIGINS),
  requests: count,
  inputTokens: count,
  outputTokens: count,
  cacheWrite5mTokens: count,
  cacheWrite1hTokens: count,
  cacheReadTokens: count,
  webSearchRequests: count
});
var SessionRecordSchema = strictObject({
  schema: literal(SESSION_SCHEMA),
  sessionId: identifier,
  tool: literal("claude-code"),
  toolVersion: text(64).optional(),
  recordedBy: text(64),
  branch: text(255).optional(),
  developer: text(255).optional(),
  task: strictObject({ kind: text(64).optional(), ref: text(255).optional() }).optional(),
  scope: _enum(SCOPES).optional(),
  startedAt: isoTime.optional(),
  endedAt: isoTime.optional(),
  turns: count,
  requests: count,
  compactions: count,
  peakContextTokens: count,
  usage: array(UsageBucketSchema).max(1e4),
  reported: strictObject({
    costUsd: number().finite().nonnegative(),
    costBasis: text(32).optional()
  }).optional(),
  source: strictObject({
    format: _enum(SOURCE_FORMATS),
    files: count,
    linesRead: count,
    duplicatesDropped: count,
    skipped: array(strictObject({ reason: text(200), count })).max(100)
  })
});
function emptyBucket({ model, day, speed, geo, band, origin }) {
  return { model, day, speed, geo, band, origin, ...emptyTokens() };
}
function emptyTokens() {
  return {
    requests: 0,
    inputTokens: 0,
    outputTokens: 0,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    cacheReadTokens: 0,
    webSearchRequests: 0
  };
}
function bandOf(promptTokens2) {
  if (promptTokens2 <= 1e5) return "le100k";
  if (promptTokens2 <= 2e5) return "100k-200k";
  return "gt200k";
}
function bucketKeyString(k) {
  return `${k.model}\0${k.day}\0${k.speed}\0${k.geo}\0${k.band}\0${k.origin}`;
}

// src/records/serialise.ts
var shape = SessionRecordSchema.shape;
var RECORD_KEYS = Object.keys(shape);
var BUCKET_KEYS = Object.keys(UsageBucketSchema.shape);
var TASK_KEYS = Object.keys(shape.task.unwrap().shape);
var REPORTED_KEYS = Object.keys(shape.reported.unwrap().shape);
var SOURCE_KEYS = Object.keys(shape.source.shape);
var SKIPPED_KEYS = Object.keys(shape.source.shape.skipped.element.shape);
function serialiseRecord(record2) {
  const ordered = pick(record2, RECORD_KEYS);
  ordered.usage = sortBuckets(record2.usage).map((b) => pick(b, BUCKET_KEYS));
  if (record2.task !== void 0) ordered.task = pick(record2.task, TASK_KEYS);
  if (record2.reported !== void 0) ordered.reported = pick(record2.reported, REPORTED_KEYS);
  const source = pick(record2.source, SOURCE_KEYS);
  source.skipped = record2.source.skipped.map((s) => pick(s, SKIPPED_KEYS));
  ordered.source = source;
  return `${JSON.stringify(ordered, null, 2)}
`;
}
function sortBuckets(buckets) {
  const sortKey = (b) => [b.day, b.model, b.origin, b.speed, b.geo, b.band].join("\0");
  return [...buckets].sort((a, b) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}
function pick(value, keys) {
  const source = value;
  const out = {};
  for (const key of keys) if (source[key] !== void 0) out[key] = source[key];
  return out;
}

// src/records/write.ts
import { closeSync as closeSync2, constants as constants2, lstatSync as lstatSync2, mkdirSync, openSync as openSync2, readFileSync as readFileSync2 } from "node:fs";
import { join } from "node:path";

// src/records/identifiers.ts
import { createHash } from "node:crypto";
import { basename, extname } from "node:path";
var identifierSchema = UsageBucketSchema.shape.model;
function isIdentifier(value) {
  return identifierSchema.safeParse(value).success;
}
function sha256Hex(text2, length = 8) {
  return createHash("sha256").update(text2).digest("hex").slice(0, length);
}
function sessionIdFromPath(path) {
  const name = basename(path);
  const stem = name.slice(0, name.length - extname(name).length);
  if (identifierSchema.safeParse(stem).success) return stem;
  const safe = stem.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 120);
  return safe === "" ? `file-${sha256Hex(stem)}` : `${safe}-${sha256Hex(stem)}`;
}
function utcDayOf(date) {
  return date.toISOString().slice(0, 10);
}

// src/records/lock.ts
import { randomBytes } from "node:crypto";
import {
  closeSync,
  constants,
  linkSync,
  lstatSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync
} from "node:fs";
var READ_NO_FOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);
var LOCK_DEFAULTS = { timeoutMs: 5e3, staleMs: 3e4 };
var LockTimeoutError = class extends Error {
  constructor(lockPath, waitedMs) {
    super(
      `${lockPath}: still locked by another claude-cost process after ${Math.round(waitedMs / 1e3)} s (delete the file if no claude-cost is running)`
    );
    this.lockPath = lockPath;
    this.name = "LockTimeoutError";
  }
  lockPath;
};
async function withFileLock(lockPath, work, options = {}) {
  const held = await acquire(lockPath, { ...LOCK_DEFAULTS, ...options });
  try {
    return await work();
  } finally {
    release(held);
  }
}
async function acquire(path, options) {
  const started = Date.now();
  let delay = 5;
  for (; ; ) {
    const held = tryCreate(path);
    if (held !== void 0) return held;
    breakIfStale(path, options.staleMs);
    const waited = Date.now() - started;
    if (waited >= options.timeoutMs) throw new LockTimeoutError(path, waited);
    await sleep(Math.min(delay * (1 + Math.random()), options.timeoutMs - waited));
    delay = Math.min(delay * 2, 100);
  }
}
function tryCreate(path) {
  let fd;
  try {
    fd = openSync(path, "wx", 420);
  } catch (error) {
    if (errorCode(error) === "EEXIST") return void 0;
    throw error;
  }
  try {
    const token = `${process.pid} ${randomBytes(8).toString("hex")}
`;
    writeFileSync(fd, token);
    return { path, token };
  } catch (error) {
    unlinkQuietly(path);
    throw error;
  } finally {
    closeSync(fd);
  }
}
function breakIfStale(path, staleMs) {
  let info;
  try {
    info = lstatSync(path);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return;
    throw error;
  }
  if (Date.now() - info.mtimeMs < staleMs) return;
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return;
    throw error;
  }
  const moved = lstatSync(aside);
  if (moved.dev !== info.dev || moved.ino !== info.ino || moved.mtimeMs !== info.mtimeMs) {
    try {
      linkSync(aside, path);
    } catch {
    }
  }
  unlinkQuietly(aside);
}
function release(held) {
  try {
    const fd = openSync(held.path, READ_NO_FOLLOW);
    let content;
    try {
      content = readFileSync(fd, "utf8");
    } finally {
      closeSync(fd);
    }
    if (content === held.token) unlinkSync(held.path);
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
}
function unlinkQuietly(path) {
  try {
    unlinkSync(path);
  } catch {
  }
}
function errorCode(error) {
  return error?.code;
}
function sleep(ms) {
  return new Promise((resolve2) => setTimeout(resolve2, Math.max(0, ms)));
}

// src/records/issues.ts
var MAX_REASON = 200;
var PLAIN_KEY = /^[A-Za-z0-9_-]{1,40}$/;
function describeIssue(issue) {
  const path = issue.path.length === 0 ? "(root)" : issue.path.map((k) => String(k)).join(".");
  let problem;
  if (issue.code === "unrecognized_keys") {
    const named = issue.keys.filter((k) => PLAIN_KEY.test(k));
    problem = named.length === issue.keys.length ? `unrecognized key${named.length > 1 ? "s" : ""} ${named.map((k) => `"${k}"`).join(", ")}` : `${issue.keys.length} unrecognized key${issue.keys.length > 1 ? "s" : ""}`;
  } else {
    problem = issue.message;
  }
  return clip(`${path}: ${problem}`);
}
function describeFirstIssue(error) {
  const first = error.issues[0];
  return first === void 0 ? "invalid" : describeIssue(first);
}
function clip(reason, max = MAX_REASON) {
  return reason.length <= max ? reason : `${reason.slice(0, max - 1)}…`;
}

// src/records/skipped.ts
var MAX_REASONS = 100;
function summariseSkipped(reasons) {
  const counts = /* @__PURE__ */ new Map();
  for (const reason of reasons) {
    const key = clip(reason);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return capReasons([...counts].map(([reason, count4]) => ({ reason, count: count4 })));
}
function capReasons(entries) {
  if (entries.length <= MAX_REASONS) return entries;
  const kept = entries.slice(0, MAX_REASONS - 1);
  const rest = entries.slice(MAX_REASONS - 1).reduce((n, e) => n + e.count, 0);
  return [...kept, { reason: "other reasons", count: rest }];
}

// src/records/merge.ts
function mergeRecords(old, next) {
  const usage = mergeBuckets(old.usage, next.usage);
  const merged = {
    schema: next.schema,
    sessionId: next.sessionId,
    tool: next.tool,
    toolVersion: next.toolVersion ?? old.toolVersion,
    recordedBy: next.recordedBy,
    branch: next.branch ?? old.branch,
    developer: next.developer ?? old.developer,
    task: next.task ?? old.task,
    scope: next.scope ?? old.scope,
    startedAt: pickTime(old.startedAt, next.startedAt, "earlier"),
    endedAt: pickTime(old.endedAt, next.endedAt, "later"),
    turns: Math.max(old.turns, next.turns),
    // Recomputed rather than maxed, so it always agrees with the buckets it summarises.
    requests: usage.reduce((n, b) => n + b.requests, 0),
    compactions: Math.max(old.compactions, next.compactions),
    peakContextTokens: Math.max(old.peakContextTokens, next.peakContextTokens),
    usage,
    reported: pickReported(old.reported, next.reported),
    source: mergeSource(old.source, next.source)
  };
  return withoutUndefined(merged);
}
function mergeBuckets(old, next) {
  const byKey = /* @__PURE__ */ new Map();
  for (const bucket of [...old, ...next]) {
    const key = bucketKeyString(bucket);
    const seen = byKey.get(key);
    byKey.set(key, seen === void 0 || compareFullness(bucket, seen) > 0 ? bucket : seen);
  }
  return [...byKey.values()];
}
function compareFullness(a, b) {
  const total = (x) => TOKEN_FIELDS.reduce((n, f) => n + x[f], 0);
  const order = [
    total,
    (x) => x.requests,
    (x) => x.webSearchRequests,
    ...TOKEN_FIELDS.map((f) => (x) => x[f])
  ];
  for (const measure of order) {
    const d = measure(a) - measure(b);
    if (d !== 0) return d;
  }
  return 0;
}
function pickTime(a, b, want) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  const d = Date.parse(b) - Date.parse(a);
  return (want === "earlier" ? d < 0 : d > 0) ? b : a;
}
function pickReported(old, next) {
  if (old === void 0) return next;
  if (next === void 0) return old;
  return old.costUsd > next.costUsd ? old : next;
}
function mergeSource(old, next) {
  const fuller = old.linesRead === next.linesRead ? [old, next] : [old.linesRead > next.linesRead ? old : next];
  const reasons = /* @__PURE__ */ new Map();
  for (const s of fuller.flatMap((f) => f.skipped))
    reasons.set(s.reason, Math.max(reasons.get(s.reason) ?? 0, s.count));
  return {
    format: next.format,
    files: Math.max(old.files, next.files),
    linesRead: Math.max(old.linesRead, next.linesRead),
    duplicatesDropped: Math.max(old.duplicatesDropped, next.duplicatesDropped),
    // Sorted, so the merge gives the same record whichever side came first.
    skipped: capReasons(
      [...reasons].map(([reason, count4]) => ({ reason, count: count4 })).sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0))
    )
  };
}
function withoutUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

// src/records/write.ts
var SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
var MAX_EXISTING_BYTES = 64 * 1024 * 1024;
var READ_NO_FOLLOW2 = constants2.O_RDONLY | (constants2.O_NOFOLLOW ?? 0);
function recordFileName(record2) {
  const id = SAFE_NAME.test(record2.sessionId) && record2.sessionId.length <= 120 ? record2.sessionId : hashed(record2.sessionId, 110);
  if (record2.branch === void 0) return `${id}.json`;
  const slug = slugOf(record2.branch).slice(0, 80);
  return `${id}--${slug === "" ? "" : `${slug}-`}${branchHash(record2.branch)}.json`;
}
var branchHashes = /* @__PURE__ */ new Map();
function branchHash(branch) {
  let hash = branchHashes.get(branch);
  if (hash === void 0) {
    hash = sha256Hex(branch);
    if (branchHashes.size < 1e3) branchHashes.set(branch, hash);
  }
  return hash;
}
function slugOf(text2) {
  return text2.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|[-.]+$/g, "");
}
function hashed(text2, max) {
  const slug = slugOf(text2).slice(0, max);
  return slug === "" ? sha256Hex(text2) : `${slug}-${sha256Hex(text2)}`;
}
async function writeRecord(dir, record2, lock = {}) {
  const checked = SessionRecordSchema.safeParse(record2);
  if (!checked.success)
    throw new Error(`refusing to write an invalid session record: ${describeFirstIssue(checked.error)}`);
  mkdirSync(dir, { recursive: true });
  if (lstatSync2(dir).isSymbolicLink()) throw new Error(`${dir}: refusing to write into a symbolic link`);
  const path = join(dir, recordFileName(record2));
  return withFileLock(`${path}.lock`, () => mergeAndWrite(dir, path, checked.data), lock);
}
async function mergeAndWrite(dir, path, record2) {
  const existing = readExisting(path);
  let next = record2;
  if (existing !== void 0) {
    const old = existing.record;
    if (old.sessionId !== next.sessionId || old.branch !== next.branch) {
      throw new Error(`${path}: holds another session or branch; not overwritten`);
    }
    next = mergeRecords(old, next);
    const merged = SessionRecordSchema.safeParse(next);
    if (!merged.success)
      throw new Error(`${path}: merged record would be invalid: ${describeFirstIssue(merged.error)}`);
  }
  const bytes = serialiseRecord(next);
  if (existing !== void 0 && existing.bytes === bytes) return { path, status: "unchanged" };
  await writeFileAtomically(path, bytes);
  return { path, status: existing === void 0 ? "created" : "updated" };
}
function readExisting(path) {
  let info;
  try {
    info = lstatSync2(path);
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
  if (info.isSymbolicLink()) throw new Error(`${path}: refusing to write through a symbolic link`);
  if (!info.isFile()) throw new Error(`${path}: not a regular file; not overwritten`);
  if (info.size > MAX_EXISTING_BYTES)
    throw new Error(`${path}: existing file is too large to be a record; not overwritten`);
  const fd = openSync2(path, READ_NO_FOLLOW2);
  let bytes;
  try {
    bytes = readFileSync2(fd, "utf8");
  } finally {
    closeSync2(fd);
  }
  let json;
  try {
    json = JSON.parse(bytes.charCodeAt(0) === 65279 ? bytes.slice(1) : bytes);
  } catch {
    throw new Error(`${path}: existing file is not valid JSON; not overwritten`);
  }
  const parsed = SessionRecordSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `${path}: existing file is not a valid session record (${describeFirstIssue(parsed.error)}); not overwritten`
    );
  }
  return { record: parsed.data, bytes };
}

// src/ingest/walk.ts
import { lstatSync as lstatSync3, readdirSync, realpathSync } from "node:fs";
import { normalize, relative, resolve, sep } from "node:path";
var realpath = realpathSync.native;
var INPUT_EXTENSIONS = [".jsonl", ".json", ".ndjson"];
var UnreadablePathError = class extends Error {
  constructor(path, reason) {
    super(`${path}: ${reason}`);
    this.path = path;
    this.name = "UnreadablePathError";
  }
  path;
};
async function walkInputs(paths, options) {
  const root = options.root === void 0 ? void 0 : realpath(resolve(options.root));
  const files = [];
  const skipped = [];
  const seen = /* @__PURE__ */ new Set();
  const readDirectory = (place, named) => {
    if (root !== void 0 && !isInside(root, place.real)) {
      skipped.push({ file: place.shown, line: 0, reason: "outside the workspace" });
      return;
    }
    let entries;
    try {
      entries = readdirSync(place.path, { withFileTypes: true });
    } catch (error) {
      if (named) throw new UnreadablePathError(place.shown, describeFsError(error));
      skipped.push({ file: place.shown, line: 0, reason: `cannot read: ${describeFsError(error)}` });
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const prefix = {
      path: prefixOf(named ? normalize(place.path) : place.path),
      shown: prefixOf(named ? normalize(place.shown) : place.shown),
      absolute: prefixOf(place.absolute),
      real: prefixOf(place.real)
    };
    for (const entry of entries) {
      const isDirectory = entry.isDirectory();
      if (!isDirectory && !entry.isSymbolicLink() && !hasInputExtension(entry.name)) continue;
      const path = prefix.path + entry.name;
      const child = {
        path,
        // `displayName` treats a name starting with `..` as outside the working directory.
        shown: entry.name.startsWith("..") ? displayName(path) : prefix.shown + entry.name,
        absolute: prefix.absolute + entry.name,
        real: prefix.real + entry.name
      };
      if (isDirectory) readDirectory(child, false);
      else visit(child, false);
    }
  };
  const visit = (place, named) => {
    const { path, shown } = place;
    let info;
    try {
      info = lstatSync3(path);
    } catch (error) {
      if (named) throw new UnreadablePathError(shown, describeFsError(error));
      skipped.push({ file: shown, line: 0, reason: `cannot read: ${describeFsError(error)}` });
      return;
    }
    if (info.isSymbolicLink()) {
      skipped.push({ file: shown, line: 0, reason: "symbolic link not followed" });
      return;
    }
    if (named) {
      try {
        place.real = realpath(path);
      } catch (error) {
        throw new UnreadablePathError(shown, describeFsError(error));
      }
    }
    if (info.isDirectory()) {
      readDirectory(place, named);
      return;
    }
    if (root !== void 0 && !isInside(root, place.real)) {
      skipped.push({ file: shown, line: 0, reason: "outside the workspace" });
      return;
    }
    if (!info.isFile()) {
      skipped.push({ file: shown, line: 0, reason: "not a regular file" });
      return;
    }
    if (info.size > options.maxFileBytes) {
      skipped.push({ file: shown, line: 0, reason: `file is larger than ${options.maxFileBytes} bytes` });
      return;
    }
    if (seen.has(place.absolute)) return;
    seen.add(place.absolute);
    files.push({
      path,
      displayName: shown,
      realPath: place.real,
      size: info.size,
      mtimeMs: info.mtimeMs,
      ino: info.ino,
      dev: info.dev
    });
  };
  for (const path of paths) visit({ path, shown: displayName(path), absolute: resolve(path), real: "" }, true);
  return { files, skipped };
}
function prefixOf(dir) {
  const trimmed = dir.length > 1 && dir.endsWith(sep) ? dir.slice(0, -1) : dir;
  if (trimmed === ".") return "";
  return trimmed === sep ? trimmed : trimmed + sep;
}
function hasInputExtension(name) {
  return INPUT_EXTENSIONS.some((ext) => name.endsWith(ext));
}
function isInside(root, path) {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}
function displayName(path) {
  const rel = relative(process.cwd(), resolve(path));
  return rel === "" ? "." : rel.startsWith("..") ? path : rel;
}
function describeFsError(error) {
  const code = error?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
      return "not a directory";
    default:
      return typeof code === "string" ? code : "unreadable";
  }
}

// src/ingest/index.ts
import { closeSync as closeSync7, openSync as openSync7, readSync as readSync5 } from "node:fs";

// src/ingest/cache/fingerprint.ts
import { createHash as createHash2 } from "node:crypto";
import { closeSync as closeSync4, lstatSync as lstatSync4, openSync as openSync4, readSync as readSync2 } from "node:fs";

// src/ingest/lines.ts
import { closeSync as closeSync3, constants as constants3, openSync as openSync3, readSync } from "node:fs";
var DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;
var READ_NO_FOLLOW3 = constants3.O_RDONLY | (constants3.O_NOFOLLOW ?? 0);
var OVERSIZED_PREFIX_BYTES = 256;
var NEWLINE = 10;
var CR = 13;
var BOM = [239, 187, 191];
async function* readLines(path, options = {}) {
  yield* readLinesSync(path, options);
}
function* readLinesSync(path, options = {}) {
  const { chunkSize = DEFAULT_CHUNK_BYTES, startOffset = 0 } = options;
  checkOptions(options);
  yield* linesOf(fileChunks(path, chunkSize, startOffset), options);
}
var DEFAULT_CHUNK_BYTES = 1 << 20;
function checkOptions({ chunkSize = DEFAULT_CHUNK_BYTES, startOffset = 0, startLine = 0 }) {
  if (!Number.isInteger(chunkSize) || chunkSize < 16) {
    throw new RangeError("chunkSize must be an integer of at least 16 bytes");
  }
  if (!Number.isSafeInteger(startOffset) || startOffset < 0 || !Number.isSafeInteger(startLine) || startLine < 0) {
    throw new RangeError("startOffset and startLine must be non-negative integers");
  }
}
function* fileChunks(path, chunkSize, position) {
  const fd = openSync3(path, READ_NO_FOLLOW3);
  const buffer = takeBuffer(chunkSize);
  try {
    for (; ; ) {
      const bytesRead = readSync(fd, buffer, 0, buffer.length, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    closeSync3(fd);
    spare = buffer;
  }
}
function* linesOf(chunks, { maxLineBytes = DEFAULT_MAX_LINE_BYTES, startOffset = 0, startLine = 0, taker } = {}) {
  let lineNo = startLine;
  let chunkNo = 0;
  let base = startOffset;
  let bomPending = startOffset === 0;
  const partial = new PartialLine(maxLineBytes);
  try {
    for (let chunk of chunks) {
      if (bomPending) {
        if (chunk.length < BOM.length && partial.length + chunk.length < BOM.length) {
          partial.add(chunk, 0, chunk.length);
          base += chunk.length;
          continue;
        }
        bomPending = false;
        if (partial.length > 0) {
          chunk = Buffer.concat([partial.take(), chunk]);
          partial.clear();
          base = startOffset;
        }
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
      const take = taker !== void 0 && chunk.length - start <= maxLineBytes ? taker : void 0;
      for (; ; ) {
        if (take !== void 0) {
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
var PartialLine = class {
  constructor(maxLineBytes) {
    this.maxLineBytes = maxLineBytes;
  }
  maxLineBytes;
  length = 0;
  oversized = false;
  buffer = EMPTY;
  add(chunk, start, end) {
    if (this.oversized) return;
    const bytes = end - start;
    if (this.length + bytes > this.maxLineBytes) {
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
  line(line, terminated, end) {
    const bytes = this.buffer.subarray(0, this.length);
    if (this.oversized)
      return { line, bytes: bytes.subarray(0, OVERSIZED_PREFIX_BYTES), terminated, oversized: true, end };
    return sized(line, stripCr(bytes), terminated, this.maxLineBytes, end);
  }
  take() {
    return Buffer.from(this.buffer.subarray(0, this.length));
  }
  clear() {
    this.length = 0;
    this.oversized = false;
  }
  release() {
    if (this.buffer.length > 0 && this.buffer.length <= MAX_SPARE_JOIN_BYTES) spareJoin = this.buffer;
    this.buffer = EMPTY;
  }
  ensure(size) {
    if (size <= this.buffer.length) return;
    let next = Math.max(this.buffer.length * 2, 64 * 1024);
    if (spareJoin !== void 0 && this.buffer.length === 0 && spareJoin.length >= size) {
      this.buffer = spareJoin;
      spareJoin = void 0;
      return;
    }
    while (next < size) next *= 2;
    const grown = Buffer.allocUnsafe(next);
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
};
var EMPTY = Buffer.alloc(0);
function sized(line, bytes, terminated, maxLineBytes, end) {
  return bytes.length > maxLineBytes ? { line, bytes: bytes.subarray(0, OVERSIZED_PREFIX_BYTES), terminated, oversized: true, end } : { line, bytes, terminated, oversized: false, end };
}
function stripCr(bytes) {
  return bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.subarray(0, bytes.length - 1) : bytes;
}
var spare;
var spareJoin;
var MAX_SPARE_JOIN_BYTES = 8 * 1024 * 1024;
function takeBuffer(size) {
  const buffer = spare !== void 0 && spare.length === size ? spare : Buffer.allocUnsafe(size);
  if (buffer === spare) spare = void 0;
  return buffer;
}

// src/ingest/cache/fingerprint.ts
var FINGERPRINT_BYTES = 4096;
var window = Buffer.alloc(FINGERPRINT_BYTES);
function fingerprints(path, offset) {
  const fd = openSync4(path, READ_NO_FOLLOW3);
  try {
    const head = hashRange(fd, 0, Math.min(FINGERPRINT_BYTES, offset));
    const tailStart = Math.max(0, offset - FINGERPRINT_BYTES);
    const tail = tailStart === 0 ? head : hashRange(fd, tailStart, offset - tailStart);
    return head === void 0 || tail === void 0 ? void 0 : { head, tail };
  } finally {
    closeSync4(fd);
  }
}
function hashRange(fd, position, length) {
  let got = 0;
  while (got < length) {
    const n = readSync2(fd, window, got, length - got, position + got);
    if (n === 0) return void 0;
    got += n;
  }
  return createHash2("sha256").update(window.subarray(0, length)).digest("hex").slice(0, 32);
}
function stampNow(path) {
  try {
    const info = lstatSync4(path);
    return info.isFile() ? { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, dev: info.dev } : void 0;
  } catch {
    return void 0;
  }
}
function sameStamp(a, b) {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino && a.dev === b.dev;
}

// src/ingest/transcript/schema.ts
var identifier2 = UsageBucketSchema.shape.model;
var geoCode = UsageBucketSchema.shape.geo;
var tokenCount = number().int().nonnegative();
var EnvelopeSchema = object({
  type: string().max(64).nullish(),
  subtype: string().max(64).nullish(),
  sessionId: identifier2.nullish(),
  timestamp: iso_exports.datetime({ offset: true }).nullish(),
  // Empty strings mean "absent" (`gitBranch:""` outside a repository); bounds match the record.
  gitBranch: string().max(255).nullish(),
  cwd: string().max(4096).nullish(),
  version: string().max(64).nullish(),
  isSidechain: boolean().nullish(),
  isMeta: boolean().nullish(),
  isCompactSummary: boolean().nullish()
});
var UsageSchema = object({
  input_tokens: tokenCount,
  output_tokens: tokenCount,
  cache_creation_input_tokens: tokenCount.nullish(),
  cache_read_input_tokens: tokenCount.nullish(),
  cache_creation: object({
    ephemeral_5m_input_tokens: tokenCount.nullish(),
    ephemeral_1h_input_tokens: tokenCount.nullish()
  }).nullish(),
  server_tool_use: object({ web_search_requests: tokenCount.nullish() }).nullish(),
  speed: string().max(32).nullish(),
  inference_geo: string().max(64).nullish(),
  service_tier: string().max(64).nullish()
});
var AssistantLineSchema = EnvelopeSchema.extend({
  requestId: string().max(200).nullish(),
  costUSD: number().nonnegative().nullish(),
  message: object({
    id: string().max(200).nullish(),
    model: string().max(200),
    usage: UsageSchema
  })
});
function reasonFor(issue) {
  const path = issue.path.map(String).join(".") || "line";
  const input = issue.input;
  const isToken = issue.path.includes("usage");
  const what = isToken ? "token count" : "number";
  switch (issue.code) {
    case "invalid_type":
      if (input === void 0) return `${path} is missing`;
      if (typeof input === "number" && !Number.isFinite(input)) return `non-finite ${what} at ${path}`;
      if (issue.expected === "int") return `${path} is not a whole number`;
      return `${path} is not ${article(issue.expected)}`;
    case "too_small":
      return issue.origin === "number" ? `negative ${what} at ${path}` : `${path} is empty`;
    case "too_big":
      return issue.origin === "string" ? `${path} is too long` : `${path} is too large`;
    case "invalid_format":
      return issue.format === "datetime" ? `${path} is not an ISO date-time` : `${path} is not an identifier`;
    default:
      return `${path} is invalid`;
  }
}
function article(expected) {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
function firstReason(error) {
  const issue = error.issues[0];
  return issue ? reasonFor(issue) : "line is invalid";
}

// src/ingest/transcript/request.ts
function tokenTotal(event) {
  return event.inputTokens + event.outputTokens + event.cacheWrite5mTokens + event.cacheWrite1hTokens + event.cacheReadTokens;
}
function promptTokens(event) {
  return event.inputTokens + event.cacheReadTokens + event.cacheWrite5mTokens + event.cacheWrite1hTokens;
}
function replaces(candidate, kept) {
  const a = tokenTotal(candidate);
  const b = tokenTotal(kept);
  return a > b || a === b && candidate.origin === "main" && kept.origin === "subagent";
}
function normaliseGeo(raw) {
  if (raw === void 0 || raw === null || raw === "") return "global";
  const known = geoVerdicts.get(raw);
  if (known !== void 0) return known ?? void 0;
  const geo = raw.trim().toLowerCase();
  const result = geo === "" || geo === "not_available" ? "global" : geoCode.safeParse(geo).success ? geo : void 0;
  if (geoVerdicts.size < GEO_CACHE_MAX) geoVerdicts.set(raw, result ?? null);
  return result;
}
var GEO_CACHE_MAX = 256;
var geoVerdicts = /* @__PURE__ */ new Map();
function cacheWrites(usage) {
  const flat = usage.cache_creation_input_tokens ?? 0;
  const split = usage.cache_creation;
  if (!split) return { write5m: flat, write1h: 0 };
  const write5m = split.ephemeral_5m_input_tokens ?? 0;
  const write1h = split.ephemeral_1h_input_tokens ?? 0;
  return { write5m: write5m + Math.max(0, flat - write5m - write1h), write1h };
}
function toRequest(data, geo, ctx) {
  const usage = data.message.usage;
  const { write5m, write1h } = cacheWrites(usage);
  const isSidechain = data.isSidechain === true;
  return {
    messageId: data.message.id || void 0,
    requestId: data.requestId || void 0,
    sessionId: ctx.sessionId,
    timestamp: data.timestamp ?? void 0,
    model: data.message.model,
    branch: data.gitBranch || void 0,
    cwd: data.cwd || void 0,
    toolVersion: data.version || void 0,
    isSidechain,
    origin: ctx.inSubagentsDir || isSidechain ? "subagent" : "main",
    speed: usage.speed === "fast" ? "fast" : "standard",
    geo,
    inputTokens: usage.input_tokens,
    outputTokens: usage.output_tokens,
    cacheWrite5mTokens: write5m,
    cacheWrite1hTokens: write1h,
    cacheReadTokens: usage.cache_read_input_tokens ?? 0,
    webSearchRequests: usage.server_tool_use?.web_search_requests ?? 0,
    reportedCostUsd: data.costUSD ?? void 0,
    file: ctx.file,
    line: ctx.line
  };
}

// src/ingest/transcript/buckets.ts
function toBuckets(requests, fallbackDay) {
  const buckets = /* @__PURE__ */ new Map();
  let last;
  for (const request of requests) {
    const day = request.timestamp === void 0 ? fallbackDay : utcDay2(request.timestamp);
    const band = bandOf(promptTokens(request));
    let bucket = last;
    if (bucket === void 0 || bucket.day !== day || bucket.model !== request.model || bucket.band !== band || bucket.origin !== request.origin || bucket.speed !== request.speed || bucket.geo !== request.geo) {
      const key = {
        model: request.model,
        day,
        speed: request.speed,
        geo: request.geo,
        band,
        origin: request.origin
      };
      const id = bucketKeyString(key);
      bucket = buckets.get(id);
      if (!bucket) {
        bucket = emptyBucket(key);
        buckets.set(id, bucket);
      }
      last = bucket;
    }
    bucket.requests += 1;
    bucket.inputTokens += request.inputTokens;
    bucket.outputTokens += request.outputTokens;
    bucket.cacheWrite5mTokens += request.cacheWrite5mTokens;
    bucket.cacheWrite1hTokens += request.cacheWrite1hTokens;
    bucket.cacheReadTokens += request.cacheReadTokens;
    bucket.webSearchRequests += request.webSearchRequests;
  }
  return [...buckets.values()].sort(compareBuckets);
}
var BUCKET_ORDER = ["day", "model", "origin", "speed", "geo", "band"];
function compareBuckets(a, b) {
  for (const field of BUCKET_ORDER) {
    if (a[field] !== b[field]) return a[field] < b[field] ? -1 : 1;
  }
  return 0;
}
function utcDay2(timestamp) {
  if (timestamp.endsWith("Z") && DATETIME.test(timestamp)) return timestamp.slice(0, 10);
  return new Date(timestamp).toISOString().slice(0, 10);
}
var DATETIME = regexes_exports.datetime({ offset: true });

// src/ingest/transcript/dedupe.ts
function dedupeAcrossFiles(results) {
  const byMessage = /* @__PURE__ */ new Map();
  const byPair = /* @__PURE__ */ new Map();
  const shared = /* @__PURE__ */ new Set();
  const firstPass = [];
  results.forEach((result, fileIndex) => {
    for (const event of result.requests) {
      const entry = { event, fileIndex, dropped: 0 };
      const { messageId, requestId } = event;
      if (messageId === void 0) {
        firstPass.push(entry);
        continue;
      }
      let existing = byMessage.get(messageId);
      if (existing === void 0) {
        byMessage.set(messageId, entry);
      } else if (existing.event.requestId !== requestId) {
        shared.add(messageId);
        const pair = `${messageId}\0${requestId ?? ""}`;
        existing = byPair.get(pair);
        if (existing === void 0) byPair.set(pair, entry);
      }
      if (existing === void 0) {
        firstPass.push(entry);
        continue;
      }
      existing.dropped += 1;
      if (replaces(event, existing.event)) {
        existing.event = event;
        existing.fileIndex = fileIndex;
      }
    }
  });
  return shared.size === 0 ? firstPass : dropReplays(firstPass, shared);
}
function dropReplays(entries, shared) {
  const byMessage = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const id = entry.event.messageId;
    if (id === void 0 || !shared.has(id)) continue;
    const group = byMessage.get(id);
    if (group) group.push(entry);
    else byMessage.set(id, [entry]);
  }
  const removed = /* @__PURE__ */ new Set();
  for (const group of byMessage.values()) {
    if (group.length < 2) continue;
    const subagent = group.filter((entry) => entry.event.origin === "subagent");
    if (subagent.length === 0) continue;
    const main = group.filter((entry) => entry.event.origin === "main");
    const survivor = main[0] ?? largest(subagent);
    for (const entry of subagent) {
      if (entry === survivor) continue;
      removed.add(entry);
      survivor.dropped += 1 + entry.dropped;
    }
  }
  return removed.size === 0 ? entries : entries.filter((entry) => !removed.has(entry));
}
function largest(entries) {
  let best = entries[0];
  for (const entry of entries) {
    if (tokenTotal(entry.event) > tokenTotal(best.event)) best = entry;
  }
  return best;
}

// src/ingest/transcript/time.ts
function compareTimes(a, b) {
  if (isCanonicalUtc(a) && isCanonicalUtc(b)) return a < b ? -1 : a > b ? 1 : 0;
  return Date.parse(a) - Date.parse(b);
}
var T = 84;
var Z = 90;
var DOT = 46;
function isCanonicalUtc(text2) {
  return text2.length === 24 && text2.charCodeAt(23) === Z && text2.charCodeAt(10) === T && text2.charCodeAt(19) === DOT;
}

// src/ingest/collect.ts
function collectTranscripts(results, recordedBy) {
  const kept = dedupeAcrossFiles(results);
  const groups = groupRequests(kept);
  const primaries = primaryGroups(groups);
  const facts = mergeFacts(results);
  applyFacts(facts, groups, primaries);
  attributeFiles(results, groups, primaries);
  for (const group of groups) {
    group.toolVersion = group.latestVersion ?? facts.get(group.sessionId)?.toolVersion;
  }
  const firstDays = sessionFirstDays(groups, facts);
  const sessions = groups.map((group) => toRecord(group, recordedBy, firstDays.get(group.sessionId) ?? "1970-01-01"));
  const duplicatesDropped = results.reduce((sum, result) => sum + result.duplicatesDropped, 0) + kept.reduce((sum, entry) => sum + entry.dropped, 0);
  return { sessions, duplicatesDropped };
}
var groupKey = (sessionId, branch) => `${sessionId}\0${branch ?? ""}`;
var GroupIndex = class {
  bySession = /* @__PURE__ */ new Map();
  last;
  constructor(groups = []) {
    for (const group of groups) this.add(group);
  }
  get(sessionId, branch) {
    const last = this.last;
    if (last !== void 0 && last.sessionId === sessionId && last.branch === branch) return last;
    const group = this.bySession.get(sessionId)?.get(branch ?? "");
    if (group !== void 0) this.last = group;
    return group;
  }
  add(group) {
    let byBranch = this.bySession.get(group.sessionId);
    if (byBranch === void 0) {
      byBranch = /* @__PURE__ */ new Map();
      this.bySession.set(group.sessionId, byBranch);
    }
    byBranch.set(group.branch ?? "", group);
  }
};
function isEarlier(a, b) {
  if (a === void 0) return b !== void 0;
  return b !== void 0 && compareTimes(a, b) < 0;
}
function groupRequests(kept) {
  const index = new GroupIndex();
  const groups = [];
  for (const entry of kept) {
    const { sessionId, branch, timestamp, toolVersion } = entry.event;
    let group = index.get(sessionId, branch);
    if (!group) {
      group = newGroup(sessionId, branch);
      index.add(group);
      groups.push(group);
    }
    group.requests.push(entry);
    group.files.add(entry.fileIndex);
    group.first = earlier(group.first, timestamp);
    group.last = later(group.last, timestamp);
    if (toolVersion !== void 0 && (group.latestVersion === void 0 || !isEarlier(timestamp, group.latestTime))) {
      group.latestVersion = toolVersion;
      group.latestTime = timestamp;
    }
  }
  const keys = new Map(groups.map((group) => [group, groupKey(group.sessionId, group.branch)]));
  const key = (group) => keys.get(group) ?? "";
  return groups.sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
function newGroup(sessionId, branch) {
  return {
    sessionId,
    branch,
    requests: [],
    files: /* @__PURE__ */ new Set(),
    turns: 0,
    compactions: 0,
    first: void 0,
    last: void 0,
    toolVersion: void 0,
    latestVersion: void 0,
    latestTime: void 0,
    linesRead: 0,
    duplicatesDropped: 0,
    skipped: []
  };
}
function primaryGroups(groups) {
  const primaries = /* @__PURE__ */ new Map();
  for (const group of groups) {
    const best = primaries.get(group.sessionId);
    if (!best || group.requests.length > best.requests.length) primaries.set(group.sessionId, group);
  }
  return primaries;
}
function mergeFacts(results) {
  const merged = /* @__PURE__ */ new Map();
  results.forEach((result, fileIndex) => {
    for (const facts of result.facts) {
      let entry = merged.get(facts.sessionId);
      if (!entry) {
        entry = {
          turnsByBranch: /* @__PURE__ */ new Map(),
          compactions: 0,
          first: void 0,
          last: void 0,
          toolVersion: void 0,
          files: /* @__PURE__ */ new Set()
        };
        merged.set(facts.sessionId, entry);
      }
      for (const [branch, turns] of facts.turnsByBranch) {
        entry.turnsByBranch.set(branch, (entry.turnsByBranch.get(branch) ?? 0) + turns);
      }
      entry.compactions += facts.compactions;
      entry.first = earlier(entry.first, facts.firstTimestamp);
      entry.last = later(entry.last, facts.lastTimestamp);
      entry.toolVersion = facts.toolVersion ?? entry.toolVersion;
      entry.files.add(fileIndex);
    }
  });
  return merged;
}
function applyFacts(facts, groups, primaries) {
  const index = new GroupIndex(groups);
  for (const [sessionId, entry] of facts) {
    const primary = primaries.get(sessionId);
    if (!primary) continue;
    for (const [branch, turns] of entry.turnsByBranch) {
      const group = index.get(sessionId, branch || void 0) ?? primary;
      group.turns += turns;
    }
    primary.compactions += entry.compactions;
    primary.first = earlier(primary.first, entry.first);
    primary.last = later(primary.last, entry.last);
    for (const file of entry.files) primary.files.add(file);
  }
}
function attributeFiles(results, groups, primaries) {
  const index = new GroupIndex(groups);
  results.forEach((result, fileIndex) => {
    const owner = fileOwner(result, index, primaries);
    if (!owner) return;
    owner.files.add(fileIndex);
    owner.linesRead += result.linesRead;
    owner.duplicatesDropped += result.duplicatesDropped;
    owner.skipped.push(...result.skipped);
  });
}
function fileOwner(result, index, primaries) {
  const counts = /* @__PURE__ */ new Map();
  for (const event of result.requests) {
    const group = index.get(event.sessionId, event.branch);
    if (group) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  let owner;
  let most = 0;
  for (const [group, count4] of counts) {
    if (count4 > most) [owner, most] = [group, count4];
  }
  if (owner) return owner;
  for (const facts of result.facts) {
    const primary = primaries.get(facts.sessionId);
    if (primary) return primary;
  }
  return void 0;
}
function sessionFirstDays(groups, facts) {
  const firsts = /* @__PURE__ */ new Map();
  for (const group of groups) {
    const known = firsts.get(group.sessionId) ?? facts.get(group.sessionId)?.first;
    firsts.set(group.sessionId, earlier(known, group.first));
  }
  const days = /* @__PURE__ */ new Map();
  for (const [sessionId, first] of firsts) if (first) days.set(sessionId, utcDay2(first));
  return days;
}
function toRecord(group, recordedBy, fallbackDay) {
  const events = group.requests.map((entry) => entry.event);
  let peak = 0;
  let reported;
  for (const event of events) {
    if (event.origin === "main") peak = Math.max(peak, promptTokens(event));
    if (event.reportedCostUsd !== void 0) reported = (reported ?? 0) + event.reportedCostUsd;
  }
  const duplicatesDropped = group.duplicatesDropped + group.requests.reduce((sum, entry) => sum + entry.dropped, 0);
  return {
    schema: SESSION_SCHEMA,
    sessionId: group.sessionId,
    tool: "claude-code",
    ...group.toolVersion === void 0 ? {} : { toolVersion: group.toolVersion },
    recordedBy,
    ...group.branch === void 0 ? {} : { branch: group.branch },
    ...group.first === void 0 ? {} : { startedAt: group.first },
    ...group.last === void 0 ? {} : { endedAt: group.last },
    turns: group.turns,
    requests: events.length,
    compactions: group.compactions,
    peakContextTokens: peak,
    usage: toBuckets(events, fallbackDay),
    // Float sums drift in the last digits; ten decimals is far below a cent.
    ...reported === void 0 ? {} : { reported: { costUsd: Math.round(reported * 1e10) / 1e10, costBasis: "transcript" } },
    source: {
      format: "transcript",
      files: group.files.size,
      linesRead: group.linesRead,
      duplicatesDropped,
      skipped: summariseSkipped(group.skipped.map((entry) => entry.reason))
    }
  };
}
function earlier(a, b) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  return compareTimes(b, a) < 0 ? b : a;
}
function later(a, b) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  return compareTimes(b, a) > 0 ? b : a;
}

// src/ingest/export/index.ts
import { extname as extname2 } from "node:path";

// src/ingest/json-file.ts
import { lstat, open } from "node:fs/promises";
async function readJsonFile(path, options) {
  const skip = (line, reason) => ({
    ok: false,
    skipped: { file: options.displayName, line, reason }
  });
  const max = options.maxJsonBytes;
  let bytes;
  let mtime;
  try {
    const info = await lstat(path);
    if (info.isSymbolicLink()) return skip(0, "symbolic link not followed");
    if (!info.isFile()) return skip(0, "not a regular file");
    if (info.size > max) return skip(0, `file is larger than ${max} bytes`);
    const handle = await open(path, READ_NO_FOLLOW3);
    try {
      const buffer = Buffer.alloc(Math.min(info.size, max) + 1);
      let filled = 0;
      for (; ; ) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
        if (filled === buffer.length) break;
      }
      if (filled > max) return skip(0, `file is larger than ${max} bytes`);
      bytes = buffer.subarray(0, filled);
      mtime = (await handle.stat()).mtime;
    } finally {
      await handle.close();
    }
  } catch (error) {
    return skip(0, `cannot read: ${errorCode2(error)}`);
  }
  let text2 = bytes.toString("utf8");
  if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
  const lines = countLines(text2);
  try {
    return { ok: true, file: { value: JSON.parse(text2), lines, mtime } };
  } catch (error) {
    return skip(jsonErrorLine(error, text2, lines), "not valid JSON");
  }
}
function countLines(text2) {
  if (text2 === "") return 0;
  let n = 0;
  for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) n++;
  return text2.endsWith("\n") ? n : n + 1;
}
function jsonErrorLine(error, text2, lines) {
  const message = error instanceof Error ? error.message : "";
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== void 0) return countLines(text2.slice(0, Number(position) + 1)) || 1;
  if (/Unexpected end of JSON input/.test(message)) return Math.max(lines, 1);
  return 0;
}
function errorCode2(error) {
  const code = error?.code;
  return typeof code === "string" ? code : "I/O error";
}

// src/ingest/types.ts
function emptyFileResult(format) {
  return {
    format,
    sessions: [],
    requests: [],
    facts: [],
    skipped: [],
    linesRead: 0,
    duplicatesDropped: 0
  };
}

// src/ingest/export/schema.ts
var count2 = number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
var ExportMessageSchema = looseObject({
  input_tokens: count2,
  output_tokens: count2,
  cached_tokens: count2.nullish(),
  thinking_tokens: count2.nullish(),
  // Checked separately: a bad model id or timestamp must not be echoed in a zod message.
  model: unknown().optional(),
  timestamp: unknown().optional(),
  id: unknown().optional()
});
var ExportFileSchema = looseObject({
  messages: array(unknown()),
  model: unknown().optional(),
  session_id: unknown().optional(),
  sessionId: unknown().optional()
});

// src/ingest/export/session.ts
var isoDateTime = iso_exports.datetime({ offset: true });
function parseExportObject(value, context) {
  const problems = [];
  const generic = [];
  const problem = (line, reason) => {
    problems.push({ line, reason: line === 0 ? reason : `message ${line}: ${reason}` });
    generic.push(reason);
  };
  const file = ExportFileSchema.safeParse(value);
  if (!file.success) {
    problem(0, `not a message export: ${describeFirstIssue(file.error)}`);
    return { record: void 0, problems };
  }
  const { messages, model: topModel } = file.data;
  const fileModel = topModel === void 0 ? void 0 : isIdentifier(topModel) ? topModel : void 0;
  if (topModel !== void 0 && fileModel === void 0) {
    problem(0, "top-level model is not an identifier; messages without their own model count as unknown");
  }
  const claimedId = file.data.session_id ?? file.data.sessionId;
  const sessionId = isIdentifier(claimedId) ? claimedId : context.fallbackSessionId;
  if (claimedId !== void 0 && !isIdentifier(claimedId))
    problem(0, "session id is not an identifier; the file name is used");
  const buckets = /* @__PURE__ */ new Map();
  let first;
  let last;
  let peak = 0;
  messages.forEach((raw, index) => {
    const n = index + 1;
    const parsed = ExportMessageSchema.safeParse(raw);
    if (!parsed.success) return problem(n, describeFirstIssue(parsed.error));
    const m = parsed.data;
    const cached = m.cached_tokens ?? 0;
    if (cached > m.input_tokens) return problem(n, "cached_tokens exceeds input_tokens");
    if ((m.thinking_tokens ?? 0) > m.output_tokens) return problem(n, "thinking_tokens exceeds output_tokens");
    const own = m.model === void 0 ? void 0 : isIdentifier(m.model) ? m.model : null;
    if (own === null) return problem(n, "model is not an identifier");
    const model = own ?? fileModel ?? "unknown";
    const time = isoDateTime.safeParse(m.timestamp);
    const at = time.success ? Date.parse(time.data) : void 0;
    if (at !== void 0) {
      first = first === void 0 ? at : Math.min(first, at);
      last = last === void 0 ? at : Math.max(last, at);
    }
    const key = {
      model,
      day: at === void 0 ? context.day : utcDayOf(new Date(at)),
      speed: "standard",
      geo: "global",
      // The prompt is input + cache read + cache write; here input_tokens already holds the first two.
      band: bandOf(m.input_tokens),
      origin: "main"
    };
    const id = bucketKeyString(key);
    const bucket = buckets.get(id) ?? emptyBucket(key);
    bucket.requests += 1;
    bucket.inputTokens += m.input_tokens - cached;
    bucket.cacheReadTokens += cached;
    bucket.outputTokens += m.output_tokens;
    buckets.set(id, bucket);
    peak = Math.max(peak, m.input_tokens);
  });
  if (buckets.size === 0) return { record: void 0, problems };
  const usage = [...buckets.values()];
  const record2 = {
    schema: SESSION_SCHEMA,
    sessionId,
    tool: "claude-code",
    recordedBy: GENERATOR,
    ...first === void 0 ? {} : { startedAt: new Date(first).toISOString() },
    ...last === void 0 ? {} : { endedAt: new Date(last).toISOString() },
    // The export has no notion of user turns.
    turns: 0,
    requests: usage.reduce((n, b) => n + b.requests, 0),
    compactions: 0,
    peakContextTokens: peak,
    usage,
    source: {
      format: "export",
      files: 1,
      linesRead: context.linesRead,
      duplicatesDropped: 0,
      skipped: summariseSkipped(generic)
    }
  };
  const checked = SessionRecordSchema.safeParse(record2);
  if (!checked.success) {
    problems.push({ line: 0, reason: `export gives an invalid record: ${describeFirstIssue(checked.error)}` });
    return { record: void 0, problems };
  }
  return { record: checked.data, problems };
}

// src/ingest/export/index.ts
var exportParser = {
  format: "export",
  detect(path, head) {
    if (extname2(path).toLowerCase() !== ".json") return false;
    return /"messages"\s*:\s*\[\s*\]/.test(head) || /"messages"\s*:\s*\[/.test(head) && head.includes('"input_tokens"');
  },
  async parse(path, options) {
    const out = emptyFileResult("export");
    const read = await readJsonFile(path, options);
    if (!read.ok) {
      out.skipped.push(read.skipped);
      return out;
    }
    out.linesRead = read.file.lines;
    const parsed = parseExportObject(read.file.value, {
      fallbackSessionId: sessionIdFromPath(path),
      day: utcDayOf(read.file.mtime),
      linesRead: read.file.lines
    });
    for (const p of parsed.problems) out.skipped.push({ file: options.displayName, line: p.line, reason: p.reason });
    if (parsed.record !== void 0) out.sessions.push(parsed.record);
    return out;
  }
};

// src/ingest/record/index.ts
import { extname as extname3 } from "node:path";
var recordParser = {
  format: "record",
  detect(path, head) {
    return extname3(path).toLowerCase() === ".json" && head.includes(`"${SESSION_SCHEMA}"`);
  },
  async parse(path, options) {
    const out = emptyFileResult("record");
    const read = await readJsonFile(path, options);
    if (!read.ok) {
      out.skipped.push(read.skipped);
      return out;
    }
    out.linesRead = read.file.lines;
    const parsed = SessionRecordSchema.safeParse(read.file.value);
    if (parsed.success) out.sessions.push(parsed.data);
    else
      out.skipped.push({
        file: options.displayName,
        line: 0,
        reason: `invalid session record: ${describeFirstIssue(parsed.error)}`
      });
    return out;
  }
};

// src/ingest/result/index.ts
import { lstat as lstat2, open as open2 } from "node:fs/promises";
import { extname as extname4 } from "node:path";

// src/ingest/result/schema.ts
var count3 = number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
var money = number().finite().nonnegative();
var ModelUsageSchema = looseObject({
  inputTokens: count3,
  outputTokens: count3,
  cacheReadInputTokens: count3.default(0),
  // Unsplit: the 5-minute / 1-hour split is not kept per model.
  cacheCreationInputTokens: count3.default(0),
  webSearchRequests: count3.default(0),
  costUSD: money.optional(),
  contextWindow: count3.optional(),
  maxOutputTokens: count3.optional()
});
var ApiUsageSchema = looseObject({
  input_tokens: count3.default(0),
  output_tokens: count3.default(0),
  cache_read_input_tokens: count3.nullish(),
  cache_creation_input_tokens: count3.nullish(),
  cache_creation: looseObject({
    ephemeral_5m_input_tokens: count3.nullish(),
    ephemeral_1h_input_tokens: count3.nullish()
  }).nullish(),
  server_tool_use: looseObject({ web_search_requests: count3.nullish() }).nullish()
});
var ResultMessageSchema = looseObject({
  type: literal("result"),
  subtype: string().max(64).optional(),
  // Checked against the identifier rule later, so a bad id falls back to the file name.
  session_id: unknown().optional(),
  total_cost_usd: money.optional(),
  num_turns: count3.optional(),
  duration_ms: count3.optional(),
  // Not in SDKResultMessage today; wrappers that stamp one give the day better than mtime does.
  timestamp: unknown().optional(),
  usage: unknown().optional(),
  // Entries are checked one by one, so one bad entry does not lose the others.
  modelUsage: record(string(), unknown()).optional()
});

// src/ingest/result/buckets.ts
function modelUsageToBuckets(modelUsage, day, split) {
  const buckets = [];
  const reported = [];
  const skipped = [];
  Object.entries(modelUsage).forEach(([model, raw], index) => {
    const entry = `modelUsage entry ${index + 1}`;
    if (!isIdentifier(model)) {
      skipped.push(`${entry}: model id is not an identifier`);
      return;
    }
    const parsed = ModelUsageSchema.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      skipped.push(`${entry}: ${first === void 0 ? "invalid" : describeIssue(first)}`);
      return;
    }
    const u = parsed.data;
    buckets.push({
      model,
      day,
      speed: "standard",
      geo: "global",
      band: "unknown",
      origin: "main",
      ...emptyTokens(),
      inputTokens: u.inputTokens,
      outputTokens: u.outputTokens,
      cacheReadTokens: u.cacheReadInputTokens,
      cacheWrite5mTokens: u.cacheCreationInputTokens,
      webSearchRequests: u.webSearchRequests
    });
    if (u.costUSD !== void 0) reported.push([model, u.costUSD]);
  });
  if (split !== void 0) applySplit(buckets, split);
  return { buckets, reportedByModel: Object.fromEntries(reported), skipped };
}
function applySplit(buckets, split) {
  const writers = buckets.filter((b) => b.cacheWrite5mTokens > 0);
  const only = writers[0];
  if (writers.length !== 1 || only === void 0) return;
  if (split.write5m + split.write1h !== only.cacheWrite5mTokens) return;
  only.cacheWrite5mTokens = split.write5m;
  only.cacheWrite1hTokens = split.write1h;
}
function cacheSplitOf(usage) {
  const c = usage.cache_creation;
  if (c === null || c === void 0) return void 0;
  const write5m = c.ephemeral_5m_input_tokens ?? 0;
  const write1h = c.ephemeral_1h_input_tokens ?? 0;
  return write5m + write1h > 0 ? { write5m, write1h } : void 0;
}
function apiUsageToBucket(usage, day) {
  const split = cacheSplitOf(usage);
  const bucket = {
    model: "unknown",
    day,
    speed: "standard",
    geo: "global",
    band: "unknown",
    origin: "main",
    ...emptyTokens(),
    inputTokens: usage.input_tokens,
    outputTokens: usage.output_tokens,
    cacheReadTokens: usage.cache_read_input_tokens ?? 0,
    cacheWrite5mTokens: split?.write5m ?? usage.cache_creation_input_tokens ?? 0,
    cacheWrite1hTokens: split?.write1h ?? 0,
    webSearchRequests: usage.server_tool_use?.web_search_requests ?? 0
  };
  const total = bucket.inputTokens + bucket.outputTokens + bucket.cacheReadTokens + bucket.cacheWrite5mTokens + bucket.cacheWrite1hTokens + bucket.webSearchRequests;
  return total > 0 ? bucket : void 0;
}

// src/ingest/result/session.ts
var isoDateTime2 = iso_exports.datetime({ offset: true });
function parseResultObject(obj, context) {
  const parsed = ResultMessageSchema.safeParse(obj);
  if (!parsed.success) return { ok: false, reason: `not a result object: ${describeFirstIssue(parsed.error)}` };
  const result = parsed.data;
  const skipped = [];
  let sessionId = context.fallbackSessionId;
  if (isIdentifier(result.session_id)) sessionId = result.session_id;
  else if (result.session_id !== void 0) skipped.push("session_id is not an identifier; the file name is used");
  const timestamp = isoDateTime2.safeParse(result.timestamp);
  const day = timestamp.success ? utcDayOf(new Date(timestamp.data)) : context.day;
  let usage;
  if (result.usage !== void 0 && result.usage !== null) {
    const u = ApiUsageSchema.safeParse(result.usage);
    if (u.success) usage = u.data;
    else skipped.push(`usage: ${describeFirstIssue(u.error)}`);
  }
  const modelUsage = result.modelUsage ?? {};
  const fromModels = modelUsageToBuckets(modelUsage, day, usage === void 0 ? void 0 : cacheSplitOf(usage));
  skipped.push(...fromModels.skipped);
  let buckets = fromModels.buckets;
  if (Object.keys(modelUsage).length === 0 && usage !== void 0) {
    const bucket = apiUsageToBucket(usage, day);
    buckets = bucket === void 0 ? [] : [bucket];
  }
  const record2 = {
    schema: SESSION_SCHEMA,
    sessionId,
    tool: "claude-code",
    recordedBy: GENERATOR,
    turns: result.num_turns ?? 0,
    requests: buckets.reduce((n, b) => n + b.requests, 0),
    compactions: 0,
    peakContextTokens: 0,
    usage: buckets,
    ...result.total_cost_usd === void 0 ? {} : { reported: { costUsd: result.total_cost_usd, costBasis: "claude-code" } },
    source: {
      format: "result",
      files: 1,
      linesRead: context.linesRead,
      duplicatesDropped: 0,
      skipped: summariseSkipped([...context.skipped ?? [], ...skipped])
    }
  };
  const checked = SessionRecordSchema.safeParse(record2);
  if (!checked.success)
    return { ok: false, reason: `result gives an invalid record: ${describeFirstIssue(checked.error)}` };
  return { ok: true, record: checked.data, reportedByModel: fromModels.reportedByModel, skipped };
}

// src/ingest/result/stream.ts
var MARKERS = ['"type":"result"', '"type": "result"'];
async function scanStream(path, maxLineBytes) {
  const scan = { result: void 0, problems: [], lines: 0 };
  for await (const { line: number2, bytes, oversized } of readLines(path, { maxLineBytes })) {
    scan.lines = number2;
    if (oversized) {
      if (hasMarker(bytes))
        scan.problems.push({ line: number2, reason: `result line is larger than ${maxLineBytes} bytes` });
      continue;
    }
    if (!hasMarker(bytes)) continue;
    let value;
    try {
      value = JSON.parse(bytes.toString("utf8"));
    } catch {
      scan.problems.push({ line: number2, reason: "result line is not valid JSON" });
      continue;
    }
    if (isObject(value) && value.type === "result") scan.result = { value, line: number2 };
  }
  return scan;
}
function hasMarker(bytes) {
  return MARKERS.some((m) => bytes.includes(m));
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function looksLikeStream(head) {
  const firstLine = head.split("\n", 1)[0] ?? "";
  return /"type"\s*:\s*"system"/.test(firstLine) && firstLine.includes('"session_id"');
}

// src/ingest/result/index.ts
var HEAD_BYTES = 64 * 1024;
var resultParser = {
  format: "result",
  detect(path, head) {
    const ext = extname4(path).toLowerCase();
    if (ext === ".jsonl" || ext === ".ndjson") return looksLikeStream(head);
    if (ext !== ".json") return false;
    return looksLikeStream(head) || head.trimStart().startsWith("[") || /"type"\s*:\s*"result"/.test(head);
  },
  async parse(path, options) {
    const ext = extname4(path).toLowerCase();
    if (ext === ".json" && !await startsLikeStream(path)) return parseWholeFile(path, options);
    return parseStreamFile(path, options);
  }
};
async function parseWholeFile(path, options) {
  const out = emptyFileResult("result");
  const read = await readJsonFile(path, options);
  if (!read.ok) {
    out.skipped.push(read.skipped);
    return out;
  }
  out.linesRead = read.file.lines;
  const value = read.file.value;
  const found = Array.isArray(value) ? value.findLast((m) => isObject2(m) && m.type === "result") : value;
  if (found === void 0) {
    out.skipped.push({ file: options.displayName, line: 0, reason: "no result element in the array" });
    return out;
  }
  addSession(out, found, 0, path, read.file.mtime, options, []);
  return out;
}
async function parseStreamFile(path, options) {
  const out = emptyFileResult("result");
  const skip = (line, reason) => {
    out.skipped.push({ file: options.displayName, line, reason });
  };
  let scan;
  let mtime;
  try {
    const info = await lstat2(path);
    if (info.isSymbolicLink()) return skip(0, "symbolic link not followed"), out;
    if (!info.isFile()) return skip(0, "not a regular file"), out;
    mtime = info.mtime;
    scan = await scanStream(path, options.maxJsonBytes);
  } catch (error) {
    skip(0, `cannot read: ${errorCode2(error)}`);
    return out;
  }
  out.linesRead = scan.lines;
  for (const p of scan.problems) skip(p.line, p.reason);
  if (scan.result === void 0) {
    if (scan.problems.length === 0) skip(0, "no result line (the run may not have finished)");
    return out;
  }
  const earlier2 = scan.problems.map((p) => p.reason);
  addSession(out, scan.result.value, scan.result.line, path, mtime, options, earlier2);
  return out;
}
function addSession(out, value, line, path, mtime, options, earlier2) {
  const parsed = parseResultObject(value, {
    fallbackSessionId: sessionIdFromPath(path),
    day: utcDayOf(mtime),
    linesRead: out.linesRead,
    skipped: earlier2
  });
  if (!parsed.ok) {
    out.skipped.push({ file: options.displayName, line, reason: parsed.reason });
    return;
  }
  out.sessions.push(parsed.record);
  for (const reason of parsed.skipped) out.skipped.push({ file: options.displayName, line, reason });
}
async function startsLikeStream(path) {
  try {
    const handle = await open2(path, READ_NO_FOLLOW3);
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return looksLikeStream(buffer.subarray(0, bytesRead).toString("utf8"));
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/ingest/transcript/detect.ts
var TRANSCRIPT_KEY = /"(?:sessionId|parentUuid|leafUuid)"\s*:/;
var TRANSCRIPT_TYPE = /"type"\s*:\s*"(?:user|assistant|summary|system|progress|file-history-snapshot|queue-operation)"/;
var STREAM_JSON = /"session_id"\s*:|"subtype"\s*:\s*"init"/;
var SESSION_RECORD = /"schema"\s*:\s*"claude-cost\//;
function detectTranscript(path, head) {
  if (!path.toLowerCase().endsWith(".jsonl")) return false;
  const trimmed = head.trimStart();
  if (trimmed === "") return true;
  if (!trimmed.startsWith("{")) return false;
  const first = firstObjectText(trimmed);
  if (STREAM_JSON.test(first) || SESSION_RECORD.test(first)) return false;
  return TRANSCRIPT_KEY.test(first) || TRANSCRIPT_TYPE.test(first);
}
function firstObjectText(head) {
  const newline = head.indexOf("\n");
  const firstLine = newline === -1 ? head : head.slice(0, newline);
  if (firstLine.trim() !== "{") return firstLine;
  const close = head.search(/\n\}/);
  return close === -1 ? head : head.slice(0, close);
}

// src/ingest/transcript/parse.ts
import { basename as basename2, dirname, extname as extname5 } from "node:path";

// src/ingest/transcript/bytes.ts
var needle = (text2) => Buffer.from(text2, "utf8");
var USAGE = needle('"usage"');
var TYPE_ASSISTANT = needle('"type":"assistant"');
var ASSISTANT_TAIL_BYTES = 512;
var TYPE_USER = needle('"type":"user"');
var FIRST_TYPE = needle('"type":"');
var TOOL_USE_ID = needle('"tool_use_id"');
var IS_META = needle('"isMeta":true');
var IS_SIDECHAIN = needle('"isSidechain":true');
var IS_COMPACT_SUMMARY = needle('"isCompactSummary":true');
var COMPACT_BOUNDARY = needle('"subtype":"compact_boundary"');
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_BRACKET = 91;
var QUOTE = 34;
var BACKSLASH = 92;
var COLON = 58;
var COMMA = 44;
var TYPE_KEY = needle("type");
function hasUsage(bytes) {
  return bytes.indexOf(USAGE) !== -1;
}
function endsLikeAssistantLine(bytes) {
  return bytes.indexOf(TYPE_ASSISTANT, Math.max(0, bytes.length - ASSISTANT_TAIL_BYTES)) !== -1;
}
function hasCompactBoundary(bytes) {
  return bytes.indexOf(COMPACT_BOUNDARY) !== -1;
}
function looksLikeUserPrompt(bytes) {
  const typeAt = bytes.indexOf(FIRST_TYPE);
  if (typeAt === -1 || !startsWith(bytes, typeAt, TYPE_USER)) return false;
  return userLineLooksLikePrompt(bytes);
}
function userLineLooksLikePrompt(bytes) {
  return bytes.indexOf(TOOL_USE_ID) === -1 && bytes.indexOf(IS_META) === -1 && bytes.indexOf(IS_SIDECHAIN) === -1 && bytes.indexOf(IS_COMPACT_SUMMARY) === -1;
}
function leadingType(bytes) {
  let at = skipSpace(bytes, 0);
  if (bytes[at] !== OPEN_BRACE) return void 0;
  for (; ; ) {
    at = skipSpace(bytes, at + 1);
    if (bytes[at] !== QUOTE) return void 0;
    const keyEnd = stringEnd(bytes, at);
    if (keyEnd === -1) return void 0;
    const isType = keyEnd - at - 1 === TYPE_KEY.length && startsWith(bytes, at + 1, TYPE_KEY);
    at = skipSpace(bytes, keyEnd + 1);
    if (bytes[at] !== COLON) return void 0;
    at = skipSpace(bytes, at + 1);
    const first = bytes[at];
    if (first === QUOTE) {
      const valueEnd = stringEnd(bytes, at);
      if (valueEnd === -1) return void 0;
      if (isType) return plainAscii(bytes, at + 1, valueEnd);
      at = valueEnd + 1;
    } else if (first === void 0 || first === OPEN_BRACE || first === OPEN_BRACKET || isType) {
      return void 0;
    } else {
      while (at < bytes.length && bytes[at] !== COMMA && bytes[at] !== CLOSE_BRACE) at += 1;
    }
    at = skipSpace(bytes, at);
    if (bytes[at] !== COMMA) return void 0;
  }
}
function stringEnd(bytes, open3) {
  for (let at = open3 + 1; at < bytes.length; at += 1) {
    const byte = bytes[at];
    if (byte === QUOTE) return at;
    if (byte === BACKSLASH) at += 1;
  }
  return -1;
}
function plainAscii(bytes, start, end) {
  for (let i = start; i < end; i += 1) {
    const byte = bytes[i];
    if (byte < 32 || byte > 126 || byte === BACKSLASH) return void 0;
  }
  return bytes.toString("latin1", start, end);
}
function skipSpace(bytes, at) {
  while (isSpace(bytes[at])) at += 1;
  return at;
}
function startsWith(bytes, at, prefix) {
  if (at + prefix.length > bytes.length) return false;
  for (let i = 0; i < prefix.length; i += 1) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}
function isSpace(byte) {
  return byte === 32 || byte === 9 || byte === 13 || byte === 10;
}
function isBlank(bytes) {
  for (const byte of bytes) if (!isSpace(byte)) return false;
  return true;
}
function looksLikeObject(bytes) {
  let first = 0;
  while (first < bytes.length && isSpace(bytes[first])) first += 1;
  let last = bytes.length - 1;
  while (last > first && isSpace(bytes[last])) last -= 1;
  return last > first && bytes[first] === OPEN_BRACE && bytes[last] === CLOSE_BRACE;
}
function opensPrettyObject(bytes) {
  let first = 0;
  while (first < bytes.length && isSpace(bytes[first])) first += 1;
  if (bytes[first] !== OPEN_BRACE) return false;
  for (let i = first + 1; i < bytes.length; i += 1) if (!isSpace(bytes[i])) return false;
  return true;
}
function startsAtColumnZero(bytes) {
  return bytes[0] === OPEN_BRACE;
}

// src/ingest/transcript/facts.ts
var SessionFactsTable = class {
  entries = /* @__PURE__ */ new Map();
  get(sessionId) {
    return this.entry(sessionId).facts;
  }
  /** Records that a parsed line of this session was written at `timestamp` by `version`. */
  seen(sessionId, timestamp, version, cwd) {
    const entry = this.entry(sessionId);
    if (version) entry.facts.toolVersion = version;
    if (cwd) entry.facts.cwd = cwd;
    if (timestamp === void 0) return;
    const { facts } = entry;
    if (facts.firstTimestamp === void 0 || compareTimes(timestamp, facts.firstTimestamp) < 0) {
      facts.firstTimestamp = timestamp;
    }
    if (facts.lastTimestamp === void 0 || compareTimes(timestamp, facts.lastTimestamp) > 0) {
      facts.lastTimestamp = timestamp;
    }
  }
  addTurn(sessionId, branch) {
    const turns = this.entry(sessionId).facts.turnsByBranch;
    turns.set(branch, (turns.get(branch) ?? 0) + 1);
  }
  addCompaction(sessionId) {
    this.entry(sessionId).facts.compactions += 1;
  }
  /** Copies that later lines will not change. */
  copy() {
    return this.all().map((facts) => ({ ...facts, turnsByBranch: new Map(facts.turnsByBranch) }));
  }
  all() {
    return [...this.entries.values()].map((entry) => entry.facts);
  }
  entry(sessionId) {
    let entry = this.entries.get(sessionId);
    if (!entry) {
      entry = {
        facts: {
          sessionId,
          turnsByBranch: /* @__PURE__ */ new Map(),
          compactions: 0,
          firstTimestamp: void 0,
          lastTimestamp: void 0,
          cwd: void 0,
          toolVersion: void 0
        }
      };
      this.entries.set(sessionId, entry);
    }
    return entry;
  }
};

// src/ingest/transcript/json.ts
import { isAscii } from "node:buffer";
var READ_STRING_PATHS = [
  ["type"],
  ["subtype"],
  ["sessionId"],
  ["timestamp"],
  ["gitBranch"],
  ["cwd"],
  ["version"],
  ["requestId"],
  ["message", "id"],
  ["message", "model"],
  ["message", "usage", "speed"],
  ["message", "usage", "inference_geo"],
  ["message", "usage", "service_tier"]
];
function parseJsonLine(bytes) {
  const value = JSON.parse(bytes.toString("latin1"));
  if (isAscii(bytes) || readStringsAreAscii(value)) return value;
  return JSON.parse(bytes.toString("utf8"));
}
function readStringsAreAscii(value) {
  for (const path of READ_STRING_PATHS) {
    let node = value;
    for (const key of path) {
      if (typeof node !== "object" || node === null) break;
      node = node[key];
    }
    if (typeof node === "string" && !isAsciiString(node)) return false;
  }
  return true;
}
function isAsciiString(text2) {
  for (let i = 0; i < text2.length; i += 1) if (text2.charCodeAt(i) > 127) return false;
  return true;
}

// src/ingest/transcript/pretty.ts
var PRETTY_MAX_LINES = 1e4;
var PRETTY_MAX_BYTES = 8 * 1024 * 1024;
var QUOTE2 = 34;
var BACKSLASH2 = 92;
var OPEN_BRACE2 = 123;
var CLOSE_BRACE2 = 125;
var PrettyObject = class {
  constructor(startLine) {
    this.startLine = startLine;
  }
  startLine;
  parts = [];
  size = 0;
  depth = 0;
  inString = false;
  escaped = false;
  /** Adds the next physical line (copied: the reader reuses its buffer). */
  add(bytes) {
    this.parts.push(Buffer.from(bytes));
    this.size += bytes.length + 1;
    if (this.parts.length > PRETTY_MAX_LINES || this.size > PRETTY_MAX_BYTES) return "too-big";
    for (const byte of bytes) {
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (byte === BACKSLASH2) this.escaped = true;
        else if (byte === QUOTE2) this.inString = false;
      } else if (byte === QUOTE2) {
        this.inString = true;
      } else if (byte === OPEN_BRACE2) {
        this.depth += 1;
      } else if (byte === CLOSE_BRACE2) {
        this.depth -= 1;
        if (this.depth === 0) return "closed";
      }
    }
    this.inString = false;
    this.escaped = false;
    return "open";
  }
  text() {
    return this.parts.map((part) => part.toString("utf8")).join("\n");
  }
};

// src/ingest/transcript/check.ts
function checkAssistantLine(value) {
  if (isAssistantLine(value)) return { ok: true, data: value };
  const parsed = AssistantLineSchema.safeParse(value, { reportInput: true });
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reason: firstReason(parsed.error) };
}
function checkEnvelope(value) {
  if (isEnvelope(value)) return { ok: true, data: value };
  const parsed = EnvelopeSchema.safeParse(value, { reportInput: true });
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reason: firstReason(parsed.error) };
}
var DATETIME2 = regexes_exports.datetime({ offset: true });
var IDENTIFIER_CACHE_MAX = 4096;
var identifierVerdicts = /* @__PURE__ */ new Map();
var recentA;
var recentB;
function isIdentifier2(value) {
  if (typeof value !== "string") return false;
  if (value === recentA || value === recentB) return true;
  let ok = identifierVerdicts.get(value);
  if (ok === void 0) {
    ok = identifier2.safeParse(value).success;
    if (identifierVerdicts.size < IDENTIFIER_CACHE_MAX) identifierVerdicts.set(value, ok);
  }
  if (ok) {
    recentB = recentA;
    recentA = value;
  }
  return ok;
}
function isObject3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function optionalString(value, max) {
  return value === void 0 || value === null || typeof value === "string" && value.length <= max;
}
function optionalBoolean(value) {
  return value === void 0 || value === null || typeof value === "boolean";
}
function isCount(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}
function optionalCount(value) {
  return value === void 0 || value === null || isCount(value);
}
function isEnvelope(value) {
  const { sessionId, timestamp } = value;
  return optionalString(value.type, 64) && optionalString(value.subtype, 64) && (sessionId === void 0 || sessionId === null || isIdentifier2(sessionId)) && (timestamp === void 0 || timestamp === null || typeof timestamp === "string" && DATETIME2.test(timestamp)) && optionalString(value.gitBranch, 255) && optionalString(value.cwd, 4096) && optionalString(value.version, 64) && optionalBoolean(value.isSidechain) && optionalBoolean(value.isMeta) && optionalBoolean(value.isCompactSummary);
}
function isAssistantLine(value) {
  const { costUSD, message } = value;
  if (!isEnvelope(value) || !optionalString(value.requestId, 200)) return false;
  if (!(costUSD === void 0 || costUSD === null || typeof costUSD === "number" && Number.isFinite(costUSD) && costUSD >= 0)) {
    return false;
  }
  if (!isObject3(message) || !optionalString(message.id, 200)) return false;
  if (typeof message.model !== "string" || message.model.length > 200) return false;
  return isUsage(message.usage);
}
function isUsage(usage) {
  if (!isObject3(usage)) return false;
  const { cache_creation: split, server_tool_use: tools } = usage;
  return isCount(usage.input_tokens) && isCount(usage.output_tokens) && optionalCount(usage.cache_creation_input_tokens) && optionalCount(usage.cache_read_input_tokens) && (split === void 0 || split === null || isObject3(split) && optionalCount(split.ephemeral_5m_input_tokens) && optionalCount(split.ephemeral_1h_input_tokens)) && (tools === void 0 || tools === null || isObject3(tools) && optionalCount(tools.web_search_requests)) && optionalString(usage.speed, 32) && optionalString(usage.inference_geo, 64) && optionalString(usage.service_tier, 64);
}

// src/ingest/transcript/line-scan-wasm.ts
var LINE_SCAN_WASM = "AGFzbQEAAAABFQRgAn9/AX9gA39/fwF/YAAAYAF/AAISAQNlbnYGbWVtb3J5AgMCgIABAw0MAwEAAAICAAAAAAABBlMMfwBBgIACC38AQYCEAgt/AEH/AQt/AEGAgAQLfwBBgOACC38BQQALfwFBAAt8AUQAAAAAAAAAAAt/AUEAC38AQYCABAt/AEGAgIACC38AQYAECwd8CwNPVVQDAANOVU0DAQpTSEFSRURfTUFYAwIFSU5QVVQDAwVGT1VORAMEBHNjYW4ACBBTTUFMTF9MSU5FX0JZVEVTAwkOTUFYX1NDQU5fQllURVMDChRBU1NJU1RBTlRfVEFJTF9CWVRFUwMLBG5leHQACQZtZW1vcnkCAAgBBQwBLwqBSQzAAgEJfyAAQQR0QYCAAmoiCCgCAEECRwRADwsgCCgCCCAIKAIEIgRrIgNB/wFKBEAPCyAAQQh0QYCgAmoiCS0AACADRgRAIAMhAAJAIAlBAWoiBiAEIgJGDQAgBkEHcSACQQdxRgRAA0AgBkEHcQRAQQAhByAARQ0DIAYtAAAiBSACLQAAIgFrIQcgASAFRw0DIABBAWshACAGQQFqIQYgAkEBaiECDAELCwNAIABBCE8EQCAGKQMAIAIpAwBRBEAgBkEIaiEGIAJBCGohAiAAQQhrIQAMAgsLCwsDQCAAIgFBAWshACABBEAgBi0AACIFIAItAAAiAWshByABIAVHDQIgBkEBaiEGIAJBAWohAgwBCwtBACEHCwVBASEHCyAHRQRAIAhBATYCDA8LIAkgAzoAACAJQQFqIAQgA/wKAAAL+QQCCn8CeyABIAItAAAiBCAAakkEQEEADwsgASAEayEIIAJBA2oiAyACLQABIglqLQAA/Q8hDSACLQACIgogA2otAAD9DyEOA0AgAEEPaiAITQRAIAAgCWr9AAQAIA39IyAAIApq/QAEACAO/SP9Tv1kIQcDQCAHBEAgBCEBQQAhBQJAIAAgB2hqIgYgAyICRg0AIAZBB3EgAkEHcUYEQANAIAZBB3EEQEEAIQUgAUUNAyAGLQAAIgsgAi0AACIMayEFIAsgDEcNAyABQQFrIQEgBkEBaiEGIAJBAWohAgwBCwsDQCABQQhPBEAgBikDACACKQMAUQRAIAZBCGohBiACQQhqIQIgAUEIayEBDAILCwsLA0AgASIFQQFrIQEgBQRAIAYtAAAiCyACLQAAIgxrIQUgCyAMRw0CIAZBAWohBiACQQFqIQIMAQsLQQAhBQsgBUUEQEEBDwsgByAHQQFrcSEHDAELCyAAQRBqIQAMAQsLA0AgACAITQRAIAAtAAAgAy0AAEYEfyAEIQEgACEFQQAhBgJAIAMiAiAARg0AIABBB3EgAkEHcUYEQANAIAVBB3EEQEEAIQYgAUUNAyAFLQAAIgcgAi0AACIJayEGIAcgCUcNAyABQQFrIQEgBUEBaiEFIAJBAWohAgwBCwsDQCABQQhPBEAgBSkDACACKQMAUQRAIAVBCGohBSACQQhqIQIgAUEIayEBDAILCwsLA0AgASIGQQFrIQEgBgRAIAUtAAAiByACLQAAIglrIQYgByAJRw0CIAVBAWohBSACQQFqIQIMAQsLQQAhBgsgBkUFQQALBEBBAQ8LIABBAWohAAwBCwtBAAv8CwEGf0GAgAJBAEHQA/wLAEEAJAYgACABaiEEA0AgACAESQR/IAAtAAAiAUEKRiABQSBGciABQQ1GciABQQlGcgVBAAsEQCAAQQFqIQAMAQsLAkAgACAETw0AIAAtAABB+wBHBEBBAg8LIABBAWohAUGAhgJBAToAAEGBhgJBAToAAEEBIQZBASEFQQEhBwNAA0AgASAESQR/IAEtAAAiAEEKRiAAQSBGciAAQQ1GciAAQQlGcgVBAAsEQCABQQFqIQEMAQsLIAEgBE8NASABLQAAIQAgAkEERgRAIABBLEYEQCABQQFqIQFBAUEDIAUbIQIMAgsgAEH9AEHdACAFG0cNAiABQQFqIQEgBkEBayIGRQRAA0AgASAESQR/IAEtAAAiAEEKRiAAQSBGciAAQQ1GciAAQQlGcgVBAAsEQCABQQFqIQEMAQsLIAEgBEYPCyAGQQF0Qf6FAmoiAC0AAEEBRiEFIAAtAAEhBwwBC0F/IQMgBQRAIAJFIABB/QBGcQRAQQQhAgwCCyAAQSJHDQIgAUEBaiAEEAMiAEUNAiMFQQFxBEBBASQGCyAHBEAjBUEBcQRAQQIPCyAHIAFBAWogACABa0ECaxALIgNBAE4EfyADQQR0QYCAAmooAgAFQQALBEBBAg8LCyAAIQEDQCABIARJBH8gAS0AACIAQQpGIABBIEZyIABBDUZyIABBCUZyBUEACwRAIAFBAWohAQwBCwsgASAETwR/QQEFIAEtAABBOkcLDQIgAUEBaiEBA0AgASAESQR/IAEtAAAiAEEKRiAAQSBGciAAQQ1GciAAQQlGcgVBAAsEQCABQQFqIQEMAQsLIAEgBE8NAiABLQAAIQAFIAJBAkYgAEHdAEZxBEBBBCECDAILCyAAQdsARiAAQfsARnIEQCAGQYAITgRAQQIPCyAAQfsARiIFBH8Cf0ECIANBGEYNABpBAyADQRlGDQAaQQQgA0EaRg0AGkEFIANBG0YNABpBAAsFQQALIQcgA0EATgRAIANBBHRBgIACaiIAQQhBCSAFGzYCACAAIAE2AgQgACABNgIIIABBADYCDAsgBkEBdEGAhgJqIgAgBToAACAAIAc6AAEgBkEBaiEGQQBBAiAFGyECIAFBAWohAQwBCyAAQSJGBEAgAUEBaiIBIAQQAyIARQ0CIANBAE4EQCADQQR0QYCAAmoiAkEDQQIjBRs2AgAgAiABNgIEIAIgAEEBazYCCCACQQA2AgwLBSAAQfQARgRAAn9BACECQQAgBEHMFigCAEEBdiIAIAFqSQR/QQAFAn9BACAAQcwWKAIAQQF2Rw0AGgNAIAAgAksEQEEAIAEgAmotAAAgAkEBdEHQFmovAQBHDQIaIAJBAWohAgwBCwtBAQsLRQ0AGiAAIAFqCyEAIANBAE4EQCADQQR0QYCAAmoiAkEENgIAIAIgATYCBCACIAA2AgggAkEANgIMCwUgAEHmAEYEQAJ/QQAhAkEAIARB7BYoAgBBAXYiACABakkEf0EABQJ/QQAgAEHsFigCAEEBdkcNABoDQCAAIAJLBEBBACABIAJqLQAAIAJBAXRB8BZqLwEARw0CGiACQQFqIQIMAQsLQQELC0UNABogACABagshACADQQBOBEAgA0EEdEGAgAJqIgJBBTYCACACIAE2AgQgAiAANgIIIAJBADYCDAsFIABB7gBGBEACf0EAIQJBACAEQYwXKAIAQQF2IgAgAWpJBH9BAAUCf0EAIABBjBcoAgBBAXZHDQAaA0AgACACSwRAQQAgASACai0AACACQQF0QZAXai8BAEcNAhogAkEBaiECDAELC0EBCwtFDQAaIAAgAWoLIQAgA0EATgRAIANBBHRBgIACaiICQQE2AgAgAiABNgIEIAIgADYCCCACQQA2AgwLBSABIAQQByEAIANBAE4EQCADQQR0QYCAAmoiAkEGQQcjCBs2AgAgAiABNgIEIAIgADYCCCACQQA2AgwgA0EDdEGAhAJqIwc5AwALCwsLCyAABEAgACEBQQQhAgwBCwtBAA8LQQAL6AQCA38BewNAAkADQCAAQRBqIAFNBEACQCAA/QAEACIF/QwiIiIiIiIiIiIiIiIiIiIi/SMgBf0MXFxcXFxcXFxcXFxcXFxcXP0j/VAgBf0MICAgICAgICAgICAgICAgIP0m/VD9ZCEDIAX9DH5+fn5+fn5+fn5+fn5+fn79KP1kIQQgAwRAIAJBAnIgAiAEQQEgA2giA3RBAWtxGyECIAAgA2ohAAwBCyACQQJyIAIgBBshAiAAQRBqIQAMAgsLCyAAIAFPDQAgAC0AACIDQSJGBEAgAiQFIABBAWoPCyADQdwARgRAIAJBAXIhAiAAQQFqIAFPDQEgAC0AASIDQfUARgR/IABBBmogAUsNAiAALQACIgNBOU0gA0EwT3EEf0EBBSADQcYATSADQcEAT3ELBH9BAQUgA0HmAE0gA0HhAE9xCwR/IAAtAAMiA0E5TSADQTBPcQR/QQEFIANBxgBNIANBwQBPcQsEf0EBBSADQeYATSADQeEAT3ELBUEAC0UNAiAALQAEIgNBOU0gA0EwT3EEf0EBBSADQcYATSADQcEAT3ELBH9BAQUgA0HmAE0gA0HhAE9xCwR/IAAtAAUiA0E5TSADQTBPcQR/QQEFIANBxgBNIANBwQBPcQsEf0EBBSADQeYATSADQeEAT3ELBUEAC0UNAiAAQQZqBSADQdwARiADQSJGciADQS9GciADQeIARnIgA0HmAEZyIANB7gBGciADQfIARnIgA0H0AEZyBH8gAEECagUMAwsLIQAMAgsgA0EgSQ0AIAJBAnIgAiADQf4ASxshAiAAQQFqIQAMAQsLQQALJgBBABAAQQIQAEEEEABBBRAAQQYQAEEJEABBChAAQQsQAEEMEAAL2AQBAn9BgOgCQZwIKAIAQQF2OgAAQYHoAkEFOgAAQYLoAkEJOgAAA0AgAEGcCCgCAEEBdiIBSARAIABBg+gCaiAAIAFPBH9BfwUgAEEBdEGgCGovAQALOgAAIABBAWohAAwBCwtBACEAQaDoAkHMCCgCAEEBdjoAAEGh6AJBAzoAAEGi6AJBCDoAAANAIABBzAgoAgBBAXYiAUgEQCAAQaPoAmogACABTwR/QX8FIABBAXRB0AhqLwEACzoAACAAQQFqIQAMAQsLQQAhAEHA6AJB/AgoAgBBAXY6AABBwegCQQM6AABBwugCQQ06AAADQCAAQfwIKAIAQQF2IgFIBEAgAEHD6AJqIAAgAU8Ef0F/BSAAQQF0QYAJai8BAAs6AAAgAEEBaiEADAELC0EAIQBB4OgCQbwJKAIAQQF2OgAAQeHoAkEDOgAAQeLoAkEKOgAAA0AgAEG8CSgCAEEBdiIBSARAIABB4+gCaiAAIAFPBH9BfwUgAEEBdEHACWovAQALOgAAIABBAWohAAwBCwtBACEAQYDpAkGMCigCAEEBdjoAAEGB6QJBCToAAEGC6QJBEjoAAANAIABBjAooAgBBAXYiAUgEQCAAQYPpAmogACABTwR/QX8FIABBAXRBkApqLwEACzoAACAAQQFqIQAMAQsLQQAhAEGg6QJB3AooAgBBAXY6AABBoekCQQY6AABBoukCQQk6AAADQCAAQdwKKAIAQQF2IgFIBEAgAEGj6QJqIAAgAU8Ef0F/BSAAQQF0QeAKai8BAAs6AAAgAEEBaiEADAELCwuMBQEEfyAAIQIDQCABIAJLBH8gAi0AACIDQQpGIANBIEZyIANBDUZyIANBCUZyBUEACwRAIAJBAWohAgwBCwsgASACRgRAQX8PCyACIQMgAUEBayECA0AgAiADSwR/IAItAAAiBEEKRiAEQSBGciAEQQ1GciAEQQlGcgVBAAsEQCACQQFrIQIMAQsLIAIgA0YgAy0AAEH7AEdyBH9BAQUgAi0AAEH9AEcLBEBBAg8LIAFBgARrIAAgASAAayIDQYAESxshBEEAIQIgA0GAgIACTSIFBH8gBCABQaDpAhABBSAFCwR/IAAgAxACQQFGBH9BgIACKAIAQQJHBH9BAAUCf0EAQYiAAigCAEGEgAIoAgAiBGsiBUGsFygCAEEBdkcNABoDQCACIAVJBEBBACACIARqLQAAIAJBAXRBsBdqLwEARw0CGiACQQFqIQIMAQsLQQELCwVBAAsEQBAEQQEPC0EBBUEACyECIAAgARAKIgRBAUYEQCAAIAFBgOgCEAFFIgIEQCAAIAFBoOgCEAFFIQILIAIEQCAAIAFBwOgCEAFFIQILIAIEfyAAIAFB4OgCEAFFBSACC0UEQEF/DwsgA0GAgARPBH9BAQUgACADEAJBAUcLBEBBAg8LQQRBAiMGBH9BAAVBgIACKAIAQQJHBH9BAAUCf0EAQYiAAigCAEGEgAIoAgAiAWsiAkHcFygCAEEBdkcNABpBACEAA0AgACACSQRAQQAgACABai0AACAAQQF0QeAXai8BAEcNAhogAEEBaiEADAELC0EBCwsLGw8LIARBAkYEQEECQX8gASAAa0GAgARJBH8gACABQYDpAhABBUEACxsPCyAEQQNGBEBBfw8LQQNBAiACGwuzAwIBfgN/QQEhBCAALQAAQS1GBEBBACEEIABBAWohAAsgACABTwRAQQAPCyAALQAAIgNBMEYEQCAAQQFqIQBBASEFBSADQTlNIANBMU9xBEADQCAAIAFJBH8gAC0AACIDQTlNIANBME9xBUEACwRAIAVBEEgEQCADQTBrrSACQgp+fCECCyAFQQFqIQUgAEEBaiEADAELCwVBAA8LCyAAIAFJBH8gAC0AAEEuRgVBAAsEQEEAIQQgAEEBaiIAIAFPBH9BAAUgAC0AACIDQTlNIANBME9xC0UEQEEADwsDQCAAIAFJBH8gAC0AACIDQTlNIANBME9xBUEACwRAIABBAWohAAwBCwsLIAAgAUkEfyAALQAAQSByQeUARgVBAAsEQEEAIQQgAEEBaiIAIAFJBH8gAC0AAEErRgR/QQEFIAAtAABBLUYLBUEACwRAIABBAWohAAsgACABTwR/QQAFIAAtAAAiA0E5TSADQTBPcQtFBEBBAA8LA0AgACABSQR/IAAtAAAiA0E5TSADQTBPcQVBAAsEQCAAQQFqIQAMAQsLCyAFQQ9MIARxJAggArokByAACxQAIAAgARACIgBBAUYEQBAECyAAC+8CAQR/A0AgACECA0AgAkFAayIDIAFNBEAgAv0ABAD9DAoKCgoKCgoKCgoKCgoKCgr9IyAC/QAEEP0MCgoKCgoKCgoKCgoKCgoKCv0j/VAgAv0ABCD9DAoKCgoKCgoKCgoKCgoKCgr9IyAC/QAEMP0MCgoKCgoKCgoKCgoKCgoKCv0j/VD9UP1TRQRAIAMhAgwCCwsLAkADQCACQRBqIgMgAU0EQCACIAL9AAQA/QwKCgoKCgoKCgoKCgoKCgoK/SP9ZCIFaGohAiAFDQIgAyECDAELCwNAIAEgAksEfyACLQAAQQpHBUEACwRAIAJBAWohAgwBCwsLIAEgAk0EQEGA4AIgBDYCAEGE4AIgADYCAEEADwsgACACQQFrIgMgAiAAIAJJBH8gAy0AAEENRgVBAAsbEAYiA0F/RwRAQYDgAiAENgIAQYTgAiAANgIAQYjgAiACQQFqNgIABSAEQQFqIQQgAkEBaiEADAELCyADC5cMAgN/AXsDQCAAIAFJBH8gAC0AACICQQpGIAJBIEZyIAJBDUZyIAJBCUZyBUEACwRAIABBAWohAAwBCwsCQCAAIAFPBH9BAQUgAC0AAEH7AEcLDQADQCAAQQFqIQADQCAAIAFJBH8gAC0AACICQQpGIAJBIEZyIAJBDUZyIAJBCUZyBUEACwRAIABBAWohAAwBCwsgACICIAFPBH9BAQUgAi0AAEEiRwsNAQJ/IAJBAWohAANAIABBEGogAU0EQAJAIAD9AAQAIgX9DCIiIiIiIiIiIiIiIiIiIiL9IyAF/QxcXFxcXFxcXFxcXFxcXFxc/SP9UP1kIgMEQCAAIANoaiEADAELIABBEGohAAwCCwsLA0AgACABSQRAIAAgAC0AACIDQSJGDQIaIABBAWogACADQdwARhtBAWohAAwBCwtBAAsiA0UNASADIAJrQQVGIgAEfyACQQFqIQICf0EAQbwLKAIAQQF2QQRHDQAaQQAhAANAIABBBEkEQEEAIAAgAmotAAAgAEEBdEHAC2ovAQBHDQIaIABBAWohAAwBCwtBAQsFIAALIQIgA0EBaiEAA0AgACABSQR/IAAtAAAiA0EKRiADQSBGciADQQ1GciADQQlGcgVBAAsEQCAAQQFqIQAMAQsLIAAgAU8Ef0EBBSAALQAAQTpHCw0BIABBAWohAANAIAAgAUkEfyAALQAAIgNBCkYgA0EgRnIgA0ENRnIgA0EJRnIFQQALBEAgAEEBaiEADAELCyAAIAFPDQEgAC0AACIDQSJGBEACfyAAQQFqIQMDQCADQRBqIAFNBEACQCAD/QAEACIF/QwiIiIiIiIiIiIiIiIiIiIi/SMgBf0MXFxcXFxcXFxcXFxcXFxcXP0j/VD9ZCIEBEAgAyAEaGohAwwBCyADQRBqIQMMAgsLCwNAIAEgA0sEQCADIAMtAAAiBEEiRg0CGiADQQFqIAMgBEHcAEYbQQFqIQMMAQsLQQALIgNFDQIgAgRAIABBAWohAQJ/QQECf0EAIAMgAGtBAWsiAkHcFygCAEEBdkcNABpBACEAA0AgACACSQRAQQAgACABai0AACAAQQF0QeAXai8BAEcNAhogAEEBaiEADAELC0EBCw0AGkECAn9BACACQfwXKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBgBhqLwEARw0CGiAAQQFqIQAMAQsLQQELDQAaQQMCf0EAIAJBnBgoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEGgGGovAQBHDQIaIABBAWohAAwBCwtBAQsEf0EBBQJ/QQAgAkHMGCgCAEEBdkcNABpBACEAA0AgACACSQRAQQAgACABai0AACAAQQF0QdAYai8BAEcNAhogAEEBaiEADAELC0EBCwsEf0EBBQJ/QQAgAkH8GCgCAEEBdkcNABpBACEAA0AgACACSQRAQQAgACABai0AACAAQQF0QYAZai8BAEcNAhogAEEBaiEADAELC0EBCwsEf0EBBQJ/QQAgAkG8GSgCAEEBdkcNABpBACEAA0AgACACSQRAQQAgACABai0AACAAQQF0QcAZai8BAEcNAhogAEEBaiEADAELC0EBCwsEf0EBBQJ/QQAgAkH8GSgCAEEBdkcNABpBACEAA0AgACACSQRAQQAgACABai0AACAAQQF0QYAaai8BAEcNAhogAEEBaiEADAELC0EBCwsEf0EBBQJ/QQAgAkGsGigCAEEBdkcNABpBACEAA0AgACACSQRAQQAgACABai0AACAAQQF0QbAaai8BAEcNAhogAEEBaiEADAELC0EBCwsNABpBAAsPCyADQQFqIQAFQQEgAiADQdsARiADQfsARnIbBEAMAwUDQCAAIAFJBH8gAC0AAEEsRwVBAAsEfyAALQAAQf0ARwVBAAsEQCAAQQFqIQAMAQsLCwsDQCAAIAFJBH8gAC0AACICQQpGIAJBIEZyIAJBDUZyIAJBCUZyBUEACwRAIABBAWohAAwBCwsgACABTwR/QQEFIAAtAABBLEcLRQ0AC0EADwtBAAv2EwEBfyABLQAAIQMgAEEBRgRAAkACQAJAAkACQAJAAkACQAJAIAJBA2sODgABCAIDCAQIBQgGCAgHCAtBBUF/An9BACACQZwLKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBoAtqLwEARw0CGiAAQQFqIQAMAQsLQQELGw8LQQBBfwJ/QQAgAkG8CygCAEEBdkcNABpBACEAA0AgACACSQRAQQAgACABai0AACAAQQF0QcALai8BAEcNAhogAEEBaiEADAELC0EBCxsPC0EOQX8Cf0EAIAJB3AsoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEHgC2ovAQBHDQIaIABBAWohAAwBCwtBAQsbDwsgA0HzAEYEQEEBQX8Cf0EAIAJB/AsoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEGADGovAQBHDQIaIABBAWohAAwBCwtBAQsbDwsgA0H2AEYEQEEGQX8Cf0EAIAJBrAwoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEGwDGovAQBHDQIaIABBAWohAAwBCwtBAQsbDwsgA0HtAEYEQEEYQX8Cf0EAIAJB3AwoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEHgDGovAQBHDQIaIABBAWohAAwBCwtBAQsbDwsgA0HjAEYEQEEQQX8Cf0EAIAJBjA0oAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEGQDWovAQBHDQIaIABBAWohAAwBCwtBAQsbDwtBfw8LIANB8wBGBEBBAkF/An9BACACQbwNKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBwA1qLwEARw0CGiAAQQFqIQAMAQsLQQELGw8LIANB9ABGBEBBA0F/An9BACACQewNKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRB8A1qLwEARw0CGiAAQQFqIQAMAQsLQQELGw8LIANB5wBGBEBBBEF/An9BACACQZwOKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBoA5qLwEARw0CGiAAQQFqIQAMAQsLQQELGw8LIANB8gBGBEBBB0F/An9BACACQcwOKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRB0A5qLwEARw0CGiAAQQFqIQAMAQsLQQELGw8LQX8PC0ENQX8Cf0EAIAJB/A4oAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEGAD2ovAQBHDQIaIABBAWohAAwBCwtBAQsbDwtBHEF/An9BACACQawPKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBsA9qLwEARw0CGiAAQQFqIQAMAQsLQQELGw8LQQ9BfwJ/QQAgAkHcDygCAEEBdkcNABpBACEAA0AgACACSQRAQQAgACABai0AACAAQQF0QeAPai8BAEcNAhogAEEBaiEADAELC0EBCxsPCwUgAEECRgRAIAJBAkYEQEEIQX8Cf0EAIAJBnBAoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEGgEGovAQBHDQIaIABBAWohAAwBCwtBAQsbDwsgAkEFRgRAIANB7QBGBH9BCUF/An9BACACQbwQKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBwBBqLwEARw0CGiAAQQFqIQAMAQsLQQELGwVBGUF/An9BACACQdwQKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRB4BBqLwEARw0CGiAAQQFqIQAMAQsLQQELGwsPCwUgAEEDRgRAAkACQAJAAkACQAJAAkAgAkEFRwRAIAJBDGsOEAECAwQHBwcHBwcHBQcHBwYHC0EKQX8Cf0EAIAJB/BAoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEGAEWovAQBHDQIaIABBAWohAAwBCwtBAQsbDwsgA0HpAEYEf0ERQX8Cf0EAIAJBnBEoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEGgEWovAQBHDQIaIABBAWohAAwBCwtBAQsbBUEMQX8Cf0EAIAJBzBEoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEHQEWovAQBHDQIaIABBAWohAAwBCwtBAQsbCw8LIANB7wBGBH9BEkF/An9BACACQfwRKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBgBJqLwEARw0CGiAAQQFqIQAMAQsLQQELGwVBC0F/An9BACACQawSKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBsBJqLwEARw0CGiAAQQFqIQAMAQsLQQELGwsPC0EaQX8Cf0EAIAJB3BIoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEHgEmovAQBHDQIaIABBAWohAAwBCwtBAQsbDwtBG0F/An9BACACQYwTKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBkBNqLwEARw0CGiAAQQFqIQAMAQsLQQELGw8LQRRBfwJ/QQAgAkHMEygCAEEBdkcNABpBACEAA0AgACACSQRAQQAgACABai0AACAAQQF0QdATai8BAEcNAhogAEEBaiEADAELC0EBCxsPC0ETQX8Cf0EAIAJBnBQoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEGgFGovAQBHDQIaIABBAWohAAwBCwtBAQsbDwsFIABBBEYEQCACQRlGBEACf0EAIAJB7BQoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEHwFGovAQBHDQIaIABBAWohAAwBCwtBAQsEQEEVDwtBFkF/An9BACACQbwVKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBwBVqLwEARw0CGiAAQQFqIQAMAQsLQQELGw8LBSAAQQVGBEBBF0F/An9BACACQYwWKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBkBZqLwEARw0CGiAAQQFqIQAMAQsLQQELGw8LCwsLC0F/CwvbFC8AQYwICzAsAAAAAAAAAAAAAAACAAAAGgAAACIAdABvAG8AbABfAHUAcwBlAF8AaQBkACIAAAAAQbwICzAsAAAAAAAAAAAAAAACAAAAGgAAACIAaQBzAE0AZQB0AGEAIgA6AHQAcgB1AGUAAAAAQewIC0A8AAAAAAAAAAAAAAACAAAAJAAAACIAaQBzAFMAaQBkAGUAYwBoAGEAaQBuACIAOgB0AHIAdQBlAAAAAAAAAAAAAEGsCQtQTAAAAAAAAAAAAAAAAgAAAC4AAAAiAGkAcwBDAG8AbQBwAGEAYwB0AFMAdQBtAG0AYQByAHkAIgA6AHQAcgB1AGUAAAAAAAAAAAAAAAAAAAAAQfwJC1BMAAAAAAAAAAAAAAACAAAAOAAAACIAcwB1AGIAdAB5AHAAZQAiADoAIgBjAG8AbQBwAGEAYwB0AF8AYgBvAHUAbgBkAGEAcgB5ACIAAAAAAABBzAoLQDwAAAAAAAAAAAAAAAIAAAAkAAAAIgB0AHkAcABlACIAOgAiAGEAcwBzAGkAcwB0AGEAbgB0ACIAAAAAAAAAAAAAQYwLCyAcAAAAAAAAAAAAAAACAAAABgAAAGMAdwBkAAAAAAAAAABBrAsLIBwAAAAAAAAAAAAAAAIAAAAIAAAAdAB5AHAAZQAAAAAAAEHMCwsgHAAAAAAAAAAAAAAAAgAAAAwAAABpAHMATQBlAHQAYQAAQewLCzAsAAAAAAAAAAAAAAACAAAADgAAAHMAdQBiAHQAeQBwAGUAAAAAAAAAAAAAAAAAAAAAQZwMCzAsAAAAAAAAAAAAAAACAAAADgAAAHYAZQByAHMAaQBvAG4AAAAAAAAAAAAAAAAAAAAAQcwMCzAsAAAAAAAAAAAAAAACAAAADgAAAG0AZQBzAHMAYQBnAGUAAAAAAAAAAAAAAAAAAAAAQfwMCzAsAAAAAAAAAAAAAAACAAAADgAAAGMAbwBzAHQAVQBTAEQAAAAAAAAAAAAAAAAAAAAAQawNCzAsAAAAAAAAAAAAAAACAAAAEgAAAHMAZQBzAHMAaQBvAG4ASQBkAAAAAAAAAAAAAAAAQdwNCzAsAAAAAAAAAAAAAAACAAAAEgAAAHQAaQBtAGUAcwB0AGEAbQBwAAAAAAAAAAAAAAAAQYwOCzAsAAAAAAAAAAAAAAACAAAAEgAAAGcAaQB0AEIAcgBhAG4AYwBoAAAAAAAAAAAAAAAAQbwOCzAsAAAAAAAAAAAAAAACAAAAEgAAAHIAZQBxAHUAZQBzAHQASQBkAAAAAAAAAAAAAAAAQewOCzAsAAAAAAAAAAAAAAACAAAAFgAAAGkAcwBTAGkAZABlAGMAaABhAGkAbgAAAAAAAAAAQZwPCzAsAAAAAAAAAAAAAAACAAAAGgAAAHQAbwBvAGwAVQBzAGUAUgBlAHMAdQBsAHQAAAAAQcwPC0A8AAAAAAAAAAAAAAACAAAAIAAAAGkAcwBDAG8AbQBwAGEAYwB0AFMAdQBtAG0AYQByAHkAAAAAAAAAAAAAAAAAAEGMEAsgHAAAAAAAAAAAAAAAAgAAAAQAAABpAGQAAAAAAAAAAAAAQawQCyAcAAAAAAAAAAAAAAACAAAACgAAAG0AbwBkAGUAbAAAAABBzBALIBwAAAAAAAAAAAAAAAIAAAAKAAAAdQBzAGEAZwBlAAAAAEHsEAsgHAAAAAAAAAAAAAAAAgAAAAoAAABzAHAAZQBlAGQAAAAAQYwRCzAsAAAAAAAAAAAAAAACAAAAGAAAAGkAbgBwAHUAdABfAHQAbwBrAGUAbgBzAAAAAAAAQbwRCzAsAAAAAAAAAAAAAAACAAAAGAAAAHMAZQByAHYAaQBjAGUAXwB0AGkAZQByAAAAAAAAQewRCzAsAAAAAAAAAAAAAAACAAAAGgAAAG8AdQB0AHAAdQB0AF8AdABvAGsAZQBuAHMAAAAAQZwSCzAsAAAAAAAAAAAAAAACAAAAGgAAAGkAbgBmAGUAcgBlAG4AYwBlAF8AZwBlAG8AAAAAQcwSCzAsAAAAAAAAAAAAAAACAAAAHAAAAGMAYQBjAGgAZQBfAGMAcgBlAGEAdABpAG8AbgAAQfwSC0A8AAAAAAAAAAAAAAACAAAAHgAAAHMAZQByAHYAZQByAF8AdABvAG8AbABfAHUAcwBlAAAAAAAAAAAAAAAAAAAAAEG8EwtQTAAAAAAAAAAAAAAAAgAAAC4AAABjAGEAYwBoAGUAXwByAGUAYQBkAF8AaQBuAHAAdQB0AF8AdABvAGsAZQBuAHMAAAAAAAAAAAAAAAAAAAAAQYwUC1BMAAAAAAAAAAAAAAACAAAANgAAAGMAYQBjAGgAZQBfAGMAcgBlAGEAdABpAG8AbgBfAGkAbgBwAHUAdABfAHQAbwBrAGUAbgBzAAAAAAAAAABB3BQLUEwAAAAAAAAAAAAAAAIAAAAyAAAAZQBwAGgAZQBtAGUAcgBhAGwAXwA1AG0AXwBpAG4AcAB1AHQAXwB0AG8AawBlAG4AcwAAAAAAAAAAAAAAAEGsFQtQTAAAAAAAAAAAAAAAAgAAADIAAABlAHAAaABlAG0AZQByAGEAbABfADEAaABfAGkAbgBwAHUAdABfAHQAbwBrAGUAbgBzAAAAAAAAAAAAAAAAQfwVC0A8AAAAAAAAAAAAAAACAAAAJgAAAHcAZQBiAF8AcwBlAGEAcgBjAGgAXwByAGUAcQB1AGUAcwB0AHMAAAAAAAAAAEG8FgsgHAAAAAAAAAAAAAAAAgAAAAgAAAB0AHIAdQBlAAAAAAAAQdwWCyAcAAAAAAAAAAAAAAACAAAACgAAAGYAYQBsAHMAZQAAAABB/BYLIBwAAAAAAAAAAAAAAAIAAAAIAAAAbgB1AGwAbAAAAAAAAEGcFwswLAAAAAAAAAAAAAAAAgAAABIAAABhAHMAcwBpAHMAdABhAG4AdAAAAAAAAAAAAAAAAEHMFwsgHAAAAAAAAAAAAAAAAgAAAAgAAAB1AHMAZQByAAAAAAAAQewXCyAcAAAAAAAAAAAAAAACAAAADAAAAHMAeQBzAHQAZQBtAABBjBgLMCwAAAAAAAAAAAAAAAIAAAAOAAAAcwB1AG0AbQBhAHIAeQAAAAAAAAAAAAAAAAAAAABBvBgLMCwAAAAAAAAAAAAAAAIAAAAQAAAAcAByAG8AZwByAGUAcwBzAAAAAAAAAAAAAAAAAABB7BgLQDwAAAAAAAAAAAAAAAIAAAAqAAAAZgBpAGwAZQAtAGgAaQBzAHQAbwByAHkALQBzAG4AYQBwAHMAaABvAHQAAAAAQawZC0A8AAAAAAAAAAAAAAACAAAAHgAAAHEAdQBlAHUAZQAtAG8AcABlAHIAYQB0AGkAbwBuAAAAAAAAAAAAAAAAAAAAAEHsGQswLAAAAAAAAAAAAAAAAgAAABgAAABjAHUAcwB0AG8AbQAtAHQAaQB0AGwAZQAAAAAAAEGcGgswLAAAAAAAAAAAAAAAAgAAABQAAABhAHQAdABhAGMAaABtAGUAbgB0AAAAAAAAAAAA";

// src/ingest/transcript/line-scan.ts
var F = {
  type: 0,
  subtype: 1,
  sessionId: 2,
  timestamp: 3,
  gitBranch: 4,
  cwd: 5,
  version: 6,
  requestId: 7,
  messageId: 8,
  model: 9,
  speed: 10,
  inferenceGeo: 11,
  serviceTier: 12,
  isSidechain: 13,
  isMeta: 14,
  isCompactSummary: 15,
  costUsd: 16,
  inputTokens: 17,
  outputTokens: 18,
  cacheCreationInputTokens: 19,
  cacheReadInputTokens: 20,
  ephemeral5m: 21,
  ephemeral1h: 22,
  webSearchRequests: 23,
  message: 24,
  usage: 25,
  cacheCreation: 26,
  serverToolUse: 27,
  toolUseResult: 28
};
var FIELDS = 29;
var ABSENT = 0;
var NULL = 1;
var ASCII = 2;
var STRING = 3;
var TRUE = 4;
var FALSE = 5;
var INTEGER = 6;
var NUMBER = 7;
var OBJECT = 8;
var MAX_SCAN_BYTES = 4 * 1024 * 1024;
var NOT_SCALAR = /* @__PURE__ */ Symbol("not a scalar");
var INITIAL_PAGES = 2;
var MAXIMUM_PAGES = 16384;
var PAGE_BYTES = 65536;
var Found = {
  /** No whole line is left. */
  end: 0,
  /** A usage line the scanner read: `scannedLine()` gives it. */
  scanned: 1,
  /** A line to read the ordinary way. */
  show: 2,
  /** A line to read the ordinary way that the scanner has already tried: not worth a second try. */
  showScanned: 3,
  /** A user prompt the scanner read: `promptEnvelope()` gives what the reader needs of it. */
  prompt: 4
};
var LineScanner = class {
  memory;
  exports;
  out;
  num;
  input;
  found;
  sharedMax;
  /**
   * The memory from `input` on: the read-ahead ring first, when one was made here (`ring`), then
   * a chunk copied in for `next`, then a line copied in for `read`.
   */
  ringBytes = 0;
  ringInUse = false;
  /** The buffer the ring's chunks are views of: those are scanned where they are. */
  ringBuffer;
  /** The loaded chunk: where it ends in this memory, and what to add to an offset in it. */
  loadedEnd = 0;
  shift = 0;
  /** Where a line is copied in for `read`, past the loaded chunk. */
  lineAt = 0;
  /** Counts loads, so a reader can tell whether the chunk it loaded is still there. */
  loads = 0;
  /** After `next`: the lines passed over, where the line it stopped at starts and the next one. */
  passed = 0;
  start = 0;
  after = 0;
  bytes;
  slots;
  numbers;
  /**
   * The last line's value of each member the scanner compares from line to line: when it says a
   * member has the same bytes, the string made last time is used again. Kept in step with the
   * scanner's own copy: set from every line the scanner accepted.
   */
  shared = new Array(FIELDS).fill(void 0);
  constructor(wasm) {
    const module = new wasm.Module(Buffer.from(LINE_SCAN_WASM, "base64"));
    this.memory = new wasm.Memory({ initial: INITIAL_PAGES, maximum: MAXIMUM_PAGES, shared: true });
    this.exports = new wasm.Instance(module, { env: { memory: this.memory } }).exports;
    this.out = this.exports.OUT.value;
    this.num = this.exports.NUM.value;
    this.input = this.exports.INPUT.value;
    this.found = this.exports.FOUND.value;
    this.sharedMax = this.exports.SHARED_MAX.value;
    this.lineAt = this.input;
    this.bytes = Buffer.alloc(0);
    this.slots = new Int32Array(0);
    this.numbers = new Float64Array(0);
    this.views();
  }
  /**
   * `bytes` of this memory for the read-ahead ring, so the chunks read into it are scanned where
   * they are, without a copy; undefined while another ring holds them. Give it back with
   * `releaseRing` once nothing writes to it any more.
   */
  ring(bytes) {
    if (this.ringInUse || this.ringBytes !== 0 && bytes > this.ringBytes) return void 0;
    if (this.ringBytes === 0) {
      if (!this.reserve(this.input + bytes)) return void 0;
      this.ringBytes = bytes;
      this.ringBuffer = this.memory.buffer;
      this.loads += 1;
      this.lineAt = this.input + bytes;
    }
    this.ringInUse = true;
    return Buffer.from(this.ringBuffer, this.input, bytes);
  }
  releaseRing() {
    this.ringInUse = false;
  }
  /** The usage line `line`, scanned on its own; see `scanAssistantLine`. */
  read(line) {
    if (line.length > MAX_SCAN_BYTES || !this.reserve(this.lineAt + line.length)) return void 0;
    this.bytes.set(line, this.lineAt);
    return this.exports.scan(this.lineAt, line.length) === 1 ? this.scannedLine() : void 0;
  }
  /**
   * Loads `chunk` from `from` on, for `next` to walk its lines: a chunk of the ring is scanned
   * where it is, any other is copied in. Returns a number that `holds` tells apart from any later
   * load, or undefined when the memory cannot hold the chunk.
   */
  load(chunk, from) {
    if (this.ringBuffer !== void 0 && chunk.buffer === this.ringBuffer) {
      this.shift = chunk.byteOffset;
      this.loadedEnd = chunk.byteOffset + chunk.length;
      this.lineAt = this.input + this.ringBytes;
    } else {
      const at = this.input + this.ringBytes;
      const length = chunk.length - from;
      if (!this.reserve(at + length)) return void 0;
      this.bytes.set(chunk.subarray(from), at);
      this.shift = at - from;
      this.loadedEnd = at + length;
      this.lineAt = this.loadedEnd;
    }
    this.loads += 1;
    return this.loads;
  }
  /** Whether the chunk of load `load` is still the one loaded. */
  holds(load) {
    return load === this.loads;
  }
  /**
   * Passes over the whole lines from `from` (a line start in the loaded chunk) that a transcript
   * reader does nothing with, and says what the line it stopped at is. `passed`, `start` and
   * `after` then tell the lines passed over, and where that line and the next one start.
   */
  next(from) {
    const shift = this.shift;
    const found = this.exports.next(from + shift, this.loadedEnd);
    const at = this.found >> 2;
    this.passed = this.slots[at] ?? 0;
    this.start = (this.slots[at + 1] ?? 0) - shift;
    this.after = (this.slots[at + 2] ?? 0) - shift;
    return found;
  }
  /**
   * The line the scanner last accepted, as `JSON.parse` and the checks would give it, or undefined
   * when it must be parsed the ordinary way after all. Call once per accepted line: it keeps the
   * strings shared from line to line in step with the scanner.
   */
  scannedLine() {
    const type = this.sharedString(F.type);
    const sessionId = this.sharedString(F.sessionId);
    const gitBranch = this.sharedString(F.gitBranch);
    const cwd = this.sharedString(F.cwd);
    const version = this.sharedString(F.version);
    const model = this.sharedString(F.model);
    const speed = this.sharedString(F.speed);
    const inferenceGeo = this.sharedString(F.inferenceGeo);
    const serviceTier = this.sharedString(F.serviceTier);
    if (type !== "assistant" || this.kind(F.message) !== OBJECT || this.kind(F.usage) !== OBJECT) return void 0;
    const cacheCreation = this.kind(F.cacheCreation);
    const serverToolUse = this.kind(F.serverToolUse);
    if (!isNullish(cacheCreation) && cacheCreation !== OBJECT) return void 0;
    if (!isNullish(serverToolUse) && serverToolUse !== OBJECT) return void 0;
    const value = {
      type,
      subtype: this.value(F.subtype),
      sessionId,
      timestamp: this.value(F.timestamp),
      gitBranch,
      cwd,
      version,
      isSidechain: this.value(F.isSidechain),
      isMeta: this.value(F.isMeta),
      isCompactSummary: this.value(F.isCompactSummary),
      requestId: this.value(F.requestId),
      costUSD: this.value(F.costUsd),
      message: {
        id: this.value(F.messageId),
        model,
        usage: {
          input_tokens: this.value(F.inputTokens),
          output_tokens: this.value(F.outputTokens),
          cache_creation_input_tokens: this.value(F.cacheCreationInputTokens),
          cache_read_input_tokens: this.value(F.cacheReadInputTokens),
          cache_creation: cacheCreation === OBJECT ? {
            ephemeral_5m_input_tokens: this.value(F.ephemeral5m),
            ephemeral_1h_input_tokens: this.value(F.ephemeral1h)
          } : nullish(cacheCreation),
          server_tool_use: serverToolUse === OBJECT ? { web_search_requests: this.value(F.webSearchRequests) } : nullish(serverToolUse),
          speed,
          inference_geo: inferenceGeo,
          service_tier: serviceTier
        }
      }
    };
    return isAssistantLine(value) && value.message.model !== SYNTHETIC_MODEL ? value : void 0;
  }
  /** Grows the memory to hold `bytes`; false when it cannot. */
  /**
   * The user prompt `next` stopped at (`Found.prompt`), as `JSON.parse` would give the members the
   * reader reads of it: its envelope, and whether it has a `toolUseResult` (given as `true`). Its
   * message is left out: no key of the line is `tool_use_id`, so the message holds no tool
   * result. Undefined when one of the members is an object or an array: the ordinary way then
   * reads the line, and says what is wrong with it.
   */
  promptEnvelope() {
    const envelope = {
      type: this.value(F.type),
      subtype: this.value(F.subtype),
      sessionId: this.value(F.sessionId),
      timestamp: this.value(F.timestamp),
      gitBranch: this.value(F.gitBranch),
      cwd: this.value(F.cwd),
      version: this.value(F.version),
      isSidechain: this.value(F.isSidechain),
      isMeta: this.value(F.isMeta),
      isCompactSummary: this.value(F.isCompactSummary),
      toolUseResult: this.kind(F.toolUseResult) === ABSENT ? void 0 : true
    };
    for (const key in envelope) if (envelope[key] === NOT_SCALAR) return void 0;
    return envelope;
  }
  reserve(bytes) {
    if (bytes <= this.bytes.length) return true;
    try {
      this.memory.grow(Math.ceil((bytes - this.bytes.length) / PAGE_BYTES));
    } catch {
      return false;
    }
    this.views();
    return true;
  }
  kind(field) {
    return this.slots[(this.out >> 2) + field * 4] ?? ABSENT;
  }
  value(field) {
    const at = (this.out >> 2) + field * 4;
    const start = this.slots[at + 1] ?? 0;
    const end = this.slots[at + 2] ?? 0;
    switch (this.slots[at]) {
      case ABSENT:
        return void 0;
      case NULL:
        return null;
      case ASCII:
        return this.bytes.toString("latin1", start, end);
      case STRING:
        return JSON.parse(this.bytes.toString("utf8", start - 1, end + 1));
      case TRUE:
        return true;
      case FALSE:
        return false;
      case INTEGER:
        return this.numbers[(this.num >> 3) + field];
      case NUMBER:
        return Number(this.bytes.toString("latin1", start, end));
      default:
        return NOT_SCALAR;
    }
  }
  sharedString(field) {
    const at = (this.out >> 2) + field * 4;
    if (this.slots[at] !== ASCII) return this.value(field);
    const kept = this.shared[field];
    if (this.slots[at + 3] === 1 && kept !== void 0) return kept;
    const start = this.slots[at + 1] ?? 0;
    const end = this.slots[at + 2] ?? 0;
    const text2 = this.bytes.toString("latin1", start, end);
    if (end - start <= this.sharedMax) this.shared[field] = text2;
    return text2;
  }
  views() {
    const buffer = this.memory.buffer;
    this.bytes = Buffer.from(buffer);
    this.slots = new Int32Array(buffer);
    this.numbers = new Float64Array(buffer);
  }
};
function isNullish(kind) {
  return kind === ABSENT || kind === NULL;
}
function nullish(kind) {
  return kind === NULL ? null : void 0;
}
var SYNTHETIC_MODEL = "<synthetic>";
var scanner;
function lineScanner() {
  if (scanner === void 0) {
    try {
      const wasm = globalThis.WebAssembly;
      scanner = wasm === void 0 ? null : new LineScanner(wasm);
    } catch {
      scanner = null;
    }
  }
  return scanner;
}
function scanAssistantLine(line) {
  return lineScanner()?.read(line);
}
function scannerRing(bytes) {
  const scanner2 = lineScanner();
  const buffer = scanner2?.ring(bytes);
  return scanner2 === null || scanner2 === void 0 || buffer === void 0 ? void 0 : { buffer, release: () => scanner2.releaseRing() };
}

// src/ingest/transcript/parse.ts
var SMALL_LINE_BYTES = 64 * 1024;
var NON_REQUEST_TYPES = /* @__PURE__ */ new Set([
  "user",
  "system",
  "summary",
  "progress",
  "file-history-snapshot",
  "queue-operation",
  "custom-title",
  "attachment"
]);
var SYNTHETIC_MODEL2 = "<synthetic>";
async function parseTranscriptFile(path, options, read = {}) {
  return parseTranscriptPart(path, options, read).result;
}
function parseTranscriptPart(path, options, read = {}) {
  const startOffset = read.startOffset ?? 0;
  const startLine = read.startLine ?? 0;
  const reader = new TranscriptReader(path, options.displayName, read.plainJson === true, {
    offset: startOffset,
    line: startLine,
    lastSession: read.lastSession,
    lastBranch: read.lastBranch ?? ""
  });
  let committed;
  const lineOptions = { startOffset, startLine, taker: reader.taker() };
  const lines = read.chunks === void 0 ? readLinesSync(path, { ...lineOptions, chunkSize: read.chunkSize }) : linesOf(read.chunks, lineOptions);
  for (const line of lines) {
    if (!line.terminated) committed = reader.snapshot(reader.resume.line);
    reader.read(line);
  }
  if (committed === void 0 && reader.prettyOpen) committed = reader.snapshot(reader.resume.line);
  return { result: reader.finish(), resume: { ...reader.resume }, committed };
}
var TranscriptReader = class {
  constructor(path, file, plainJson, start) {
    this.file = file;
    this.plainJson = plainJson;
    const parent = dirname(path);
    this.inSubagentsDir = basename2(parent) === "subagents";
    const stem = this.inSubagentsDir ? basename2(dirname(parent)) : basename2(path, extname5(path));
    this.stemSession = identifier2.safeParse(stem).success ? stem : void 0;
    this.result.linesRead = start.line;
    this.lastSession = start.lastSession;
    this.lastBranch = start.lastBranch;
    this.resume = { ...start };
  }
  file;
  plainJson;
  result = emptyFileResult("transcript");
  facts = new SessionFactsTable();
  requests = [];
  /**
   * message.id → index in `requests` of the first request with that id. Almost every id has one
   * requestId, so the pair is checked on a hit; the rare other pairs live in `seenPairs`. No
   * key string is built per line.
   */
  seen = /* @__PURE__ */ new Map();
  seenPairs = /* @__PURE__ */ new Map();
  inSubagentsDir;
  /** Fallback session id: the file stem, or `<session>` for `<session>/subagents/agent-*.jsonl`. */
  stemSession;
  /** The session and branch of the last valid line (read by `parseTranscriptPart`). */
  lastSession;
  lastBranch;
  pretty;
  previous;
  /** Past the last terminated line read with no pretty object open: where a later read resumes. */
  resume;
  /** For `take`: the load of the scanner that holds the chunk, and that chunk's number. */
  load = -1;
  chunkNo = -1;
  /** A line the scanner already tried and left: it is not scanned a second time. */
  tried = -1;
  /** After `take`: where the first line it left starts. */
  takenEnd = 0;
  /** Reading runs of lines in the scanner (`take`), unless lines are to be parsed whole. */
  taker() {
    return this.plainJson ? void 0 : this;
  }
  /**
   * `LineTaker`: the lines from `start` that the scanner reads as `read` would, in one call for a
   * run of them: the lines `read` passes over (tool results, snapshots, progress; most of a
   * transcript's bytes), and the usage lines and user prompts it reads. It stops at any other
   * line, which `read` then gets, and while a pretty-printed object is open.
   */
  take(chunk, chunkNo, start, line, offset) {
    const scanner2 = this.pretty === void 0 ? lineScanner() : null;
    if (scanner2 === null) return 0;
    if (chunkNo !== this.chunkNo || !scanner2.holds(this.load)) {
      const load = scanner2.load(chunk, start);
      if (load === void 0) return 0;
      this.load = load;
      this.chunkNo = chunkNo;
    }
    let at = start;
    let lineNo = line;
    for (; ; ) {
      const found = scanner2.next(at);
      lineNo += scanner2.passed;
      at = scanner2.start;
      if ((found === Found.scanned || found === Found.prompt) && this.readScanned(scanner2, found, lineNo + 1)) {
        lineNo += 1;
        at = scanner2.after;
        continue;
      }
      if (found === Found.scanned || found === Found.showScanned) this.tried = lineNo + 1;
      break;
    }
    if (lineNo === line) return 0;
    this.result.linesRead = lineNo;
    this.takenEnd = at;
    this.resumeAt(offset + at - start, lineNo);
    return lineNo - line;
  }
  /**
   * Line `line`, which the scanner read (a usage line or a user prompt), taken as `read` takes it;
   * false when the checks leave it to the ordinary way after all.
   */
  readScanned(scanner2, found, line) {
    if (found === Found.scanned) {
      const data = scanner2.scannedLine();
      if (data !== void 0) this.addAssistant(data, line);
      return data !== void 0;
    }
    const envelope = scanner2.promptEnvelope();
    if (envelope !== void 0) this.handleOther(envelope, line);
    return envelope !== void 0;
  }
  get prettyOpen() {
    return this.pretty !== void 0;
  }
  /** A copy of the result so far, as if the file ended after line `linesRead`. */
  snapshot(linesRead) {
    return {
      ...this.result,
      requests: this.requests.slice(),
      facts: this.facts.copy(),
      skipped: this.result.skipped.slice(),
      linesRead
    };
  }
  read(line) {
    this.readLine(line);
    if (line.terminated && this.pretty === void 0) this.resumeAt(line.end, line.line);
  }
  resumeAt(offset, line) {
    this.resume.offset = offset;
    this.resume.line = line;
    this.resume.lastSession = this.lastSession;
    this.resume.lastBranch = this.lastBranch;
  }
  readLine({ line, bytes, terminated, oversized }) {
    this.result.linesRead = line;
    if (oversized) {
      this.skip(line, `line is longer than ${DEFAULT_MAX_LINE_BYTES / 1024 / 1024} MiB and was not read`);
      return;
    }
    if (this.pretty) {
      if (!startsAtColumnZero(bytes)) {
        this.continuePretty(this.pretty, bytes);
        return;
      }
      this.skip(this.pretty.startLine, "pretty-printed object is not closed");
      this.pretty = void 0;
    }
    if (isBlank(bytes)) return;
    if (opensPrettyObject(bytes)) {
      this.pretty = new PrettyObject(line);
      this.pretty.add(bytes);
      return;
    }
    if (!looksLikeObject(bytes)) {
      this.skip(line, terminated ? "not valid JSON" : "truncated last line");
      return;
    }
    const type = leadingType(bytes);
    if (type !== void 0 && NON_REQUEST_TYPES.has(type)) {
      this.readNonRequest(type, bytes, line, terminated);
      return;
    }
    const scanned = this.scanUsageLine(bytes, line);
    if (scanned !== void 0) {
      this.addAssistant(scanned, line);
    } else if (hasUsage(bytes)) {
      this.parseLine(bytes, line, terminated, true);
    } else if (bytes.length < SMALL_LINE_BYTES && hasCompactBoundary(bytes)) {
      this.parseLine(bytes, line, terminated, false);
    } else if (looksLikeUserPrompt(bytes)) {
      if (bytes.length < SMALL_LINE_BYTES) this.parseLine(bytes, line, terminated, false);
      else this.countLargePrompt(line);
    }
  }
  /**
   * The usage line read by the scanner (`line-scan.ts`), or undefined when it is left to
   * `JSON.parse`. Only lines that look like assistant lines are tried: searching a line for
   * `"usage"` cost as much as scanning it, and an assistant line that scans needs no search.
   */
  scanUsageLine(bytes, line) {
    if (this.plainJson || line === this.tried || !endsLikeAssistantLine(bytes)) return void 0;
    return scanAssistantLine(bytes);
  }
  /**
   * A line whose type says it is no API request: only a user prompt or a compaction boundary
   * counts anything, and every other line (tool results, snapshots, progress) is passed over
   * unread, however large, even when a nested tool result or subagent message holds a `usage`.
   */
  readNonRequest(type, bytes, line, terminated) {
    if (type === "user") {
      if (!userLineLooksLikePrompt(bytes)) return;
      if (bytes.length < SMALL_LINE_BYTES) this.parseLine(bytes, line, terminated, false);
      else this.countLargePrompt(line);
    } else if (type === "system" && bytes.length < SMALL_LINE_BYTES && hasCompactBoundary(bytes)) {
      this.parseLine(bytes, line, terminated, false);
    }
  }
  finish() {
    if (this.pretty) this.skip(this.pretty.startLine, "pretty-printed object is not closed");
    this.pretty = void 0;
    this.result.requests = this.requests;
    this.result.facts = this.facts.all();
    return this.result;
  }
  continuePretty(pretty, bytes) {
    const state = pretty.add(bytes);
    if (state === "open") return;
    this.pretty = void 0;
    if (state === "too-big") {
      this.skip(pretty.startLine, `pretty-printed object over ${PRETTY_MAX_LINES} lines or 8 MiB`);
      return;
    }
    const text2 = pretty.text();
    let value;
    try {
      value = JSON.parse(text2);
    } catch {
      this.skip(pretty.startLine, "not valid JSON");
      return;
    }
    this.handle(value, pretty.startLine, text2.includes('"usage"'));
  }
  parseLine(bytes, line, terminated, withUsage) {
    let value;
    try {
      value = this.plainJson ? JSON.parse(bytes.toString("utf8")) : parseJsonLine(bytes);
    } catch {
      this.skip(line, terminated ? "not valid JSON" : "truncated last line");
      return;
    }
    this.handle(value, line, withUsage);
  }
  handle(value, line, withUsage) {
    if (!isRecord(value)) {
      this.skip(line, "not a JSON object");
      return;
    }
    const type = value.type;
    if (type === "assistant") {
      if (withUsage) this.handleAssistant(value, line);
    } else if (typeof type === "string" && NON_REQUEST_TYPES.has(type)) {
      this.handleOther(value, line);
    } else if (withUsage) {
      this.skip(line, "unknown line type");
    }
  }
  handleAssistant(value, line) {
    const message = value.message;
    if (isRecord(message) && message.model === SYNTHETIC_MODEL2) {
      const envelope = checkEnvelope(value);
      if (envelope.ok) this.noteEnvelope(envelope.data);
      return;
    }
    const parsed = checkAssistantLine(value);
    if (!parsed.ok) return this.skip(line, parsed.reason);
    this.addAssistant(parsed.data, line);
  }
  /** A checked usage line that is not a `<synthetic>` placeholder. */
  addAssistant(data, line) {
    if (!isIdentifier2(data.message.model)) {
      return this.skip(line, "model id is not an identifier");
    }
    const geo = normaliseGeo(data.message.usage.inference_geo);
    if (geo === void 0) return this.skip(line, "message.usage.inference_geo is not a region code");
    const sessionId = this.noteEnvelope(data);
    if (sessionId === void 0) return this.skip(line, "sessionId is not an identifier");
    const ctx = { sessionId, inSubagentsDir: this.inSubagentsDir, file: this.file, line };
    this.addRequest(toRequest(data, geo, ctx));
  }
  handleOther(value, line) {
    const isPrompt = !this.inSubagentsDir && isUserPrompt(value);
    const isCompaction = value.type === "system" && value.subtype === "compact_boundary";
    const counted = isPrompt || isCompaction;
    const parsed = checkEnvelope(value);
    if (!parsed.ok) {
      if (counted) this.skip(line, parsed.reason);
      return;
    }
    const sessionId = this.noteEnvelope(parsed.data);
    if (sessionId === void 0) {
      if (counted) this.skip(line, "sessionId is not an identifier");
      return;
    }
    if (isPrompt) this.facts.addTurn(sessionId, parsed.data.gitBranch ?? "");
    if (isCompaction) this.facts.addCompaction(sessionId);
  }
  /** A prompt too large to parse (pasted images, documents): count it where the file last was. */
  countLargePrompt(line) {
    if (this.inSubagentsDir) return;
    const sessionId = this.lastSession ?? this.stemSession;
    if (sessionId === void 0) return this.skip(line, "sessionId is not an identifier");
    this.facts.addTurn(sessionId, this.lastBranch);
  }
  /** Updates the session's facts from a valid line; returns its session id. */
  noteEnvelope(envelope) {
    const sessionId = envelope.sessionId ?? this.stemSession;
    if (sessionId === void 0) return void 0;
    this.lastSession = sessionId;
    this.lastBranch = envelope.gitBranch ?? "";
    this.facts.seen(
      sessionId,
      envelope.timestamp ?? void 0,
      envelope.version || void 0,
      envelope.cwd || void 0
    );
    return sessionId;
  }
  addRequest(event) {
    this.shareStrings(event);
    const { messageId, requestId } = event;
    if (messageId === void 0) {
      this.requests.push(event);
      return;
    }
    let index = this.seen.get(messageId);
    if (index === void 0) {
      this.seen.set(messageId, this.requests.length);
    } else if (this.requests[index]?.requestId !== requestId) {
      const pair = `${messageId}\0${requestId ?? ""}`;
      index = this.seenPairs.get(pair);
      if (index === void 0) this.seenPairs.set(pair, this.requests.length);
    }
    if (index === void 0) {
      this.requests.push(event);
      return;
    }
    this.result.duplicatesDropped += 1;
    const kept = this.requests[index];
    if (kept && replaces(event, kept)) this.requests[index] = event;
  }
  /**
   * Each parsed line brings its own copy of the session id, model, branch, cwd and version; keep
   * the previous request's copy instead, so a file's thousands of requests share one of each.
   */
  shareStrings(event) {
    const previous = this.previous;
    this.previous = event;
    if (previous === void 0) return;
    if (event.sessionId === previous.sessionId) event.sessionId = previous.sessionId;
    if (event.model === previous.model) event.model = previous.model;
    if (event.branch === previous.branch) event.branch = previous.branch;
    if (event.cwd === previous.cwd) event.cwd = previous.cwd;
    if (event.toolVersion === previous.toolVersion) event.toolVersion = previous.toolVersion;
  }
  skip(line, reason) {
    const entry = { file: this.file, line, reason };
    this.result.skipped.push(entry);
  }
};
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isUserPrompt(value) {
  if (value.type !== "user") return false;
  if (value.isMeta === true || value.isSidechain === true || value.isCompactSummary === true) {
    return false;
  }
  if (value.toolUseResult !== void 0) return false;
  const message = value.message;
  const content = isRecord(message) ? message.content : void 0;
  return !(Array.isArray(content) && content.some((b) => isRecord(b) && "tool_use_id" in b));
}

// src/ingest/transcript/index.ts
var transcriptParser = {
  format: "transcript",
  detect: detectTranscript,
  parse: (path, options) => parseTranscriptFile(path, options)
};

// src/ingest/worker-pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker as Worker3 } from "node:worker_threads";

// src/ingest/prefetch.ts
import { closeSync as closeSync5, constants as constants4, openSync as openSync5, readSync as readSync3 } from "node:fs";
import { Worker } from "node:worker_threads";
var COLD_READ_MS = 0.25;
var PROBE_FILES = 3;
var PROBE_BYTES = 64 * 1024;
var AHEAD_BYTES = 96 * 1024 * 1024;
var STOP_AFTER_CACHED_BYTES = 32 * 1024 * 1024;
var CACHED_BYTES_PER_MS = 25e5;
var LANES = 4;
function looksCold(paths) {
  const buffer = Buffer.allocUnsafe(PROBE_BYTES);
  let fastest = Number.POSITIVE_INFINITY;
  for (const path of paths.slice(0, PROBE_FILES)) {
    const start = performance.now();
    try {
      const fd = openSync5(path, constants4.O_RDONLY | (constants4.O_NOFOLLOW ?? 0) | (constants4.O_NONBLOCK ?? 0));
      try {
        readSync3(fd, buffer, 0, PROBE_BYTES, 0);
      } finally {
        closeSync5(fd);
      }
    } catch {
      continue;
    }
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest !== Number.POSITIVE_INFINITY && fastest > COLD_READ_MS;
}
var PREFETCH_SOURCE = `
const { close, constants, fstat, open, read } = require('node:fs');
const { workerData } = require('node:worker_threads');
const { paths, sizes, next, aheadBytes, stopAfterCachedBytes, cachedBytesPerMs, lanes } = workerData;
const claimed = new Int32Array(next);
const flags = constants.O_RDONLY | (constants.O_NOFOLLOW || 0) | (constants.O_NONBLOCK || 0);
const before = [0];
for (const size of sizes) before.push(before[before.length - 1] + size);
let index = 0;
let cachedRun = 0;
// The callback API: fs/promises would load file handles and streams into this thread first.
const call = (fn, ...args) => new Promise((resolve, reject) => fn(...args, (error, value) => (error ? reject(error) : resolve(value))));
const pause = () => new Promise((resolve) => setTimeout(resolve, 2));
async function readToEnd(path, buffer) {
  let fd;
  try {
    fd = await call(open, path, flags);
    if (!(await call(fstat, fd)).isFile()) return;
    const started = performance.now();
    let bytes = 0;
    for (let n; (n = await call(read, fd, buffer, 0, buffer.length, null)) > 0; ) bytes += n;
    const fromMemory = bytes > 0 && performance.now() - started < bytes / cachedBytesPerMs;
    cachedRun = fromMemory ? cachedRun + bytes : 0;
  } catch {
  } finally {
    if (fd !== undefined) close(fd, () => {});
  }
}
async function lane() {
  const buffer = Buffer.allocUnsafe(1 << 20);
  while (index < paths.length && cachedRun < stopAfterCachedBytes) {
    const position = Math.min(Atomics.load(claimed, 0), paths.length);
    if (index < position) index = position;
    if (index >= paths.length) return;
    if (before[index] - before[position] > aheadBytes) { await pause(); continue; }
    const file = index;
    index += 1;
    await readToEnd(paths[file], buffer);
  }
}
Promise.all(Array.from({ length: lanes }, lane));
`;
function startPrefetch(job, tuning = {}) {
  let worker;
  let done = Promise.resolve();
  try {
    const workerData = {
      aheadBytes: AHEAD_BYTES,
      stopAfterCachedBytes: STOP_AFTER_CACHED_BYTES,
      cachedBytesPerMs: CACHED_BYTES_PER_MS,
      lanes: LANES,
      ...tuning,
      ...job
    };
    const started = new Worker(PREFETCH_SOURCE, { eval: true, workerData });
    worker = started;
    started.unref();
    started.on("error", () => void 0);
    done = new Promise((resolve2) => started.once("exit", () => resolve2()));
  } catch {
    worker = void 0;
  }
  return {
    stop: () => {
      worker?.terminate().catch(() => void 0);
    },
    done
  };
}

// src/ingest/read-ahead.ts
import { Worker as Worker2 } from "node:worker_threads";
import { closeSync as closeSync6, openSync as openSync6, readSync as readSync4 } from "node:fs";
var EMPTY2 = 0;
var READING = 1;
var FILLED = 2;
var TAKEN = 3;
var SLOT_INTS = 4;
var STOPPED = 2147483644;
var DEFAULT_SLOTS = 16;
var RECHECK_MS = 1;
var READER_SOURCE = `
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
    if (Atomics.compareExchange(h, at, entry * 4 + ${EMPTY2}, entry * 4 + ${READING}) !== entry * 4 + ${EMPTY2}) continue;
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
var ReadAhead = class {
  constructor(files, options = {}) {
    this.files = files;
    this.slots = options.slots ?? DEFAULT_SLOTS;
    this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_BYTES;
    this.first = [0];
    for (const file of files) {
      const last = this.first[this.first.length - 1];
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
    for (let slot = 0; slot < this.slots; slot += 1) this.header[slot * SLOT_INTS] = slot * 4 + EMPTY2;
    let worker;
    try {
      worker = new Worker2(READER_SOURCE, {
        eval: true,
        workerData: {
          files,
          first: this.first,
          chunkSize: this.chunkSize,
          slots: this.slots,
          header,
          data: this.data.buffer,
          dataOffset: this.data.byteOffset
        }
      });
      worker.unref();
      worker.on("error", () => void 0);
      worker.once("exit", this.done);
    } catch {
      worker = void 0;
      this.done();
    }
    this.worker = worker;
  }
  files;
  slots;
  chunkSize;
  header;
  data;
  /** Per file, its first entry; one more at the end. */
  first;
  worker;
  /** Every entry below this has been released. */
  released = 0;
  /**
   * Every entry below this has been released and the reader woken for it. A reader that is
   * ahead waits for a free slot; it is not woken when one is freed (see `RECHECK_MS`), only when
   * this thread has caught up with it.
   */
  notified = 0;
  /** For entries this thread reads itself: one buffer, and the file it has open. */
  own;
  ownFd = -1;
  ownIndex = -1;
  /** Called when the reader thread has exited and when `stop` is: the second frees the ring. */
  done;
  stopped = false;
  /**
   * The bytes of file `index` from its start offset to its end, in chunks, each valid until the
   * next is asked for. Files are read in order: every earlier file must be `finish`ed first.
   */
  *chunks(index) {
    const file = this.files[index];
    const end = this.first[index + 1];
    if (file === void 0 || end === void 0) return;
    let position = file.start;
    let entry = this.first[index];
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
        if (chunk.length < want) return;
      }
    } finally {
      if (held !== -1) this.release(held);
      this.closeOwn();
    }
    yield* fileChunks(file.path, this.chunkSize, position);
  }
  /** Releases whatever of file `index` was not read (a file of another format, or one left early). */
  finish(index) {
    const end = this.first[index + 1] ?? this.released;
    while (this.released < end) this.release(this.released);
    this.closeOwn();
  }
  stop() {
    Atomics.store(this.header, this.slots * SLOT_INTS + 1, 1);
    for (let slot = 0; slot < this.slots; slot += 1) {
      Atomics.store(this.header, slot * SLOT_INTS, STOPPED);
      Atomics.notify(this.header, slot * SLOT_INTS);
    }
    this.worker?.terminate().catch(() => void 0);
    this.closeOwn();
    if (!this.stopped) this.done();
    this.stopped = true;
  }
  take(entry, index, position, want) {
    const slot = entry % this.slots;
    const at = slot * SLOT_INTS;
    Atomics.store(this.header, this.slots * SLOT_INTS, entry);
    const empty = entry * 4 + EMPTY2;
    if (Atomics.load(this.header, at) !== entry * 4 + FILLED) this.notifyReleased();
    if (Atomics.compareExchange(this.header, at, empty, entry * 4 + TAKEN) === empty) {
      return this.readOwn(index, position, want);
    }
    let word;
    while ((word = Atomics.load(this.header, at)) === entry * 4 + READING) Atomics.wait(this.header, at, word);
    if (word !== entry * 4 + FILLED || this.header[at + 2] === 1) return this.readOwn(index, position, want);
    const start = slot * this.chunkSize;
    return this.data.subarray(start, start + this.header[at + 1]);
  }
  release(entry) {
    if (entry !== this.released) return;
    Atomics.store(this.header, entry % this.slots * SLOT_INTS, (entry + this.slots) * 4 + EMPTY2);
    this.released += 1;
  }
  /** Wakes the reader for the slots released since the last call. */
  notifyReleased() {
    for (let entry = this.notified; entry < this.released; entry += 1) {
      Atomics.notify(this.header, entry % this.slots * SLOT_INTS);
    }
    this.notified = this.released;
  }
  /** One chunk read here, the way a direct read would (same flags, same errors). */
  readOwn(index, position, want) {
    const file = this.files[index];
    if (this.ownIndex !== index) {
      this.closeOwn();
      this.ownFd = openSync6(file.path, READ_NO_FOLLOW3);
      this.ownIndex = index;
    }
    this.own ??= Buffer.allocUnsafe(this.chunkSize);
    let got = 0;
    for (let n; got < want && (n = readSync4(this.ownFd, this.own, got, want - got, position + got)) > 0; ) got += n;
    return this.own.subarray(0, got);
  }
  closeOwn() {
    if (this.ownFd !== -1) closeSync6(this.ownFd);
    this.ownFd = -1;
    this.ownIndex = -1;
  }
};

// src/ingest/worker-transfer.ts
var NUMBERS = [
  "inputTokens",
  "outputTokens",
  "cacheWrite5mTokens",
  "cacheWrite1hTokens",
  "cacheReadTokens",
  "webSearchRequests",
  "line"
];
var TABLED = [
  "sessionId",
  "model",
  "branch",
  "cwd",
  "toolVersion",
  "origin",
  "speed",
  "geo",
  "file"
];
var STRIDE = NUMBERS.length + 2 + TABLED.length;
var ABSENT2 = -1;
function unpackOutcome(packed) {
  if (packed === void 0) return void 0;
  const outcome = { format: packed.format, result: unpackResult(packed.result) };
  if (packed.resume !== void 0) {
    const { point, committed, marks } = packed.resume;
    outcome.resume = { point, committed: committed === void 0 ? void 0 : unpackResult(committed), marks };
  }
  return outcome;
}
function unpackResult(packed) {
  return { ...packed, requests: unpackRequests(packed.requests) };
}
function packRequests(requests) {
  const table = [];
  const indexes = /* @__PURE__ */ new Map();
  const unique = new Array(requests.length * 3);
  const numbers = new Float64Array(requests.length * STRIDE);
  requests.forEach((request, i) => {
    let at = i * STRIDE;
    for (const field of NUMBERS) numbers[at++] = request[field];
    numbers[at++] = request.isSidechain ? 1 : 0;
    numbers[at++] = request.reportedCostUsd ?? Number.NaN;
    for (const field of TABLED) {
      const value = request[field];
      if (value === void 0) {
        numbers[at++] = ABSENT2;
        continue;
      }
      let index = indexes.get(value);
      if (index === void 0) {
        index = table.length;
        table.push(value);
        indexes.set(value, index);
      }
      numbers[at++] = index;
    }
    unique[i * 3] = request.messageId;
    unique[i * 3 + 1] = request.requestId;
    unique[i * 3 + 2] = request.timestamp;
  });
  return { count: requests.length, table, unique, numbers };
}
function hasPackedShape({ count: count4, table, unique, numbers }) {
  if (numbers.length !== count4 * STRIDE || unique.length !== count4 * 3) return false;
  for (let at = 0; at < numbers.length; at += STRIDE) {
    for (let field = at + NUMBERS.length + 2; field < at + STRIDE; field += 1) {
      const index = numbers[field];
      if (!Number.isInteger(index) || index < ABSENT2 || index >= table.length) return false;
    }
  }
  return true;
}
function unpackRequests({ count: count4, table, unique, numbers }) {
  const text2 = (index) => index === void 0 || index === ABSENT2 ? void 0 : table[index];
  const requests = new Array(count4);
  for (let i = 0; i < count4; i += 1) {
    const at = i * STRIDE;
    const tabled = at + NUMBERS.length + 2;
    const cost = numbers[at + NUMBERS.length + 1];
    requests[i] = {
      messageId: unique[i * 3],
      requestId: unique[i * 3 + 1],
      sessionId: text2(numbers[tabled]),
      timestamp: unique[i * 3 + 2],
      model: text2(numbers[tabled + 1]),
      branch: text2(numbers[tabled + 2]),
      cwd: text2(numbers[tabled + 3]),
      toolVersion: text2(numbers[tabled + 4]),
      isSidechain: numbers[at + NUMBERS.length] === 1,
      origin: text2(numbers[tabled + 5]),
      speed: text2(numbers[tabled + 6]),
      geo: text2(numbers[tabled + 7]),
      inputTokens: numbers[at],
      outputTokens: numbers[at + 1],
      cacheWrite5mTokens: numbers[at + 2],
      cacheWrite1hTokens: numbers[at + 3],
      cacheReadTokens: numbers[at + 4],
      webSearchRequests: numbers[at + 5],
      reportedCostUsd: Number.isNaN(cost) ? void 0 : cost,
      file: text2(numbers[tabled + 8]),
      line: numbers[at + 6]
    };
  }
  return requests;
}

// src/ingest/worker-pool.ts
var WORKER_KIND = "claude-cost/ingest-worker";
var PARALLEL_MIN_BYTES = 128 * 1024 * 1024;
var MAX_WORKERS = 3;
var YIELD_EVERY_MS = 10;
var BUNDLED_WORKER = new URL("./ingest-worker.js", import.meta.url);
var READ_AHEAD_MIN_BYTES = 32 * 1024 * 1024;
function startReadAhead(files, option) {
  if (option === false || files.length === 0 || option === void 0 && files.length < 2) return void 0;
  const planned = files.map((file) => ({ path: file.path, start: file.start?.startOffset ?? 0, size: file.size }));
  const bytes = planned.reduce((sum, file) => sum + Math.max(0, file.size - file.start), 0);
  if (option === void 0 && bytes < READ_AHEAD_MIN_BYTES) return void 0;
  return new ReadAhead(planned, typeof option === "object" ? option : {});
}
function diskOrder(files) {
  const inode = (file) => file?.ino ?? Number.MAX_SAFE_INTEGER;
  return files.map((_, i) => i).sort((a, b) => inode(files[a]) - inode(files[b]) || a - b);
}
function plannedWorkers(files, options = {}) {
  if (files.length < 2) return 0;
  if (options.workers !== void 0) return Math.max(0, Math.min(options.workers, files.length - 1));
  const bytes = files.reduce((sum, file) => sum + file.size - (file.start?.startOffset ?? 0), 0);
  if (bytes < PARALLEL_MIN_BYTES) return 0;
  return Math.max(0, Math.min(availableParallelism() - 2, MAX_WORKERS, files.length - 1));
}
async function readAll(files, task, read, options = {}) {
  const outcomes = new Array(files.length);
  const delivered = new Uint8Array(files.length);
  const workerUrl = options.workerUrl ?? BUNDLED_WORKER;
  const workers = existsSync(fileURLToPath(workerUrl)) ? plannedWorkers(files, options) : 0;
  if (workers === 0) {
    const order = diskOrder(files);
    const ahead = startReadAhead(
      order.map((i) => files[i]),
      options.readAhead
    );
    const errors2 = /* @__PURE__ */ new Map();
    try {
      for (const [k, i] of order.entries()) {
        try {
          outcomes[i] = await read(files[i], task, ahead?.chunks(k));
        } catch (error) {
          errors2.set(i, error);
        }
        ahead?.finish(k);
      }
    } finally {
      ahead?.stop();
    }
    if (errors2.size > 0) throw errors2.get(Math.min(...errors2.keys()));
    return outcomes;
  }
  const queue = files.map((file, index) => ({ index, file })).sort((a, b) => b.file.size - a.file.size || a.index - b.index);
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const job = { kind: WORKER_KIND, task, queue, next };
  const failed = [];
  const deliver = (index, outcome) => {
    outcomes[index] = outcome;
    delivered[index] = 1;
  };
  const finished = Array.from({ length: workers }, () => runWorker(workerUrl, job, deliver));
  const paths = queue.map((entry) => entry.file.path);
  const prefetch = options.prefetch ?? looksCold(paths) ? startPrefetch({ paths, sizes: queue.map((entry) => entry.file.size), next }) : void 0;
  let lastYield = performance.now();
  while (options.mainThreadReads !== false) {
    const position = Atomics.add(counter, 0, 1);
    const entry = queue[position];
    if (entry === void 0) break;
    try {
      deliver(entry.index, await read(entry.file, task));
    } catch (error) {
      failed.push({ index: entry.index, error });
    }
    if (performance.now() - lastYield > YIELD_EVERY_MS) {
      await new Promise((resolve2) => setImmediate(resolve2));
      lastYield = performance.now();
    }
  }
  await Promise.all(finished);
  prefetch?.stop();
  const errors = new Map(failed.map(({ index, error }) => [index, error]));
  for (let index = 0; index < files.length; index += 1) {
    if (delivered[index] === 1) continue;
    if (errors.has(index)) throw errors.get(index);
    outcomes[index] = await read(files[index], task);
  }
  return outcomes;
}
function runWorker(url, job, deliver) {
  return new Promise((resolve2) => {
    let worker;
    try {
      worker = new Worker3(url, { workerData: job });
    } catch {
      resolve2();
      return;
    }
    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      resolve2();
      worker.terminate().catch(() => void 0);
    };
    worker.on("message", (message) => {
      if (message.type === "outcome") deliver(message.index, unpackOutcome(message.outcome));
      else if (message.type === "done") stop();
    });
    worker.on("error", stop);
    worker.on("exit", stop);
  });
}

// src/ingest/index.ts
var PARSERS = [recordParser, resultParser, exportParser, transcriptParser];
var HEAD_BYTES2 = 64 * 1024;
var FIRST_READ_BYTES = 4 * 1024;
var DEFAULT_LIMITS = {
  maxFileBytes: 8 * 1024 ** 4,
  maxJsonBytes: 64 * 1024 ** 2
};
async function ingestPaths(paths, options) {
  const walked = await walkInputs(paths, options);
  const skipped = [...walked.skipped];
  const notes = [];
  const files = [];
  const results = [];
  const task = {
    formats: PARSERS.map((p) => p.format).filter((f) => options.formats === void 0 || options.formats.includes(f)),
    maxJsonBytes: options.maxJsonBytes
  };
  let unrecognised = 0;
  const outcomes = await readAll(walked.files, task, readInput, options.parallel);
  walked.files.forEach((file, index) => {
    const outcome = outcomes[index];
    if (outcome === void 0) {
      unrecognised++;
      return;
    }
    files.push({ file: file.displayName, format: outcome.format });
    results.push(outcome.result);
    skipped.push(...outcome.result.skipped);
  });
  if (files.length > 0) notes.push(describeFiles(files));
  if (unrecognised > 0) {
    notes.push(
      `${unrecognised} file${unrecognised === 1 ? "" : "s"} in a supported extension but no recognised format were ignored.`
    );
  }
  const transcripts = collectTranscripts(
    results.filter((r) => r.format === "transcript"),
    options.recordedBy
  );
  const others = results.filter((r) => r.format !== "transcript").flatMap((r) => r.sessions);
  const sessions = chooseSources([...transcripts.sessions, ...others], notes);
  return { sessions, skipped, notes, files, results };
}
async function readInput(file, task, chunks) {
  const options = { displayName: file.displayName, maxJsonBytes: task.maxJsonBytes };
  let bytes = chunks?.[Symbol.iterator]();
  let parser = transcriptParser;
  if (file.start === void 0) {
    const first = bytes?.next();
    const head = first === void 0 || first.done === true ? void 0 : first.value;
    const whole = head !== void 0 && (head.length >= HEAD_BYTES2 || head.length === file.size);
    parser = detectFormat(file.path, readableParsers(task), whole ? head : void 0);
    if (bytes !== void 0 && head !== void 0) bytes = withFirst(head, bytes);
  }
  if (parser === void 0) return void 0;
  if (parser === transcriptParser) {
    const read = { ...file.start, chunks: bytes === void 0 ? void 0 : { [Symbol.iterator]: () => bytes } };
    const { result, resume, committed } = parseTranscriptPart(file.path, options, read);
    const marks = task.fingerprints === true ? fingerprintsOrUndefined(file.path, resume.offset) : void 0;
    return { format: "transcript", result, resume: { point: resume, committed, marks } };
  }
  return { format: parser.format, result: await parser.parse(file.path, options) };
}
function* withFirst(first, rest) {
  yield first;
  for (let next = rest.next(); next.done !== true; next = rest.next()) yield next.value;
}
function fingerprintsOrUndefined(path, offset) {
  try {
    return fingerprints(path, offset);
  } catch {
    return void 0;
  }
}
function readableParsers(task) {
  return task.formats.length === PARSERS.length ? PARSERS : PARSERS.filter((p) => task.formats.includes(p.format));
}
var headBuffer = Buffer.alloc(HEAD_BYTES2);
function detectFormat(path, parsers, head) {
  if (head !== void 0) return detectFromHead(path, parsers, head, head.length);
  const fd = openSync7(path, READ_NO_FOLLOW3);
  try {
    let bytesRead = readSync5(fd, headBuffer, 0, FIRST_READ_BYTES, 0);
    if (headLength(path, headBuffer, bytesRead) === FIRST_READ_BYTES) {
      bytesRead += readSync5(fd, headBuffer, bytesRead, HEAD_BYTES2 - bytesRead, bytesRead);
    }
    return detectFromHead(path, parsers, headBuffer, bytesRead);
  } finally {
    closeSync7(fd);
  }
}
function detectFromHead(path, parsers, bytes, available) {
  const length = headLength(path, bytes, Math.min(available, HEAD_BYTES2));
  let head = bytes.toString("utf8", 0, length);
  if (head.charCodeAt(0) === 65279) head = head.slice(1);
  return parsers.find((p) => p.detect(path, head));
}
function headLength(path, head, bytesRead) {
  if (!/\.(?:jsonl|ndjson)$/i.test(path)) return bytesRead;
  const newline = head.indexOf(10);
  if (newline === -1 || newline >= bytesRead) return bytesRead;
  const bom = head[0] === 239 && head[1] === 187 && head[2] === 191 ? 3 : 0;
  return head.toString("latin1", bom, newline).trim() === "{" ? bytesRead : newline + 1;
}
var PRIORITY = {
  result: 0,
  transcript: 1,
  record: 2,
  export: 3
};
function chooseSources(sessions, notes) {
  const bestFormat = /* @__PURE__ */ new Map();
  for (const s of sessions) {
    const current = bestFormat.get(s.sessionId);
    if (current === void 0 || PRIORITY[s.source.format] < PRIORITY[current]) {
      bestFormat.set(s.sessionId, s.source.format);
    }
  }
  const kept = /* @__PURE__ */ new Map();
  const replaced = /* @__PURE__ */ new Set();
  for (const s of sessions) {
    if (bestFormat.get(s.sessionId) !== s.source.format) {
      replaced.add(s.sessionId);
      continue;
    }
    const key = `${s.sessionId}\0${s.branch ?? ""}`;
    const existing = kept.get(key);
    kept.set(key, existing === void 0 ? s : mergeRecords(existing, s));
  }
  for (const id of [...replaced].sort()) {
    const format = bestFormat.get(id);
    if (format === "result") {
      notes.push(`Session ${id}: Claude Code's result object was used instead of its transcript or record.`);
    } else {
      notes.push(`Session ${id}: read from its ${format}; other copies of it were not counted again.`);
    }
  }
  return [...kept.values()].sort(compareSessions);
}
function compareSessions(a, b) {
  const at = a.startedAt ?? "";
  const bt = b.startedAt ?? "";
  if (at !== bt) return at < bt ? -1 : 1;
  return a.sessionId < b.sessionId ? -1 : a.sessionId > b.sessionId ? 1 : 0;
}
var FORMAT_NAMES = {
  record: ["session record", "session records"],
  transcript: ["Claude Code transcript", "Claude Code transcripts"],
  result: ["Claude Code result object", "Claude Code result objects"],
  export: ["per-message export", "per-message exports"]
};
function describeFiles(files) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of files) counts.set(f.format, (counts.get(f.format) ?? 0) + 1);
  const parts = [...counts].map(([format, n]) => `${n} ${FORMAT_NAMES[format][n === 1 ? 0 : 1]}`);
  return `Read ${parts.join(", ")}.`;
}

export {
  SESSION_SCHEMA,
  SCOPES,
  SessionRecordSchema,
  emptyTokens,
  mergeRecords,
  serialiseRecord,
  recordFileName,
  writeRecord,
  fingerprints,
  stampNow,
  sameStamp,
  replaces,
  normaliseGeo,
  compareTimes,
  collectTranscripts,
  isIdentifier2 as isIdentifier,
  UnreadablePathError,
  walkInputs,
  isInside,
  packRequests,
  hasPackedShape,
  unpackRequests,
  readAll,
  DEFAULT_LIMITS,
  ingestPaths,
  readInput,
  compareSessions
};
