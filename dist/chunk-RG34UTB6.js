import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  _enum,
  array,
  boolean,
  literal,
  number,
  record,
  strictObject,
  string
} from "./chunk-TNO7S6WT.js";

// src/policy/config-error.ts
var ConfigError = class extends Error {
  constructor(file, problems) {
    super(
      problems.length === 1 ? `${file}: ${problems[0]}` : `${file}: ${problems.length} problems:
${problems.map((p) => `  ${p}`).join("\n")}`
    );
    this.file = file;
    this.problems = problems;
    this.name = "ConfigError";
  }
  file;
  problems;
};
function describeIssue(issue, raw, knownKeys) {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((k) => `${pathText([...issue.path, k])}: unknown key${suggestKey(k, knownKeys)}`).join("; ");
  }
  const path = pathText(issue.path);
  const named = issue.code === "custom" ? issue.params?.value : void 0;
  const value = named ?? valueAt(raw, issue.path);
  if (value === void 0) return `${path}: required, but missing`;
  return `${path}: ${issue.message} (got ${preview(value)})`;
}
function pathText(path) {
  if (path.length === 0) return "(top level)";
  return path.map((key, i) => {
    if (typeof key === "number") return `[${key}]`;
    const name = String(key);
    if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) return i === 0 ? name : `.${name}`;
    return `[${JSON.stringify(name.length > 60 ? `${name.slice(0, 59)}…` : name)}]`;
  }).join("");
}
function preview(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
function suggestKey(key, knownKeys) {
  const squash = (k) => k.toLowerCase().replace(/[-_\s]/g, "");
  const match = knownKeys.find((known) => squash(known) === squash(key));
  return match === void 0 ? "" : ` (did you mean ${match}?)`;
}
function valueAt(raw, path) {
  let value = raw;
  for (const key of path) {
    if (typeof value !== "object" || value === null || typeof key === "symbol") return void 0;
    if (!Object.hasOwn(value, key)) return void 0;
    value = value[key];
  }
  return value;
}

// src/policy/defaults.ts
var DEFAULT_KINDS = ["feature", "bugfix", "refactor", "docs", "test", "chore"];
var DEFAULT_TASK_MAPPINGS = {
  labels: {
    feature: "feature",
    enhancement: "feature",
    bug: "bugfix",
    bugfix: "bugfix",
    refactor: "refactor",
    refactoring: "refactor",
    documentation: "docs",
    docs: "docs",
    test: "test",
    tests: "test",
    chore: "chore",
    dependencies: "chore"
  },
  branchPrefixes: {
    "feat/": "feature",
    "feature/": "feature",
    "fix/": "bugfix",
    "bugfix/": "bugfix",
    "hotfix/": "bugfix",
    "refactor/": "refactor",
    "docs/": "docs",
    "doc/": "docs",
    "test/": "test",
    "tests/": "test",
    "chore/": "chore",
    "ci/": "chore",
    "build/": "chore",
    "deps/": "chore",
    "dependabot/": "chore"
  },
  titleTypes: {
    feat: "feature",
    fix: "bugfix",
    refactor: "refactor",
    perf: "refactor",
    docs: "docs",
    test: "test",
    chore: "chore",
    ci: "chore",
    build: "chore",
    style: "chore"
  }
};
var DEFAULT_MECHANICAL = ["docs", "chore"];
var DEFAULT_WARN_AT = 0.75;
var DEFAULT_OPEN_ENDED = { compactions: 1, peakContextTokens: 15e4, turns: 40, durationMinutes: 120 };
var DEFAULT_HISTORY_DAYS = 90;
var DEFAULT_MIN_SESSIONS = 3;
var DEFAULT_CACHE_TARGET = 0.6;
var FALLBACK_KEY = "default";

// src/policy/config.ts
var kindName = string().regex(/^[a-z][a-z0-9_-]{0,31}$/, 'must be a task kind: lowercase letters, digits, "-" or "_", at most 32').refine((k) => k !== FALLBACK_KEY, `"${FALLBACK_KEY}" is reserved for the fallback budget`);
var mappingKey = string().min(1).max(100);
var modelId = string().min(1).max(200).regex(/^[A-Za-z0-9._:@/[\]+-]+$/, "must be a model id");
var money = number().min(0, "must not be negative").max(1e9);
var tokens = number().int("must be a whole number of tokens").min(0, "must not be negative");
var share = number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1");
var positiveCount = number().int("must be a whole number").min(1, "must be at least 1");
var LimitSchema = strictObject({
  usd: money.optional().describe("Limit in US dollars."),
  local: money.optional().describe("Limit in the display currency (needs `currency`), converted at its rate."),
  tokens: tokens.optional().describe("Limit in tokens: input + output + cache write + cache read.")
}).refine((l) => l.usd === void 0 || l.local === void 0, { error: "give usd or local, not both" });
var BudgetSchema = strictObject({
  perPr: LimitSchema.optional().describe("Limits on the whole pull request."),
  perSession: LimitSchema.optional().describe("Limits on each session."),
  warnAt: share.optional().describe("Share of a limit at which the verdict becomes a warning (default 0.75)."),
  allowedModels: array(modelId).min(1).max(100).optional().describe("Models this work may use; others warn."),
  preferredModel: modelId.optional().describe("The cheaper model advised for mechanical task kinds.")
});
var OpenEndedSchema = strictObject({
  peakContextTokens: positiveCount.optional(),
  turns: positiveCount.optional(),
  durationMinutes: number().positive("must be more than 0").optional(),
  compactions: positiveCount.optional(),
  totalTokens: positiveCount.optional()
}).describe("A session that reaches any of these is open-ended. Giving this replaces the defaults.");
var BaselineFiguresSchema = strictObject({
  scopedUsd: money.optional().describe("Typical cost of a scoped session, USD."),
  openEndedUsd: money.optional().describe("Typical cost of an open-ended session, USD.")
});
var TasksSchema = strictObject({
  kinds: array(kindName).min(1).max(50).optional().describe("Task kinds (default: feature, bugfix, refactor, docs, test, chore)."),
  labels: record(mappingKey, kindName).optional().describe("PR label → kind. The first listed label the PR has wins."),
  branchPrefixes: record(mappingKey, kindName).optional().describe("Branch prefix → kind. The longest match wins."),
  titleTypes: record(mappingKey, kindName).optional().describe("Conventional-commit type of the PR title → kind."),
  default: kindName.optional().describe("Kind when nothing matches (default: feature)."),
  mechanical: array(kindName).optional().describe("Kinds that get cheaper-model advice (default: docs, chore).")
});
var ScopeSchema = strictObject({
  useDeclared: boolean().default(true).describe("Trust a record's declared scope over the thresholds."),
  openEnded: OpenEndedSchema.optional()
});
var BaselineSchema = strictObject({
  source: _enum(["auto", "config", "history"]).default("auto").describe("auto: history when given, else perTask."),
  perTask: record(string().min(1).max(64), BaselineFiguresSchema).default({}).describe("Per kind, or `default`."),
  historyDays: number().int().min(1).max(3660).default(DEFAULT_HISTORY_DAYS),
  minSessions: positiveCount.max(1e4).default(DEFAULT_MIN_SESSIONS).describe("Sessions a kind needs for its own median.")
});
var CurrencySchema = strictObject({
  code: string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as HKD").refine((c) => c !== "USD", "USD is always shown; name the other currency"),
  perUsd: number().positive("must be more than 0").max(1e9).describe("Units of this currency per US dollar.")
}).describe("A display currency beside USD, at a fixed rate: no rate is fetched.");
var timeZone = string().min(1).max(64).refine((zone) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, "must be an IANA time zone such as Asia/Hong_Kong");
var PeriodSchema = strictObject({
  timeZone: timeZone.default("UTC").describe("The zone days, weeks and months of the period report are counted in."),
  dailyLimit: LimitSchema.optional().describe("Per developer per day, checked in the period report.")
});
var ConfigSchema = strictObject({
  version: literal(1).default(1),
  tasks: TasksSchema.prefault({}),
  budgets: record(string().min(1).max(64), BudgetSchema).default({}).describe("Budgets per task kind; the `default` entry applies to kinds without their own, field by field."),
  scope: ScopeSchema.prefault({}),
  baseline: BaselineSchema.prefault({}),
  cache: strictObject({ hitRateTarget: share.default(DEFAULT_CACHE_TARGET) }).prefault({}),
  currency: CurrencySchema.optional(),
  period: PeriodSchema.prefault({}),
  developer: _enum(["email", "login"]).default("email").describe("How records name their developer.")
}).superRefine((config, ctx) => {
  const kinds = config.tasks.kinds ?? DEFAULT_KINDS;
  const known = (kind, path) => {
    if (kinds.includes(kind)) return;
    ctx.addIssue({
      code: "custom",
      path,
      params: { value: kind },
      message: `not a task kind (kinds: ${kinds.join(", ")})`
    });
  };
  const { tasks, budgets, baseline } = config;
  for (const field of ["labels", "branchPrefixes", "titleTypes"]) {
    for (const [key, kind] of Object.entries(tasks[field] ?? {})) known(kind, ["tasks", field, key]);
  }
  if (tasks.default !== void 0) known(tasks.default, ["tasks", "default"]);
  tasks.mechanical?.forEach((kind, i) => known(kind, ["tasks", "mechanical", i]));
  for (const key of Object.keys(budgets)) if (key !== FALLBACK_KEY) known(key, ["budgets", key]);
  for (const key of Object.keys(baseline.perTask)) if (key !== FALLBACK_KEY) known(key, ["baseline", "perTask", key]);
  if (config.currency === void 0) {
    for (const [key, budget] of Object.entries(budgets)) {
      for (const limit of ["perPr", "perSession"]) {
        if (budget[limit]?.local === void 0) continue;
        ctx.addIssue({
          code: "custom",
          path: ["budgets", key, limit, "local"],
          message: "a local-currency limit needs `currency`"
        });
      }
    }
    if (config.period.dailyLimit?.local !== void 0) {
      ctx.addIssue({
        code: "custom",
        path: ["period", "dailyLimit", "local"],
        message: "a local-currency limit needs `currency`"
      });
    }
  } else if (!knownCurrency(config.currency.code)) {
    ctx.addIssue({ code: "custom", path: ["currency", "code"], message: "not an ISO 4217 currency code" });
  }
});
function validateConfig(raw, fileName) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new ConfigError(fileName, [`the file must be a mapping of keys (got ${preview(raw)})`]);
  }
  const result = ConfigSchema.safeParse(raw);
  if (!result.success) {
    throw new ConfigError(
      fileName,
      result.error.issues.slice(0, 10).map((issue) => describeIssue(issue, raw, KNOWN_KEYS))
    );
  }
  return resolveConfig(result.data);
}
function resolveConfig(raw) {
  const kinds = [...raw.tasks.kinds ?? DEFAULT_KINDS];
  const mapping = (given, defaults) => new Map(Object.entries(given ?? defaults).filter(([, kind]) => kinds.includes(kind)));
  return {
    version: 1,
    tasks: {
      kinds,
      labels: mapping(raw.tasks.labels, DEFAULT_TASK_MAPPINGS.labels),
      branchPrefixes: mapping(raw.tasks.branchPrefixes, DEFAULT_TASK_MAPPINGS.branchPrefixes),
      titleTypes: mapping(raw.tasks.titleTypes, DEFAULT_TASK_MAPPINGS.titleTypes),
      default: raw.tasks.default ?? (kinds.includes("feature") ? "feature" : kinds[0]),
      mechanical: raw.tasks.mechanical ?? DEFAULT_MECHANICAL.filter((k) => kinds.includes(k))
    },
    budgets: new Map(Object.entries(raw.budgets)),
    scope: { useDeclared: raw.scope.useDeclared, openEnded: raw.scope.openEnded ?? DEFAULT_OPEN_ENDED },
    baseline: { ...raw.baseline, perTask: new Map(Object.entries(raw.baseline.perTask)) },
    cache: raw.cache,
    currency: raw.currency ?? null,
    period: {
      timeZone: raw.period.timeZone,
      dailyLimit: {
        usd: raw.period.dailyLimit?.local !== void 0 && raw.currency !== void 0 ? raw.period.dailyLimit.local / raw.currency.perUsd : raw.period.dailyLimit?.usd,
        tokens: raw.period.dailyLimit?.tokens
      }
    },
    developer: raw.developer
  };
}
var DEFAULT_CONFIG = resolveConfig(ConfigSchema.parse({}));
var KNOWN_KEYS = [
  ConfigSchema,
  TasksSchema,
  BudgetSchema,
  LimitSchema,
  OpenEndedSchema,
  BaselineFiguresSchema,
  ScopeSchema,
  BaselineSchema,
  CurrencySchema
].flatMap((schema) => Object.keys(schema.shape));
KNOWN_KEYS.push("hitRateTarget");
var currencies;
function knownCurrency(code) {
  currencies ??= new Set(Intl.supportedValuesOf("currency"));
  return currencies.has(code);
}

export {
  ConfigError,
  DEFAULT_WARN_AT,
  FALLBACK_KEY,
  validateConfig,
  DEFAULT_CONFIG
};
