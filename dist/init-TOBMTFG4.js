import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseCommandArgs
} from "./chunk-ZKXKXHQW.js";
import {
  writeFileAtomically
} from "./chunk-ICSKGCHV.js";
import {
  repoRoot
} from "./chunk-IG6NQODR.js";
import {
  VERSION
} from "./chunk-CCFM3K6G.js";
import {
  EXIT,
  UsageError
} from "./chunk-HRLD7PK4.js";
import "./chunk-LQK3ML4U.js";

// src/commands/init.ts
import { readFile } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/setup/plan.ts
import { constants } from "node:fs";
import { lstat, mkdir, open } from "node:fs/promises";
import { dirname, join } from "node:path";

// src/setup/settings.ts
import { isDeepStrictEqual } from "node:util";

// src/setup/json-edit.ts
function scanJson(text) {
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && " 	\r\n".includes(text[i])) i++;
  };
  const readString = () => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    if (i >= text.length) throw new Error("unterminated string");
    i++;
    return JSON.parse(text.slice(start, i));
  };
  const value = () => {
    skipSpace();
    const start = i;
    const c = text[i];
    if (c === "{") {
      i++;
      const members = [];
      skipSpace();
      while (text[i] !== "}") {
        if (i >= text.length) throw new Error("unterminated object");
        if (text[i] === ",") i++;
        skipSpace();
        const keyStart = i;
        const key = readString();
        skipSpace();
        i++;
        members.push({ key, keyStart, value: value() });
        skipSpace();
      }
      i++;
      return { type: "object", start, end: i, members };
    }
    if (c === "[") {
      i++;
      const items = [];
      skipSpace();
      while (text[i] !== "]") {
        if (i >= text.length) throw new Error("unterminated array");
        if (text[i] === ",") i++;
        items.push(value());
        skipSpace();
      }
      i++;
      return { type: "array", start, end: i, items };
    }
    if (c === '"') {
      readString();
      return { type: "scalar", start, end: i };
    }
    while (i < text.length && !",]} 	\r\n".includes(text[i])) i++;
    if (i === start) throw new Error(`unexpected character at ${start}`);
    return { type: "scalar", start, end: i };
  };
  return value();
}
function memberValue(node, key) {
  if (node.type !== "object") return void 0;
  for (let k = node.members.length - 1; k >= 0; k--) if (node.members[k]?.key === key) return node.members[k]?.value;
  return void 0;
}
function detectStyle(text) {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  let unit;
  for (const line of text.split(/\r?\n/)) {
    const indent = /^[ \t]+(?=\S)/.exec(line)?.[0];
    if (indent === void 0) continue;
    if (indent.startsWith("	")) return { unit: "	", eol };
    if (unit === void 0 || indent.length < unit.length) unit = indent;
  }
  return { unit: unit ?? "  ", eol };
}
function insertMember(text, object, key, value, style) {
  if (object.type !== "object") throw new Error("not an object");
  const last = object.members.at(-1);
  const entry = last === void 0 ? void 0 : { start: last.keyStart, end: last.value.end };
  return insertInto(text, object, entry, `${JSON.stringify(key)}:`, value, style);
}
function appendItem(text, array, value, style) {
  if (array.type !== "array") throw new Error("not an array");
  return insertInto(text, array, array.items.at(-1), "", value, style);
}
function insertInto(text, container, last, keyPrefix, value, style) {
  const inside = text.slice(container.start, container.end);
  if (!inside.includes("\n")) {
    const spaced = /[:,] /.test(inside) || last === void 0;
    const entry2 = `${keyPrefix}${keyPrefix !== "" && spaced ? " " : ""}${JSON.stringify(value)}`;
    if (last === void 0) return splice(text, container.start + 1, container.end - 1, entry2);
    return splice(text, last.end, last.end, `,${spaced ? " " : ""}${entry2}`);
  }
  const openIndent = lineIndent(text, container.start);
  const memberIndent = last !== void 0 ? lineIndent(text, last.start) : openIndent + style.unit;
  const rendered = JSON.stringify(value, null, style.unit).replaceAll("\n", style.eol + memberIndent);
  const entry = `${keyPrefix}${keyPrefix === "" ? "" : " "}${rendered}`;
  if (last === void 0) {
    return splice(
      text,
      container.start + 1,
      container.end - 1,
      `${style.eol}${memberIndent}${entry}${style.eol}${openIndent}`
    );
  }
  return splice(text, last.end, last.end, `,${style.eol}${memberIndent}${entry}`);
}
function lineIndent(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? "";
}
function splice(text, from, to, insert) {
  return text.slice(0, from) + insert + text.slice(to);
}

