import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  _enum,
  array,
  boolean,
  iso_exports,
  literal,
  number,
  record,
  strictObject,
  string,
  union
} from "./chunk-BJAOUQM4.js";

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
function describeIssue(issue, raw, knownKeys2) {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((k) => `${pathText([...issue.path, k])}: unknown key${suggestKey(k, knownKeys2)}`).join("; ");
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
function suggestKey(key, knownKeys2) {
  const squash = (k) => k.toLowerCase().replace(/[-_\s]/g, "");
  const match = knownKeys2.find((known) => squash(known) === squash(key));
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

// pricing/prices.json
var prices_default = {
  asOf: "2026-11-24",
  currency: "USD",
  unit: "per million tokens",
  models: [
    {
      model: "claude-fable-5-2",
      ids: [],
      usGeoMultiplier: true,
      cloudRegionalPremium: true,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
      checked: "2026-11-24",
      notes: "Released 2026-11-09; `fable` in Claude Code.",
      prices: [
        {
          from: null,
          input: 8,
          output: 40,
          cacheWrite5m: 10,
          cacheWrite1h: 16,
          cacheRead: 0.2,
          fast: {
            input: 16,
            output: 80,
            cacheWrite5m: 20,
            cacheWrite1h: 32,
            cacheRead: 0.4
          }
        }
      ]
    },
    {
      model: "claude-mythos-5-2",
      ids: [],
      usGeoMultiplier: true,
      cloudRegionalPremium: true,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
      checked: "2026-11-24",
      notes: "Limited availability. No fast rates published.",
      prices: [
        {
          from: null,
          input: 8,
          output: 40,
          cacheWrite5m: 10,
          cacheWrite1h: 16,
          cacheRead: 0.2
        }
      ]
    },
    {
      model: "claude-fable-5-1",
      ids: [],
      usGeoMultiplier: true,
      cloudRegionalPremium: true,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
      checked: "2026-11-24",
      notes: "Released 2026-09-01.",
      prices: [
        {
          from: null,
          input: 10,
          output: 50,
          cacheWrite5m: 12.5,
          cacheWrite1h: 20,
          cacheRead: 0.25
        }
      ]
    },
    {
      model: "claude-mythos-5-1",
      ids: [],
      usGeoMultiplier: true,
      cloudRegionalPremium: true,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
      checked: "2026-11-24",
      notes: "Released 2026-09-01.",
      prices: [
        {
          from: null,
          input: 10,
          output: 50,
          cacheWrite5m: 12.5,
          cacheWrite1h: 20,
          cacheRead: 0.25
        }
      ]
    },
    {
      model: "claude-fable-5",
      ids: [],
      usGeoMultiplier: true,
      cloudRegionalPremium: true,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
      checked: "2026-11-24",
      notes: "Released 2026-06-09. Cache read is 1.00, not 0.1 × input.",
      prices: [
        {
          from: null,
          input: 10,
          output: 50,
          cacheWrite5m: 12.5,
          cacheWrite1h: 20,
          cacheRead: 1
        }
      ]
    },
    {
      model: "claude-mythos-5",
      ids: [],
      usGeoMultiplier: true,
      cloudRegionalPremium: true,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
      checked: "2026-11-24",
      notes: "Released 2026-06-09. Cache read is 1.00, not 0.1 × input.",
      prices: [
        {
          from: null,
          input: 10,
          output: 50,
          cacheWrite5m: 12.5,
          cacheWrite1h: 20,
          cacheRead: 1
        }
      ]
    },
    {
      model: "claude-opus-5-5",
      ids: [],
      usGeoMultiplier: true,
      cloudRegionalPremium: true,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
      checked: "2026-11-24",
      notes: "Released ~2026-09-23; `opus` in Claude Code.",
      prices: [
        {
          from: null,
          input: 4,
          output: 20,
          cacheWrite5m: 5,
          cacheWrite1h: 8,
          cacheRead: 0.2,
          fast: {
            input: 8,
            output: 40,
            cacheWrite5m: 10,
            cacheWrite1h: 16,
            cacheRead: 0.4
          }
        }
      ]
    },
    {
      model: "claude-opus-5",
      ids: [],
      usGeoMultiplier: true,
      cloudRegionalPremium: true,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
      checked: "2026-11-24",
      notes: "Released 2026-07-24.",
      prices: [
        {
          from: null,
          input: 5,
          output: 25,
          cacheWrite5m: 6.25,
          cacheWrite1h: 10,
          cacheRead: 0.5,
          fast: {
            input: 10,
            output: 50,
            cacheWrite5m: 12.5,
            cacheWrite1h: 20,
            cacheRead: 1
          }
        }
      ]
    },
    {
      model: "claude-opus-4-8",
      ids: [],
      usGeoMultiplier: true,
      cloudRegionalPremium: true,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
      checked: "2026-11-24",
      notes: "Fast mode offered until 2026-11-30.",
      prices: [
        {
          from: null,
          input: 5,
          output: 25,
          cacheWrite5m: 6.25,
          cacheWrite1h: 10,
          cacheRead: 0.5,
          fast: {
            input: 10,
            output: 50,
            cacheWrite5m: 12.5,
            cacheWrite1h: 20,
            cacheRead: 1
          }
        },
        {
          from: "2026-12-01",
          input: 5,
          output: 25,
          cacheWrite5m: 6.25,
          cacheWrite1h: 10,
          cacheRead: 0.5
        }
      ]
    },
    {
      model: "claude-opus-4-7",
      ids: [],
      usGeoMultiplier: true,
      cloudRegionalPremium: true,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
      checked: "2026-11-24",
      prices: [
        {
          from: null,
          input: 5,
          output: 25,
          cacheWrite5m: 6.25,
          cacheWrite1h: 10,
          cacheRead: 0.5
        }
      ]
    },
    {
      model: "claude-opus-4-6",
      ids: [],
      usGeoMultiplier: true,
      cloudRegionalPremium: true,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing, copies through 2026-08-21 and later)",
      checked: "2026-11-24",
      notes: "Long-context premium until 2026-03-13; fast-mode preview Feb–Jul 2026 (encoded 2026-02-01 to 2026-07-31).",
      prices: [
        {
          from: null,
          input: 5,
          output: 25,
          cacheWrite5m: 6.25,
          cacheWrite1h: 10,
          cacheRead: 0.5,
          longContext: {
            above: 2e5,
            rates: {
              input: 10,
              output: 37.5,
              cacheWrite5m: 12.5,
              cacheWrite1h: 20,
              cacheRead: 1
            }
          }
        },
        {
          from: "2026-02-01",
          input: 5,
          output: 25,
          cacheWrite5m: 6.25,
          cacheWrite1h: 10,
          cacheRead: 0.5,
          fast: {
            input: 30,
            output: 150,
            cacheWrite5m: 37.5,
            cacheWrite1h: 60,
            cacheRead: 3
          },
          longContext: {
            above: 2e5,
            rates: {
              input: 10,
              output: 37.5,
              cacheWrite5m: 12.5,
              cacheWrite1h: 20,
              cacheRead: 1
            }
          }
        },
        {
          from: "2026-03-14",
          input: 5,
          output: 25,
          cacheWrite5m: 6.25,
          cacheWrite1h: 10,
          cacheRead: 0.5,
          fast: {
            input: 30,
            output: 150,
            cacheWrite5m: 37.5,
            cacheWrite1h: 60,
            cacheRead: 3
          }
        },
        {
          from: "2026-08-01",
          input: 5,
          output: 25,
          cacheWrite5m: 6.25,
          cacheWrite1h: 10,
          cacheRead: 0.5
        }
      ]
    },
    {
      model: "claude-opus-4-5-20251101",
      ids: ["claude-opus-4-5"],
      usGeoMultiplier: false,
      cloudRegionalPremium: true,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
      checked: "2026-11-24",
      prices: [
        {
          from: null,
          input: 5,
          output: 25,
          cacheWrite5m: 6.25,
          cacheWrite1h: 10,
          cacheRead: 0.5
        }
      ]
    },
    {
      model: "claude-opus-4-1-20250805",
      ids: ["claude-opus-4-1"],
      usGeoMultiplier: false,
      cloudRegionalPremium: false,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing); model overview and deprecation pages",
      checked: "2026-11-24",
      notes: "Retired on the first-party API in 2026; still on clouds.",
      prices: [
        {
          from: null,
          input: 15,
          output: 75,
          cacheWrite5m: 18.75,
          cacheWrite1h: 30,
          cacheRead: 1.5
        }
      ]
    },
    {
      model: "claude-opus-4-20250514",
      ids: ["claude-opus-4-0"],
      usGeoMultiplier: false,
      cloudRegionalPremium: false,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing); model overview and deprecation pages",
      checked: "2026-11-24",
      notes: "Retired on the first-party API in 2026; still on clouds.",
      prices: [
        {
          from: null,
          input: 15,
          output: 75,
          cacheWrite5m: 18.75,
          cacheWrite1h: 30,
          cacheRead: 1.5
        }
      ]
    },
    {
      model: "claude-3-opus-20240229",
      ids: ["claude-3-opus-latest"],
      usGeoMultiplier: false,
      cloudRegionalPremium: false,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing); model overview and deprecation pages",
      checked: "2026-11-24",
      notes: "Retired on the first-party API in 2026; still on clouds. LiteLLM's 1-hour write row for this model is wrong.",
      prices: [
        {
          from: null,
          input: 15,
          output: 75,
          cacheWrite5m: 18.75,
          cacheWrite1h: 30,
          cacheRead: 1.5
        }
      ]
    },
    {
      model: "claude-sonnet-5-5",
      ids: [],
      usGeoMultiplier: true,
      cloudRegionalPremium: true,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
      checked: "2026-11-24",
      notes: "Released ~2026-09-28; `sonnet` in Claude Code. Cache read 0.20 until 2026-10-06, 0.10 from 2026-10-07.",
      prices: [
        {
          from: null,
          input: 2,
          output: 10,
          cacheWrite5m: 2.5,
          cacheWrite1h: 4,
          cacheRead: 0.2
        },
        {
          from: "2026-10-07",
          input: 2,
          output: 10,
          cacheWrite5m: 2.5,
          cacheWrite1h: 4,
          cacheRead: 0.1
        }
      ]
    },
    {
      model: "claude-sonnet-5",
      ids: [],
      usGeoMultiplier: true,
      cloudRegionalPremium: true,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
      checked: "2026-11-24",
      notes: "Released 2026-06-30.",
      prices: [
        {
          from: null,
          input: 2,
          output: 10,
          cacheWrite5m: 2.5,
          cacheWrite1h: 4,
          cacheRead: 0.2
        }
      ]
    },
    {
      model: "claude-sonnet-4-6",
      ids: [],
      usGeoMultiplier: true,
      cloudRegionalPremium: true,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
      checked: "2026-11-24",
      notes: "Long-context premium until 2026-03-13.",
      prices: [
        {
          from: null,
          input: 3,
          output: 15,
          cacheWrite5m: 3.75,
          cacheWrite1h: 6,
          cacheRead: 0.3,
          longContext: {
            above: 2e5,
            rates: {
              input: 6,
              output: 22.5,
              cacheWrite5m: 7.5,
              cacheWrite1h: 12,
              cacheRead: 0.6
            }
          }
        },
        {
          from: "2026-03-14",
          input: 3,
          output: 15,
          cacheWrite5m: 3.75,
          cacheWrite1h: 6,
          cacheRead: 0.3
        }
      ]
    },
    {
      model: "claude-sonnet-4-5-20250929",
      ids: ["claude-sonnet-4-5"],
      usGeoMultiplier: false,
      cloudRegionalPremium: true,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
      checked: "2026-11-24",
      notes: "Long-context premium until 2026-03-31.",
      prices: [
        {
          from: null,
          input: 3,
          output: 15,
          cacheWrite5m: 3.75,
          cacheWrite1h: 6,
          cacheRead: 0.3,
          longContext: {
            above: 2e5,
            rates: {
              input: 6,
              output: 22.5,
              cacheWrite5m: 7.5,
              cacheWrite1h: 12,
              cacheRead: 0.6
            }
          }
        },
        {
          from: "2026-04-01",
          input: 3,
          output: 15,
          cacheWrite5m: 3.75,
          cacheWrite1h: 6,
          cacheRead: 0.3
        }
      ]
    },
    {
      model: "claude-sonnet-4-20250514",
      ids: ["claude-sonnet-4-0"],
      usGeoMultiplier: false,
      cloudRegionalPremium: false,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
      checked: "2026-11-24",
      notes: "Long-context premium until 2026-03-31.",
      prices: [
        {
          from: null,
          input: 3,
          output: 15,
          cacheWrite5m: 3.75,
          cacheWrite1h: 6,
          cacheRead: 0.3,
          longContext: {
            above: 2e5,
            rates: {
              input: 6,
              output: 22.5,
              cacheWrite5m: 7.5,
              cacheWrite1h: 12,
              cacheRead: 0.6
            }
          }
        },
        {
          from: "2026-04-01",
          input: 3,
          output: 15,
          cacheWrite5m: 3.75,
          cacheWrite1h: 6,
          cacheRead: 0.3
        }
      ]
    },
    {
      model: "claude-3-7-sonnet-20250219",
      ids: ["claude-3-7-sonnet-latest"],
      usGeoMultiplier: false,
      cloudRegionalPremium: false,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing); model overview and deprecation pages",
      checked: "2026-11-24",
      prices: [
        {
          from: null,
          input: 3,
          output: 15,
          cacheWrite5m: 3.75,
          cacheWrite1h: 6,
          cacheRead: 0.3
        }
      ]
    },
    {
      model: "claude-3-5-sonnet-20241022",
      ids: ["claude-3-5-sonnet-latest", "claude-3-5-sonnet-v2-20241022"],
      usGeoMultiplier: false,
      cloudRegionalPremium: false,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing); model overview and deprecation pages",
      checked: "2026-11-24",
      notes: "Vertex names it claude-3-5-sonnet-v2@20241022.",
      prices: [
        {
          from: null,
          input: 3,
          output: 15,
          cacheWrite5m: 3.75,
          cacheWrite1h: 6,
          cacheRead: 0.3
        }
      ]
    },
    {
      model: "claude-3-5-sonnet-20240620",
      ids: [],
      usGeoMultiplier: false,
      cloudRegionalPremium: false,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing); model overview and deprecation pages",
      checked: "2026-11-24",
      prices: [
        {
          from: null,
          input: 3,
          output: 15,
          cacheWrite5m: 3.75,
          cacheWrite1h: 6,
          cacheRead: 0.3
        }
      ]
    },
    {
      model: "claude-haiku-5-5",
      ids: [],
      usGeoMultiplier: true,
      cloudRegionalPremium: true,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
      checked: "2026-11-24",
      notes: "`haiku` in Claude Code. From ~2026-10-07 a prompt over 100,000 tokens bills every category ×5, output included.",
      prices: [
        {
          from: null,
          input: 0.1,
          output: 0.5,
          cacheWrite5m: 0.125,
          cacheWrite1h: 0.2,
          cacheRead: 0.01
        },
        {
          from: "2026-10-07",
          input: 0.1,
          output: 0.5,
          cacheWrite5m: 0.125,
          cacheWrite1h: 0.2,
          cacheRead: 0.01,
          promptTier: {
            above: 1e5,
            multiplier: 5
          }
        }
      ]
    },
    {
      model: "claude-haiku-4-5-20251001",
      ids: ["claude-haiku-4-5"],
      usGeoMultiplier: false,
      cloudRegionalPremium: true,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
      checked: "2026-11-24",
      prices: [
        {
          from: null,
          input: 1,
          output: 5,
          cacheWrite5m: 1.25,
          cacheWrite1h: 2,
          cacheRead: 0.1
        }
      ]
    },
    {
      model: "claude-3-5-haiku-20241022",
      ids: ["claude-3-5-haiku-latest"],
      usGeoMultiplier: false,
      cloudRegionalPremium: false,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing); model overview and deprecation pages",
      checked: "2026-11-24",
      prices: [
        {
          from: null,
          input: 0.8,
          output: 4,
          cacheWrite5m: 1,
          cacheWrite1h: 1.6,
          cacheRead: 0.08
        }
      ]
    },
    {
      model: "claude-3-haiku-20240307",
      ids: [],
      usGeoMultiplier: false,
      cloudRegionalPremium: false,
      source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing); model overview and deprecation pages",
      checked: "2026-11-24",
      notes: "LiteLLM's 1-hour write row for this model is wrong; 0.50 is Anthropic's.",
      prices: [
        {
          from: null,
          input: 0.25,
          output: 1.25,
          cacheWrite5m: 0.3,
          cacheWrite1h: 0.5,
          cacheRead: 0.03
        }
      ]
    }
  ]
};

