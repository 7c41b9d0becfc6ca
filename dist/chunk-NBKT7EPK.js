import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildReport,
  cacheAdvice,
  cheaperModelAdvice,
  chooseBaseline,
  classifyScope,
  classifyTask,
  compareBaseline,
  evaluateBudget,
  measureHistory,
  openEndedAdvice,
  resolveBudget
} from "./chunk-QSYUSC3B.js";
import {
  loadConfig,
  priceBookFrom,
  resolveModel
} from "./chunk-EU4B5VDZ.js";
import {
  DEFAULT_LIMITS,
  UnreadablePathError,
  ingestPaths
} from "./chunk-W4OCLY3P.js";
import {
  currentBranch,
  repoRoot
} from "./chunk-IG6NQODR.js";
import {
  GENERATOR
} from "./chunk-CCFM3K6G.js";
import {
  UsageError
} from "./chunk-HRLD7PK4.js";

// src/commands/policy-options.ts
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

// src/policy/index.ts
function applyPolicy(report, input) {
  const { config, book } = input;
  const pairs = pairSessions(report, input.sessions);
  const notes = [];
  const task = classifyTask(input.sessions, input.pr, config);
  notes.push(...task.notes);
  const budget = evaluateBudget(report, task.kind, config, book);
  const scopes = report.sessions.map((line) => classifyScope(line, config));
  const excludeSessionIds = new Set(input.sessions.map((s) => s.sessionId));
  const history = input.history === void 0 ? void 0 : measureHistory(input.history, { config, book, now: input.now, excludeSessionIds });
  const baseline = compareBaseline(task.kind, report, scopes, chooseBaseline(task.kind, config, history, notes));
  const advice = [];
  const preferred = resolveBudget(task.kind, config)?.budget.preferredModel;
  if (preferred !== void 0 && config.tasks.mechanical.includes(task.kind)) {
    if (resolveModel(book, preferred).ok) push(advice, cheaperModelAdvice(pairs, task.kind, preferred, book));
    else notes.push(`The preferred model ${preferred} is not in the price book, so no cheaper-model advice is given.`);
  }
  push(advice, cacheAdvice(pairs, config.cache.hitRateTarget, book));
  push(advice, openEndedAdvice(baseline));
  return {
    ...report,
    notes: [...report.notes, ...notes],
    task,
    budget,
    baseline,
    advice,
    currency: config.currency
  };
}
function push(list, item) {
  if (item !== null) list.push(item);
}
function pairSessions(report, sessions) {
  if (report.sessions.length !== sessions.length) {
    throw new Error(
      `applyPolicy: the report has ${report.sessions.length} sessions but ${sessions.length} records were given`
    );
  }
  return report.sessions.map((line, i) => {
    const record = sessions[i];
    if (record.sessionId !== line.sessionId) throw new Error("applyPolicy: records are not in the report order");
    return { record, line };
  });
}

// src/pipeline.ts
function ingestInputs(input) {
  return ingestPaths(input.paths, { ...input.limits ?? DEFAULT_LIMITS, root: input.root, recordedBy: GENERATOR });
}
function judgeInputs(ingested, input) {
  const report = buildReport({ ...ingested, book: input.book, generator: GENERATOR });
  const judged = applyPolicy(report, {
    sessions: ingested.sessions,
    config: input.config,
    pr: input.pr,
    history: input.history,
    now: input.now,
    book: input.book
  });
  return { report: { ...judged, notes: [...judged.notes, ...input.notes ?? []] }, sessions: ingested.sessions };
}

// src/commands/policy-options.ts
var POLICY_OPTIONS = {
  config: { type: "string" },
  labels: { type: "string", multiple: true },
  branch: { type: "string" },
  title: { type: "string" },
  history: { type: "string" }
};
var POLICY_HELP = `  --config FILE          the team policy (default: .github/claude-cost.yml at the top of the
                         git repository, when it exists; otherwise the built-in defaults)
  --labels A,B           the PR's labels, for the task kind (repeatable)
  --branch NAME          the PR's branch, for the task kind (default: the current git branch)
  --title TEXT           the PR's title; a conventional-commit type (feat:, fix:) names the kind
  --history DIR          merged session records (e.g. the default branch's .claude-cost/sessions)
                         to measure the baseline from`;
async function loadPolicyOptions(values, io) {
  const branchQuestion = values.branch !== void 0 ? Promise.resolve(values.branch) : currentBranch(io.cwd);
  const { config, configFile } = await loadConfig(values.config, io.cwd);
  const labels = (values.labels ?? []).flatMap((l) => l.split(",")).map((l) => l.trim()).filter((l) => l !== "");
  const branch = await branchQuestion;
  const pr = { labels, branch, title: values.title };
  const notes = [];
  const history = values.history === void 0 ? void 0 : await loadHistory(resolve(io.cwd, values.history), notes);
  return { config, configFile, pr, history, notes };
}
async function loadHistory(dir, notes) {
  try {
    const ingested = await ingestPaths([dir], { ...DEFAULT_LIMITS, recordedBy: GENERATOR, formats: ["record"] });
    const skipped = ingested.skipped.length;
    if (skipped > 0)
      notes.push(
        `History: ${skipped} file${skipped === 1 ? "" : "s"} could not be read and ${skipped === 1 ? "was" : "were"} left out of the baseline.`
      );
    return ingested.sessions;
  } catch (error) {
    if (error instanceof UnreadablePathError) throw new UsageError(`--history ${error.message}`);
    throw error;
  }
}
async function buildPolicyReport(values, positionals, io, now, command) {
  const policyQuestion = loadPolicyOptions(values, io);
  const named = positionals.map((p) => resolve(io.cwd, p));
  const early = named.length > 0 ? settle(ingestInputs({ paths: named })) : void 0;
  const policy = await policyQuestion;
  const book = await priceBookFrom(values["pricing-file"], policy.config.pricing);
  try {
    const ingested = early === void 0 ? await ingestInputs({ paths: [await defaultRecordsDir(io.cwd, command)] }) : unwrap(await early);
    const { report } = judgeInputs(ingested, {
      book,
      now,
      config: policy.config,
      pr: policy.pr,
      history: policy.history,
      notes: policy.notes
    });
    return report;
  } catch (error) {
    if (error instanceof UnreadablePathError) throw new UsageError(error.message);
    throw error;
  }
}
function settle(promise) {
  return promise.then(
    (value) => ({ ok: true, value }),
    (error) => ({ ok: false, error })
  );
}
function unwrap(settled) {
  if (settled.ok) return settled.value;
  throw settled.error;
}
async function defaultRecordsDir(cwd, command) {
  const dir = join(await repoRoot(cwd) ?? cwd, ".claude-cost", "sessions");
  if (!existsSync(dir)) {
    throw new UsageError(`no PATH given and ${dir} does not exist; pass the records or transcripts to ${command}`);
  }
  return dir;
}

export {
  POLICY_OPTIONS,
  POLICY_HELP,
  buildPolicyReport
};