// src/setup/settings.ts
var HOOK_COMMAND = "npx --no-install claude-cost hook";
var INSTALLED_EVENTS = ["SessionEnd", "PreCompact"];
var HOOK_TIMEOUT_S = 30;
function hookGroup() {
  return { matcher: "", hooks: [{ type: "command", command: HOOK_COMMAND, timeout: HOOK_TIMEOUT_S }] };
}
var SettingsError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "SettingsError";
  }
};
function mergeHookSettings(existing) {
  if (existing === void 0) {
    const settings2 = { hooks: Object.fromEntries(INSTALLED_EVENTS.map((e) => [e, [hookGroup()]])) };
    return { status: "created", text: `${JSON.stringify(settings2, null, 2)}
`, added: [...INSTALLED_EVENTS] };
  }
  const bom = existing.charCodeAt(0) === 65279 ? "\uFEFF" : "";
  const text = existing.slice(bom.length);
  const settings = parseSettings(text);
  const hooks = settings.hooks;
  const added = INSTALLED_EVENTS.filter((event) => !hasClaudeCostHook(hooks?.[event]));
  if (added.length === 0) return { status: "unchanged", added: [] };
  const expected = withHookEntries(settings, added);
  const style = detectStyle(text);
  let next = text;
  try {
    for (const event of added) next = insertEntry(next, event, style);
  } catch {
    next = void 0;
  }
  if (next === void 0 || !isDeepStrictEqual(safeParse(next), expected)) {
    next = `${JSON.stringify(expected, null, style.unit).replaceAll("\n", style.eol)}${/\r?\n$/.test(text) ? style.eol : ""}`;
  }
  return { status: "updated", text: bom + next, added };
}
function withHookEntries(settings, events) {
  const copy = structuredClone(settings);
  const hooks = copy.hooks ?? {};
  for (const event of events) hooks[event] = [...hooks[event] ?? [], hookGroup()];
  copy.hooks = hooks;
  return copy;
}
var CLAUDE_COST_HOOK = /\bclaude-cost(?:\.m?js)?["']?\s+hook(?:\s|$)/;
function hasClaudeCostHook(groups) {
  if (!Array.isArray(groups)) return false;
  return groups.some((group) => {
    const hooks = group?.hooks;
    return Array.isArray(hooks) && hooks.some((h) => {
      const command = h?.command;
      return typeof command === "string" && CLAUDE_COST_HOOK.test(command);
    });
  });
}
function parseSettings(text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
    throw new SettingsError(`is not valid JSON${at === void 0 ? "" : ` (${lineAndColumn(text, Number(at))})`}`);
  }
  if (!isPlainObject(json)) throw new SettingsError("is not a JSON object");
  if (json.hooks !== void 0) {
    if (!isPlainObject(json.hooks)) throw new SettingsError('"hooks" is not an object');
    for (const event of INSTALLED_EVENTS) {
      const groups = json.hooks[event];
      if (groups !== void 0 && !Array.isArray(groups)) throw new SettingsError(`"hooks.${event}" is not a list`);
    }
  }
  return json;
}
function insertEntry(text, event, style) {
  const root = scanJson(text);
  const hooks = memberValue(root, "hooks");
  if (hooks === void 0) return insertMember(text, root, "hooks", { [event]: [hookGroup()] }, style);
  const groups = memberValue(hooks, event);
  if (groups === void 0) return insertMember(text, hooks, event, [hookGroup()], style);
  return appendItem(text, groups, hookGroup(), style);
}
function safeParse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function lineAndColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `line ${line}, column ${offset - before.lastIndexOf("\n")}`;
}

