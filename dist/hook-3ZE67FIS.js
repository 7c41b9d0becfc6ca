import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  TranscriptCache,
  cacheDirectory,
  ingestTranscripts
} from "./chunk-2ZLBUH7Q.js";
import {
  DEFAULT_LIMITS,
  UnreadablePathError,
  writeRecord
} from "./chunk-W4OCLY3P.js";
import {
  object,
  string
} from "./chunk-BJAOUQM4.js";
import "./chunk-ICSKGCHV.js";
import {
  repoRoot,
  userEmail
} from "./chunk-IG6NQODR.js";
import {
  GENERATOR
} from "./chunk-CCFM3K6G.js";
import {
  EXIT
} from "./chunk-HRLD7PK4.js";
import "./chunk-LQK3ML4U.js";

// src/commands/hook.ts
import { homedir } from "node:os";

// src/hook/payload.ts
var RECORDING_EVENTS = ["SessionEnd", "Stop", "PreCompact"];
var sessionId = string().max(200).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a session id (letters, digits, ".", "_" or "-")');
var path = string().min(1).max(4096).refine((p) => !p.includes("\0"), "must not contain NUL");
var HookPayloadSchema = object({
  session_id: sessionId,
  transcript_path: path,
  cwd: path,
  hook_event_name: string().min(1).max(100)
});
function parseHookPayload(text) {
  const trimmed = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  if (trimmed.trim() === "") return { kind: "invalid", reason: "no hook payload on stdin" };
  let json;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return { kind: "invalid", reason: "the hook payload on stdin is not valid JSON" };
  }
  const parsed = HookPayloadSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") || "payload";
    return { kind: "invalid", reason: `hook payload: ${where}: ${issue?.message ?? "invalid"}` };
  }
  const event = parsed.data.hook_event_name;
  if (!isRecordingEvent(event)) return { kind: "ignore", event };
  return { kind: "record", payload: { ...parsed.data, hook_event_name: event } };
}
function isRecordingEvent(event) {
  return RECORDING_EVENTS.includes(event);
}

// src/hook/record.ts
import { relative } from "node:path";