// src/pricing/book.ts
var rate = number().finite().nonnegative().max(1e6);
var utcDay = iso_exports.date();
var RatesSchema = strictObject({
  input: rate,
  output: rate,
  cacheWrite5m: rate,
  cacheWrite1h: rate,
  cacheRead: rate
});
var threshold = union([literal(1e5), literal(2e5)]);
var PriceEntrySchema = strictObject({
  /** First UTC day the entry is in force (inclusive); null on the first entry means "always". */
  from: utcDay.nullable(),
  ...RatesSchema.shape,
  /** Replaces the rates when `usage.speed == "fast"`; absent: fast requests are unpriced. */
  fast: RatesSchema.optional(),
  /** Replaces the rates for every token of a request whose prompt is above `above`. */
  longContext: strictObject({ above: threshold, rates: RatesSchema }).optional(),
  /** Multiplies every category of a request whose prompt is above `above`. */
  promptTier: strictObject({ above: threshold, multiplier: number().int().positive().max(100) }).optional()
});
var modelId = string().min(1).max(200).regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be a lowercase model id (a-z, 0-9, ".", "_", "-")');
var ModelRowSchema = strictObject({
  model: modelId,
  ids: array(modelId).default([]),
  /** `inference_geo: "us"` costs ×1.1 (Claude 4.6 and later). */
  usGeoMultiplier: boolean().default(false),
  /** Regional Bedrock / Vertex endpoints cost +10% (Sonnet 4.5, Haiku 4.5, Opus 4.5 and later). */
  cloudRegionalPremium: boolean().default(false),
  source: string().min(1).max(500),
  checked: utcDay,
  notes: string().max(1e3).optional(),
  prices: array(PriceEntrySchema).min(1)
});
var ModelsSchema = array(ModelRowSchema).superRefine((rows, ctx) => {
  const owner = /* @__PURE__ */ new Map();
  rows.forEach((row, r) => {
    [row.model, ...row.ids].forEach((id, i) => {
      const seen = owner.get(id);
      if (seen !== void 0) {
        const path = i === 0 ? [r, "model"] : [r, "ids", i - 1];
        ctx.addIssue({ code: "custom", path, message: `id '${id}' is already used by ${seen}` });
      } else owner.set(id, row.model);
    });
    let last;
    row.prices.forEach((entry, p) => {
      const path = [r, "prices", p, "from"];
      if (entry.from === null) {
        if (p > 0) ctx.addIssue({ code: "custom", path, message: "only the first entry may be null" });
      } else {
        if (last !== void 0 && entry.from <= last) {
          const message = `dates must ascend: ${entry.from} is not after ${last}`;
          ctx.addIssue({ code: "custom", path, message });
        }
        last = entry.from;
      }
    });
  });
});
var PriceBookSchema = strictObject({
  asOf: utcDay,
  currency: literal("USD"),
  unit: literal("per million tokens"),
  models: ModelsSchema
});
var PriceBookOverrideSchema = PriceBookSchema.partial({
  asOf: true,
  currency: true,
  unit: true
});
function parseOrThrow(schema, json, what) {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${pathText2(issue.path)}: ${issue.message}`);
  throw new Error(`invalid ${what}: ${problems.join("; ")}`);
}
function pathText2(path) {
  if (path.length === 0) return "(root)";
  return path.map((key, i) => typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`).join("");
}
function loadPriceBook(json) {
  return parseOrThrow(PriceBookSchema, json, "price book");
}
var shippedBook;
function defaultPriceBook() {
  shippedBook ??= prices_default;
  return shippedBook;
}
function mergePriceBooks(base, override) {
  const replaced = new Map(override.models.map((row) => [row.model, row]));
  const models = base.models.map((row) => replaced.get(row.model) ?? row);
  const baseModels = new Set(base.models.map((row) => row.model));
  models.push(...override.models.filter((row) => !baseModels.has(row.model)));
  const asOf = override.asOf !== void 0 && override.asOf > base.asOf ? override.asOf : base.asOf;
  return loadPriceBook({ ...base, asOf, models });
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
var DEFAULT_USE_DECLARED = true;
var DEFAULT_BASELINE_SOURCE = "auto";
var DEFAULT_TIME_ZONE = "UTC";
var DEFAULT_DEVELOPER = "email";
var FALLBACK_KEY = "default";

// src/policy/config.ts
function buildSchemas() {
  const kindName = string().regex(/^[a-z][a-z0-9_-]{0,31}$/, 'must be a task kind: lowercase letters, digits, "-" or "_", at most 32').refine((k) => k !== FALLBACK_KEY, `"${FALLBACK_KEY}" is reserved for the fallback budget`);
  const mappingKey = string().min(1).max(100);
  const modelId2 = string().min(1).max(200).regex(/^[A-Za-z0-9._:@/[\]+-]+$/, "must be a model id");
  const money = number().min(0, "must not be negative").max(1e9);
  const tokens = number().int("must be a whole number of tokens").min(0, "must not be negative");
  const share = number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1");
  const positiveCount = number().int("must be a whole number").min(1, "must be at least 1");
  const LimitSchema = strictObject({
    usd: money.optional().describe("Limit in US dollars."),
    local: money.optional().describe("Limit in the display currency (needs `currency`), converted at its rate."),
    tokens: tokens.optional().describe("Limit in tokens: input + output + cache write + cache read.")
  }).refine((l) => l.usd === void 0 || l.local === void 0, { error: "give usd or local, not both" });
  const BudgetSchema = strictObject({
    perPr: LimitSchema.optional().describe("Limits on the whole pull request."),
    perSession: LimitSchema.optional().describe("Limits on each session."),
    warnAt: share.optional().describe("Share of a limit at which the verdict becomes a warning (default 0.75)."),
    allowedModels: array(modelId2).min(1).max(100).optional().describe("Models this work may use; others warn."),
    preferredModel: modelId2.optional().describe("The cheaper model advised for mechanical task kinds.")
  });
  const OpenEndedSchema = strictObject({
    peakContextTokens: positiveCount.optional(),
    turns: positiveCount.optional(),
    durationMinutes: number().positive("must be more than 0").optional(),
    compactions: positiveCount.optional(),
    totalTokens: positiveCount.optional()
  }).describe("A session that reaches any of these is open-ended. Giving this replaces the defaults.");
  const BaselineFiguresSchema = strictObject({
    scopedUsd: money.optional().describe("Typical cost of a scoped session, USD."),
    openEndedUsd: money.optional().describe("Typical cost of an open-ended session, USD.")
  });
  const TasksSchema = strictObject({
    kinds: array(kindName).min(1).max(50).optional().describe("Task kinds (default: feature, bugfix, refactor, docs, test, chore)."),
    labels: record(mappingKey, kindName).optional().describe("PR label → kind. The first listed label the PR has wins."),
    branchPrefixes: record(mappingKey, kindName).optional().describe("Branch prefix → kind. The longest match wins."),
    titleTypes: record(mappingKey, kindName).optional().describe("Conventional-commit type of the PR title → kind."),
    default: kindName.optional().describe("Kind when nothing matches (default: feature)."),
    mechanical: array(kindName).optional().describe("Kinds that get cheaper-model advice (default: docs, chore).")
  });
  const ScopeSchema = strictObject({
    useDeclared: boolean().default(DEFAULT_USE_DECLARED).describe("Trust a record's declared scope over the thresholds."),
    openEnded: OpenEndedSchema.optional()
  });
  const BaselineSchema = strictObject({
    source: _enum(["auto", "config", "history"]).default(DEFAULT_BASELINE_SOURCE).describe("auto: history when given, else perTask."),
    perTask: record(string().min(1).max(64), BaselineFiguresSchema).default({}).describe("Per kind, or `default`."),
    historyDays: number().int().min(1).max(3660).default(DEFAULT_HISTORY_DAYS),
    minSessions: positiveCount.max(1e4).default(DEFAULT_MIN_SESSIONS).describe("Sessions a kind needs for its own median.")
  });
  const CurrencySchema = strictObject({
    code: string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as HKD").refine((c) => c !== "USD", "USD is always shown; name the other currency"),
    perUsd: number().positive("must be more than 0").max(1e9).describe("Units of this currency per US dollar.")
  }).describe("A display currency beside USD, at a fixed rate: no rate is fetched.");
  const timeZone = string().min(1).max(64).refine((zone) => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "must be an IANA time zone such as Asia/Hong_Kong");
  const PeriodSchema = strictObject({
    timeZone: timeZone.default(DEFAULT_TIME_ZONE).describe("The zone days, weeks and months of the period report are counted in."),
    dailyLimit: LimitSchema.optional().describe("Per developer per day, checked in the period report.")
  });
  const ConfigSchema = strictObject({
    version: literal(1).default(1),
    tasks: TasksSchema.prefault({}),
    budgets: record(string().min(1).max(64), BudgetSchema).default({}).describe("Budgets per task kind; the `default` entry applies to kinds without their own, field by field."),
    scope: ScopeSchema.prefault({}),
    baseline: BaselineSchema.prefault({}),
    cache: strictObject({ hitRateTarget: share.default(DEFAULT_CACHE_TARGET) }).prefault({}),
    currency: CurrencySchema.optional(),
    period: PeriodSchema.prefault({}),
    developer: _enum(["email", "login"]).default(DEFAULT_DEVELOPER).describe("How records name their developer."),
    pricing: PriceBookOverrideSchema.optional().describe(
      "Price rows that replace (same `model`) or extend the shipped price book, in its format: `models`, each with `ids`, `source`, `checked` and dated `prices`."
    )
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
    for (const key of Object.keys(baseline.perTask))
      if (key !== FALLBACK_KEY) known(key, ["baseline", "perTask", key]);
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
  return {
    ConfigSchema,
    TasksSchema,
    BudgetSchema,
    LimitSchema,
    OpenEndedSchema,
    BaselineFiguresSchema,
    ScopeSchema,
    BaselineSchema,
    CurrencySchema
  };
}
var schemas;
function configSchemas() {
  schemas ??= buildSchemas();
  return schemas;
}
function validateConfig(raw, fileName) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new ConfigError(fileName, [`the file must be a mapping of keys (got ${preview(raw)})`]);
  }
  const result = configSchemas().ConfigSchema.safeParse(raw);
  if (!result.success) {
    const known = knownKeys();
    throw new ConfigError(
      fileName,
      result.error.issues.slice(0, 10).map((issue) => describeIssue(issue, raw, known))
    );
  }
  const pricing = result.data.pricing;
  if (pricing !== void 0) {
    try {
      mergePriceBooks(defaultPriceBook(), pricing);
    } catch (error) {
      throw new ConfigError(fileName, [`pricing: ${error instanceof Error ? error.message : "invalid price rows"}`]);
    }
  }
  return resolveConfig(result.data);
}
function resolveConfig(raw) {
  const kinds = [...raw.tasks.kinds ?? DEFAULT_KINDS];
  const mapping = (given, defaults2) => new Map(Object.entries(given ?? defaults2).filter(([, kind]) => kinds.includes(kind)));
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
    developer: raw.developer,
    pricing: raw.pricing ?? null
  };
}
var defaults;
function defaultConfig() {
  defaults ??= resolveConfig({
    version: 1,
    tasks: {},
    budgets: {},
    scope: { useDeclared: DEFAULT_USE_DECLARED },
    baseline: {
      source: DEFAULT_BASELINE_SOURCE,
      perTask: {},
      historyDays: DEFAULT_HISTORY_DAYS,
      minSessions: DEFAULT_MIN_SESSIONS
    },
    cache: { hitRateTarget: DEFAULT_CACHE_TARGET },
    period: { timeZone: DEFAULT_TIME_ZONE },
    developer: DEFAULT_DEVELOPER
  });
  return defaults;
}
function knownKeys() {
  const { ConfigSchema, TasksSchema, BudgetSchema, LimitSchema, OpenEndedSchema } = configSchemas();
  const { BaselineFiguresSchema, ScopeSchema, BaselineSchema, CurrencySchema } = configSchemas();
  return [
    ...[ConfigSchema, TasksSchema, BudgetSchema, LimitSchema, OpenEndedSchema].flatMap((s) => Object.keys(s.shape)),
    ...[BaselineFiguresSchema, ScopeSchema, BaselineSchema, CurrencySchema].flatMap((s) => Object.keys(s.shape)),
    "hitRateTarget"
  ];
}
var currencies;
function knownCurrency(code) {
  currencies ??= new Set(Intl.supportedValuesOf("currency"));
  return currencies.has(code);
}

export {
  DEFAULT_WARN_AT,
  FALLBACK_KEY,
  loadPriceBook,
  defaultPriceBook,
  mergePriceBooks,
  ConfigError,
  validateConfig,
  defaultConfig
};