// src/setup/templates.ts
var ACTION_REF = { uses: "OWNER/claude-cost@<sha>", version: `v${VERSION}` };
var CHECKOUT_REF = "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2";
function actionRefIsPlaceholder() {
  return /OWNER|<sha>/.test(ACTION_REF.uses);
}
var action = `${ACTION_REF.uses} # ${ACTION_REF.version}`;
var PR_WORKFLOW = `# Prices the Claude Code sessions recorded on each pull request, keeps one comment up to date,
# and fails the check over the team's budget (.github/claude-cost.yml). Written by claude-cost init.
name: claude-cost
on:
  pull_request:
  merge_group: # if you use a merge queue: the check passes there at once

permissions:
  contents: read
  pull-requests: write

jobs:
  claude-cost:
    name: claude-cost # keep this name stable: it is the check you make required
    runs-on: ubuntu-latest
    steps:
      # No actions/checkout needed: the PR's records are read through the API at the head
      # commit, and the policy file at the base commit. The PR's code is never run.
      - uses: ${action}
`;
var PERIOD_WORKFLOW = `# The monthly team report: spend by developer, model and task kind, budget overruns and
# advice, posted as one issue per month. Written by claude-cost init.
name: claude-cost period
on:
  schedule:
    # 06:17 UTC on the 1st: the month that just ended. (An odd minute, because scheduled runs
    # on the hour are delayed most.)
    - cron: '17 6 1 * *'
  workflow_dispatch:
    inputs:
      month:
        description: 'Month to report, as YYYY-MM (empty: the previous month)'
        required: false
        default: ''

permissions:
  contents: read
  issues: write

jobs:
  claude-cost-period:
    name: claude-cost period
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT_REF}
        with:
          fetch-depth: 0 # the history attributes each record to the PR that merged it
      - uses: ${action}
        with:
          mode: period
          period: \${{ inputs.month }}
`;
var CONFIG_FILE = `# .github/claude-cost.yml: the team policy claude-cost applies to every pull request.
# Every key is optional; a missing key keeps its default. Unknown keys are an error, so a
# misspelt budget can never silently switch the gate off. Written by claude-cost init.
version: 1

# Budgets per task kind. \`default\` applies to every kind without its own entry; a kind's
# entry overrides the default field by field (perPr, perSession, warnAt, ...).
# Amounts are USD (\`usd\`), tokens (\`tokens\`), or the display currency (\`local\`).
budgets:
  default:
    perPr: { usd: 20 }
    perSession: { usd: 10 }
    warnAt: 0.75 # a warning from 75% of any limit
  # feature:
  #   perPr: { usd: 25 }
  # docs:
  #   perPr: { usd: 3 }
  #   allowedModels: [claude-sonnet-4-6, claude-haiku-4-5] # others make a warning
  #   preferredModel: claude-haiku-4-5

# How a PR gets its task kind: the first that matches of a kind declared in the session
# records, a PR label, a branch prefix, and the conventional-commit type of the PR title.
# A mapping given here replaces the default one.
# tasks:
#   kinds: [feature, bugfix, refactor, docs, test, chore]
#   labels:
#     enhancement: feature
#     bug: bugfix
#     documentation: docs
#   branchPrefixes:
#     feat/: feature
#     fix/: bugfix
#     docs/: docs
#   titleTypes: # "feat(api)!: ..." -> feature
#     feat: feature
#     fix: bugfix
#     docs: docs
#   default: feature
#   # Kinds that rarely need the strongest model: advice shows the preferred model's cost.
#   mechanical: [docs, chore]

# A session is open-ended when it reaches any of these (unless its record declares its scope).
# scope:
#   useDeclared: true
#   openEnded:
#     compactions: 1
#     peakContextTokens: 150000
#     turns: 40
#     durationMinutes: 120

# The typical cost per scoped and per open-ended session. \`auto\` measures it from the
# default branch's records when there are enough, else uses perTask.
# baseline:
#   source: auto
#   historyDays: 90
#   minSessions: 3
#   perTask:
#     default: { scopedUsd: 0.94, openEndedUsd: 2.87 }

# cache:
#   hitRateTarget: 0.6 # sessions under 60% cache hits get advice

# A display currency beside USD, at a fixed rate (nothing is fetched at run time).
# currency:
#   code: HKD
#   perUsd: 7.8

# developer: email # or login: how records name their developer

# Price rows over the shipped book (\`claude-cost prices\` prints it): a row replaces the one with
# the same model, a new model is added. Same format as pricing/prices.json; USD per million tokens.
# pricing:
#   models:
#     - model: acme-gateway-sonnet
#       ids: [acme-sonnet] # the model ids your records carry
#       source: "Gateway contract, schedule B"
#       checked: "2026-11-01"
#       prices:
#         - { from: null, input: 2, output: 10, cacheWrite5m: 2.5, cacheWrite1h: 4, cacheRead: 0.2 }
`;
var GITKEEP = "";