// src/hook/read.ts
import { lstatSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
function sessionFiles(payload, home) {
  const given = payload.transcript_path;
  const transcript = given.startsWith("~/") ? join(home, given.slice(2)) : isAbsolute(given) ? given : resolve(payload.cwd, given);
  const subagents = join(dirname(transcript), payload.session_id, "subagents");
  let exists = true;
  try {
    lstatSync(subagents);
  } catch {
    exists = false;
  }
  return { transcript, subagents: exists ? subagents : void 0 };
}
async function readHookSession(files, sessionId2, recordedBy, cache) {
  const paths = files.subagents === void 0 ? [files.transcript] : [files.transcript, files.subagents];
  const ingested = await ingestTranscripts(paths, {
    ...DEFAULT_LIMITS,
    recordedBy,
    cache,
    selectSessions: () => /* @__PURE__ */ new Set([sessionId2])
  });
  return { sessions: ingested.sessions, skipped: ingested.skipped };
}

// src/hook/repository.ts
import { lstat } from "node:fs/promises";
import { join as join2 } from "node:path";
var RECORDS_DIR = join2(".claude-cost", "sessions");
async function findRecordingRepository(cwd) {
  const root = await repoRoot(cwd);
  if (root === void 0) return { kind: "outside" };
  const dataDir = await lstatOrUndefined(join2(root, ".claude-cost"));
  if (dataDir !== void 0 && !dataDir.isDirectory()) {
    throw new Error(`${join2(root, ".claude-cost")}: not a directory (a symbolic link?); not recording`);
  }
  const config = await lstatOrUndefined(join2(root, ".github", "claude-cost.yml"));
  if (dataDir === void 0 && config === void 0) return { kind: "not-opted-in", root };
  return { kind: "opted-in", root, recordsDir: join2(root, RECORDS_DIR) };
}
async function lstatOrUndefined(path2) {
  try {
    return await lstat(path2);
  } catch (error) {
    const code = error?.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw error;
  }
}

// src/hook/record.ts
async function recordSessionFromHook(payload, options) {
  const repository = await findRecordingRepository(payload.cwd);
  if (repository.kind === "outside") return { kind: "outside-repository" };
  if (repository.kind === "not-opted-in") return repository;
  const { root, recordsDir } = repository;
  const files = sessionFiles(payload, options.home);
  let read;
  try {
    const cache = options.cacheDir === void 0 ? void 0 : new TranscriptCache(options.cacheDir);
    read = await readHookSession(files, payload.session_id, options.recordedBy, cache);
  } catch (error) {
    if (error instanceof UnreadablePathError) return { kind: "recorded", root, written: [], problems: [error.message] };
    throw error;
  }
  const problems = describeSkipped(read.skipped);
  const developer = read.sessions.length > 0 ? await userEmail(root) : void 0;
  const written = [];
  for (const session of read.sessions) {
    const record = developer !== void 0 && session.developer === void 0 ? { ...session, developer } : session;
    try {
      const { path: path2, status } = await writeRecord(recordsDir, record, options.lock);
      written.push({ path: relative(root, path2), branch: record.branch, status });
    } catch (error) {
      problems.push(`${record.branch ?? "(no branch)"}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { kind: "recorded", root, written, problems };
}
function describeSkipped(skipped) {
  const lines = [];
  const perFile = /* @__PURE__ */ new Map();
  for (const s of skipped) {
    if (s.line === 0) {
      lines.push(`${s.file}: ${s.reason}`);
      continue;
    }
    const seen = perFile.get(s.file);
    if (seen === void 0) perFile.set(s.file, { count: 1, first: s });
    else seen.count += 1;
  }
  for (const [file, { count, first }] of perFile) {
    const more = count > 1 ? ` (and ${count - 1} more line${count === 2 ? "" : "s"})` : "";
    lines.push(`${file}:${first.line}: ${first.reason}${more}; the rest was recorded`);
  }
  return lines;
}

// src/hook/stdin.ts
var STDIN_LIMITS = { maxBytes: 1024 * 1024, timeoutMs: 5e3 };
var StdinError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "StdinError";
  }
};
function readStream(stream, limits = STDIN_LIMITS) {
  if (stream.isTTY === true) {
    return Promise.reject(
      new StdinError("expects the Claude Code hook payload on stdin; run it from a Claude Code hook")
    );
  }
  return new Promise((resolve2, reject) => {
    const chunks = [];
    let size = 0;
    const finish = (error) => {
      clearTimeout(timer);
      stream.removeListener("data", onData);
      stream.removeListener("end", onEnd);
      stream.removeListener("error", onError);
      if (error === void 0) {
        resolve2(Buffer.concat(chunks).toString("utf8"));
        return;
      }
      stream.destroy?.();
      reject(error);
    };
    const onData = (chunk) => {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > limits.maxBytes)
        finish(new StdinError(`the hook payload on stdin is larger than ${limits.maxBytes} bytes`));
      else chunks.push(buffer);
    };
    const onEnd = () => finish(void 0);
    const onError = (error) => finish(new StdinError(`cannot read stdin: ${error.message}`));
    const timer = setTimeout(
      () => finish(new StdinError(`stdin did not close within ${limits.timeoutMs / 1e3} s`)),
      limits.timeoutMs
    );
    stream.on("data", onData);
    stream.on("end", onEnd);
    stream.on("error", onError);
  });
}

// src/commands/hook.ts
var HOOK_HELP = `Usage: claude-cost hook

Record the Claude Code session a hook fired for. Claude Code runs it with the hook's JSON
payload on stdin (session_id, transcript_path, cwd, hook_event_name); \`claude-cost init\`
adds it to .claude/settings.json for the SessionEnd and PreCompact events.

It records into the git repository that contains the session's working directory, only when
that repository opted in (it has a .claude-cost/ directory or a .github/claude-cost.yml):
one record per branch the session worked on, in .claude-cost/sessions/, merged with what is
there. It reads the session's transcript and its subagent logs; nothing else.

Events recorded: ${RECORDING_EVENTS.join(", ")}. Others are ignored.
It never interrupts a session: every problem is one line on stderr, and the exit code is 0.
`;
var PREFIX = "claude-cost hook: ";
async function hookCommand(argv, io, readInput = () => readStream(process.stdin)) {
  const problem = (text) => io.stderr(`${PREFIX}${oneLine(text)}
`);
  try {
    if (argv.includes("--help") || argv.includes("-h")) {
      io.stdout(HOOK_HELP);
      return EXIT.ok;
    }
    if (argv.length > 0) problem(`unexpected argument "${argv[0]?.slice(0, 40)}" ignored`);
    const parsed = parseHookPayload(await readInput());
    if (parsed.kind === "invalid") {
      problem(parsed.reason);
      return EXIT.ok;
    }
    if (parsed.kind === "ignore") return EXIT.ok;
    const outcome = await recordSessionFromHook(parsed.payload, {
      recordedBy: GENERATOR,
      home: io.env.HOME ?? homedir(),
      cacheDir: cacheDirectory(io.env)
    });
    if (outcome.kind !== "recorded") return EXIT.ok;
    for (const line of outcome.problems) problem(line);
    for (const w of outcome.written) {
      if (w.status !== "unchanged") io.stdout(`claude-cost: ${w.status} ${w.path}
`);
    }
  } catch (error) {
    problem(error instanceof Error ? error.message : String(error));
  }
  return EXIT.ok;
}
function oneLine(text) {
  const flat = text.replace(/[\r\n]+/g, " ").trim();
  return flat.length > 500 ? `${flat.slice(0, 497)}...` : flat;
}
export {
  HOOK_HELP,
  hookCommand
};
