import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  iso_exports
} from "./chunk-3LTKHBKQ.js";
import {
  array,
  boolean,
  literal,
  number,
  strictObject,
  string,
  union
} from "./chunk-TNO7S6WT.js";
import {
  UsageError
} from "./chunk-HRLD7PK4.js";

// src/commands/pricing-file.ts
import { readFile } from "node:fs/promises";

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
  const problems = result.error.issues.map((issue) => `${pathText(issue.path)}: ${issue.message}`);
  throw new Error(`invalid ${what}: ${problems.join("; ")}`);
}
function pathText(path) {
  if (path.length === 0) return "(root)";
  return path.map((key, i) => typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`).join("");
}
function loadPriceBook(json) {
  return parseOrThrow(PriceBookSchema, json, "price book");
}
var shippedBook;
function defaultPriceBook() {
  shippedBook ??= loadPriceBook(prices_default);
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

// src/commands/pricing-file.ts
async function priceBookFrom(pricingFile) {
  const base = defaultPriceBook();
  if (pricingFile === void 0) return base;
  let text;
  try {
    text = await readFile(pricingFile, "utf8");
  } catch {
    throw new UsageError(`${pricingFile}: cannot read the pricing file`);
  }
  try {
    return mergePriceBooks(base, loadPriceBook(JSON.parse(text)));
  } catch (error) {
    throw new UsageError(`${pricingFile}: ${error instanceof Error ? error.message : "invalid price book"}`);
  }
}

// src/pricing/resolve.ts
var ALIASES = /* @__PURE__ */ new Set(["opus", "sonnet", "haiku", "fable", "mythos", "opusplan", "default"]);
var SYNTHETIC = "<synthetic>";
var GATEWAY_PREFIXES = [
  ["anthropic/", "anthropic"],
  ["bedrock/", "bedrock"],
  ["vertex_ai/", "vertex"]
];
var BEDROCK_ID = /^(?:(us|eu|apac|au|jp|global)\.)?anthropic\.(.+?)(?:-v\d+(?::\d+(?::\d+k)?)?)?$/;
var VERTEX_DATED = /^(.+)@(\d{8})$/;
var VERTEX_DEFAULT = /^(.+)@default$/;
var LONG_CONTEXT_SUFFIX = "[1m]";
var cache = /* @__PURE__ */ new WeakMap();
var indexes = /* @__PURE__ */ new WeakMap();
function resolveModel(book, rawId) {
  let memo = cache.get(book);
  if (memo === void 0) {
    memo = /* @__PURE__ */ new Map();
    cache.set(book, memo);
  }
  let resolution = memo.get(rawId);
  if (resolution === void 0) {
    resolution = resolveUncached(book, rawId);
    memo.set(rawId, resolution);
  }
  return resolution;
}
function rowOf(book, model) {
  return indexOf(book).get(model);
}
function indexOf(book) {
  let index = indexes.get(book);
  if (index === void 0) {
    index = /* @__PURE__ */ new Map();
    for (const row of book.models) {
      for (const id of [row.model, ...row.ids]) index.set(id, row);
    }
    indexes.set(book, index);
  }
  return index;
}
function resolveUncached(book, rawId) {
  const parsed = parseId(rawId);
  if ("reason" in parsed) return { ok: false, reason: parsed.reason };
  if (parsed.id === SYNTHETIC) {
    return { ok: false, reason: "'<synthetic>' is a message Claude Code made locally, not a model" };
  }
  if (ALIASES.has(parsed.id)) {
    return { ok: false, reason: `alias '${parsed.id}' does not name a model version` };
  }
  const row = indexOf(book).get(parsed.id);
  if (row === void 0) return { ok: false, reason: `model '${rawId}' not in price book` };
  const { provider, regional, longContextSuffix } = parsed;
  return { ok: true, model: row.model, provider, regional, longContextSuffix };
}
function parseId(rawId) {
  let id = rawId.trim().toLowerCase();
  let provider = "anthropic";
  let regional = false;
  for (const [prefix, gateway] of GATEWAY_PREFIXES) {
    if (id.startsWith(prefix)) {
      id = id.slice(prefix.length);
      provider = gateway;
      break;
    }
  }
  const longContextSuffix = id.endsWith(LONG_CONTEXT_SUFFIX);
  if (longContextSuffix) id = id.slice(0, -LONG_CONTEXT_SUFFIX.length);
  if (id.startsWith("arn:")) {
    provider = "bedrock";
    id = id.slice(id.lastIndexOf("/") + 1);
    if (!BEDROCK_ID.test(id)) {
      return { reason: `Bedrock ARN '${rawId}' does not name a model (application inference profile?)` };
    }
  }
  const bedrock = BEDROCK_ID.exec(id);
  if (bedrock !== null) {
    provider = "bedrock";
    regional = bedrock[1] !== "global";
    id = bedrock[2] ?? "";
  } else if (id.includes("@")) {
    provider = "vertex";
    const dated = VERTEX_DATED.exec(id);
    const pinnedDefault = VERTEX_DEFAULT.exec(id);
    if (dated !== null) id = `${dated[1] ?? ""}-${dated[2] ?? ""}`;
    else if (pinnedDefault !== null) id = pinnedDefault[1] ?? "";
    else return { reason: `unrecognised Vertex version in '${rawId}'` };
  }
  if (id === "") return { reason: `empty model id in '${rawId}'` };
  return { id, provider, regional, longContextSuffix };
}

// src/pricing/price.ts
var WEB_SEARCH_PICO_PER_REQUEST = 10000000000n;
var RULE_FAST = "fast mode rates";
var RULE_LONG_CONTEXT = "long-context tier (prompt >200k): every token at premium rates";
var RULE_FAST_NOT_LONG_CONTEXT = "fast mode rates used; long-context tier not combined";
var RULE_BAND_UNKNOWN = "prompt size unknown: tiers not applied";
var RULE_US_GEO = "us geo ×1.1";
var RULE_REGIONAL = "regional cloud endpoint ×1.1";
var RULE_WEB_SEARCH = "web search $0.01 per request";
function ratePico(usdPerMillion) {
  return BigInt(Math.round(usdPerMillion * 1e6));
}
function priceTokensAtRates(tokens, rates) {
  return BigInt(tokens.inputTokens) * ratePico(rates.input) + BigInt(tokens.outputTokens) * ratePico(rates.output) + BigInt(tokens.cacheWrite5mTokens) * ratePico(rates.cacheWrite5m) + BigInt(tokens.cacheWrite1hTokens) * ratePico(rates.cacheWrite1h) + BigInt(tokens.cacheReadTokens) * ratePico(rates.cacheRead);
}
function entryOn(row, day) {
  let found;
  for (const entry of row.prices) {
    if (entry.from === null || entry.from <= day) found = entry;
    else break;
  }
  return found;
}
function ratesFor(book, model, day, speed) {
  const resolution = resolveModel(book, model);
  if (!resolution.ok) return resolution;
  const row = rowOf(book, resolution.model);
  if (row === void 0) return { ok: false, reason: `model '${model}' not in price book` };
  const entry = entryOn(row, day);
  if (entry === void 0) {
    return { ok: false, reason: `no price for ${row.model} in force on ${day}` };
  }
  if (speed === "fast") {
    if (entry.fast === void 0) {
      return { ok: false, reason: `${row.model} has no fast-mode rates on ${day}` };
    }
    return { ok: true, model: row.model, row, entry, rates: entry.fast };
  }
  const { input, output, cacheWrite5m, cacheWrite1h, cacheRead } = entry;
  const rates = { input, output, cacheWrite5m, cacheWrite1h, cacheRead };
  return { ok: true, model: row.model, row, entry, rates };
}
function bandAbove(band, above) {
  if (above === 1e5) return band === "100k-200k" || band === "gt200k";
  return band === "gt200k";
}
function priceBucket(book, bucket) {
  const lookup = ratesFor(book, bucket.model, bucket.day, bucket.speed);
  if (!lookup.ok) return { priced: false, reason: lookup.reason };
  const { row, entry } = lookup;
  let rates = lookup.rates;
  const rules = [];
  if (bucket.speed === "fast") rules.push(RULE_FAST);
  let multiplier = 1n;
  const hasTier = entry.longContext !== void 0 || entry.promptTier !== void 0;
  if (bucket.band === "unknown") {
    if (hasTier) rules.push(RULE_BAND_UNKNOWN);
  } else {
    const long = entry.longContext;
    if (long !== void 0 && bandAbove(bucket.band, long.above)) {
      if (bucket.speed === "fast") rules.push(RULE_FAST_NOT_LONG_CONTEXT);
      else {
        rates = long.rates;
        rules.push(RULE_LONG_CONTEXT);
      }
    }
    const tier = entry.promptTier;
    if (tier !== void 0 && bandAbove(bucket.band, tier.above)) {
      multiplier = BigInt(tier.multiplier);
      rules.push(`prompt over ${tier.above / 1e3}k tokens: every token ×${tier.multiplier}`);
    }
  }
  let numerator = 1n;
  let denominator = 1n;
  if (bucket.geo === "us" && row.usGeoMultiplier) {
    numerator *= 11n;
    denominator *= 10n;
    rules.push(RULE_US_GEO);
  }
  const resolution = resolveModel(book, bucket.model);
  if (resolution.ok && resolution.regional && row.cloudRegionalPremium) {
    numerator *= 11n;
    denominator *= 10n;
    rules.push(RULE_REGIONAL);
  }
  const tokenPico = divideRounded(
    priceTokensAtRates(bucket, rates) * multiplier * numerator,
    denominator
  );
  const webPico = BigInt(bucket.webSearchRequests) * WEB_SEARCH_PICO_PER_REQUEST;
  if (bucket.webSearchRequests > 0) rules.push(RULE_WEB_SEARCH);
  return { priced: true, model: row.model, costPico: tokenPico + webPico, rules };
}
function priceBucketAs(book, bucket, model) {
  return priceBucket(book, { ...bucket, model });
}
function divideRounded(value, divisor) {
  return (value + divisor / 2n) / divisor;
}

export {
  priceBookFrom,
  resolveModel,
  rowOf,
  entryOn,
  priceBucket,
  priceBucketAs
};