// src/setup/plan.ts
var SETTINGS_PATH = ".claude/settings.json";
var RECORDS_GITIGNORE = `# Left behind only when claude-cost is interrupted mid-write: never commit them.
sessions/*.lock
sessions/*.lock.stale-*
sessions/.claude-cost-*.tmp
`;
var CREATE_ONLY = [
  { path: ".github/workflows/claude-cost.yml", text: PR_WORKFLOW },
  { path: ".github/workflows/claude-cost-period.yml", text: PERIOD_WORKFLOW },
  { path: ".github/claude-cost.yml", text: CONFIG_FILE }
];
var RECORDS_FILES = [
  // Only for a new directory: one that already holds records needs no placeholder.
  { path: ".claude-cost/sessions/.gitkeep", text: GITKEEP, unlessExists: ".claude-cost/sessions" },
  { path: ".claude-cost/.gitignore", text: RECORDS_GITIGNORE }
];
async function planInit(root) {
  const plan = [];
  for (const file of CREATE_ONLY) plan.push(await planCreate(root, file));
  plan.push(await planSettings(root));
  for (const file of RECORDS_FILES) plan.push(await planCreate(root, file));
  return plan;
}
async function planCreate(root, file) {
  const guard = file.unlessExists ?? file.path;
  const exists = await lstatOrUndefined(join(root, guard)) !== void 0;
  return exists ? { path: guard, action: "exists" } : { path: file.path, action: "create", text: file.text };
}
async function planSettings(root) {
  const full = join(root, SETTINGS_PATH);
  const info = await lstatOrUndefined(full);
  let existing;
  if (info !== void 0) {
    if (!info.isFile()) {
      throw new SettingsError(`${SETTINGS_PATH} is not a regular file (a symbolic link?); add the hooks by hand`);
    }
    const handle = await open(full, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    try {
      existing = await handle.readFile("utf8");
    } finally {
      await handle.close();
    }
  }
  let merge;
  try {
    merge = mergeHookSettings(existing);
  } catch (error) {
    if (error instanceof SettingsError) {
      throw new SettingsError(
        `${SETTINGS_PATH} ${error.message}; fix it (or move it away) and run claude-cost init again`
      );
    }
    throw error;
  }
  if (merge.status === "unchanged") return { path: SETTINGS_PATH, action: "unchanged" };
  return {
    path: SETTINGS_PATH,
    action: merge.status === "created" ? "create" : "update",
    text: merge.text,
    addedHooks: merge.added
  };
}
async function applyPlan(root, plan) {
  for (const file of plan) {
    if (file.text === void 0) continue;
    const full = join(root, file.path);
    await mkdir(dirname(full), { recursive: true });
    if (file.action === "create") await createFile(full, file.text);
    else if (file.action === "update") await replaceKeepingMode(full, file.text);
  }
}
async function createFile(path, text) {
  const handle = await open(path, "wx", 420);
  try {
    await handle.writeFile(text, "utf8");
  } finally {
    await handle.close();
  }
}
async function lstatOrUndefined(path) {
  try {
    return await lstat(path);
  } catch (error) {
    const code = error?.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw error;
  }
}
async function replaceKeepingMode(path, text) {
  await writeFileAtomically(path, text, (await lstat(path)).mode & 511);
}

// src/commands/init.ts
var INIT_HELP = `Usage: claude-cost init [--dry-run]

Set up the current git repository for claude-cost:
  .github/workflows/claude-cost.yml         the pull-request check (comment and budget gate)
  .github/workflows/claude-cost-period.yml  the monthly team report, as an issue
  .github/claude-cost.yml                   the team policy, commented
  .claude/settings.json                     the Claude Code hook that records each session
                                            (SessionEnd and PreCompact), merged into what is there
  .claude-cost/sessions/                    where session records go

Files that already exist are left as they are; the hook entries are added to an existing
settings file without changing anything else in it. Running it again changes nothing.

Options:
  --dry-run    print what would be done; write nothing
  -h, --help   show this help

Exit codes: 0 success, 2 not in a git repository or a settings file that is not valid JSON.
`;
var VERBS = {
  create: ["created", "would create"],
  update: ["updated", "would update"],
  exists: ["exists, left unchanged", "exists, left unchanged"],
  unchanged: ["unchanged", "unchanged"]
};
async function initCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, {
    "dry-run": { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(INIT_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]?.slice(0, 40)}"`);
  const dryRun = values["dry-run"] === true;
  const root = await repoRoot(io.cwd);
  if (root === void 0) throw new UsageError("not inside a git repository: run claude-cost init at the top of one");
  let plan;
  try {
    plan = await planInit(root);
  } catch (error) {
    if (error instanceof SettingsError) throw new UsageError(`${error.message}. Nothing was changed.`);
    throw error;
  }
  if (!dryRun) await applyPlan(root, plan);
  const width = Math.max(...plan.map((f) => VERBS[f.action][dryRun ? 1 : 0].length));
  io.stdout(`${dryRun ? "claude-cost init --dry-run" : "claude-cost init"} in ${root}

`);
  for (const file of plan)
    io.stdout(`  ${VERBS[file.action][dryRun ? 1 : 0].padEnd(width)}  ${file.path}${detail(file)}
`);
  const changed = plan.filter((f) => f.action === "create" || f.action === "update").map((f) => f.path);
  io.stdout("\n");
  if (changed.length === 0) {
    io.stdout("Nothing to do: this repository is already set up.\n");
  } else {
    io.stdout(`${dryRun ? "After running it for real, commit" : "Commit"} the setup:

`);
    io.stdout(`  git add ${changed.join(" ")}
  git commit -m "Record Claude Code costs with claude-cost"
`);
  }
  for (const note of await notes(root, plan)) io.stdout(`
${note}
`);
  if (dryRun) io.stdout("\nDry run: nothing was written.\n");
  return EXIT.ok;
}
function detail(file) {
  if (file.addedHooks !== void 0)
    return ` (the ${file.addedHooks.join(" and ")} hook${file.addedHooks.length === 1 ? "" : "s"})`;
  if (file.action === "unchanged") return " (the claude-cost hooks are already there)";
  return "";
}
async function notes(root, plan) {
  const out = [];
  const writesWorkflow = plan.some((f) => f.action === "create" && f.path.startsWith(".github/workflows/"));
  if (writesWorkflow && actionRefIsPlaceholder()) {
    out.push(
      `The workflows use "${ACTION_REF.uses}": replace it with the Action's repository and the full
commit SHA of the release you use before committing them.`
    );
  }
  if (!await hasDependency(root, "claude-cost")) {
    out.push(
      `The hook runs "${HOOK_COMMAND}", which needs claude-cost installed in this
repository (npm install --save-dev claude-cost) or globally (npm install -g claude-cost).`
    );
  }
  return out;
}
async function hasDependency(root, name) {
  try {
    const pkg = JSON.parse(await readFile(join2(root, "package.json"), "utf8"));
    return ["dependencies", "devDependencies"].some((field) => {
      const deps = pkg[field];
      return typeof deps === "object" && deps !== null && name in deps;
    });
  } catch {
    return false;
  }
}
export {
  INIT_HELP,
  initCommand
};
