import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ConfigError,
  defaultConfig,
  defaultPriceBook,
  loadPriceBook,
  mergePriceBooks
} from "./chunk-LLHTNJT7.js";
import {
  repoRoot
} from "./chunk-IG6NQODR.js";
import {
  UsageError
} from "./chunk-HRLD7PK4.js";

// src/commands/config-file.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
var DEFAULT_CONFIG_PATH = join(".github", "claude-cost.yml");
async function loadConfig(flag, cwd, root) {
  let path;
  if (flag !== void 0) path = resolve(cwd, flag);
  else {
    path = join(root ?? await repoRoot(cwd) ?? cwd, DEFAULT_CONFIG_PATH);
    if (!existsSync(path)) return { config: defaultConfig(), configFile: null };
  }
  const shown = relative(cwd, path) || path;
  try {
    return { config: await readConfigFile(path, shown), configFile: shown };
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}
async function readConfigFile(path, shown) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new ConfigError(shown, ["cannot read the config file"]);
  }
  const { parseConfig } = await import("./config-yaml-J55B2WKR.js");
  return parseConfig(text, shown);
}

// src/commands/pricing-file.ts
import { readFile as readFile2 } from "node:fs/promises";
async function priceBookFrom(pricingFile, configPricing = null) {
  const base = configPricing === null ? defaultPriceBook() : mergePriceBooks(defaultPriceBook(), configPricing);
  if (pricingFile === void 0) return base;
  let text;
  try {
    text = await readFile2(pricingFile, "utf8");
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
  resolveModel,
  rowOf,
  entryOn,
  priceBucket,
  priceBucketAs,
  loadConfig,
  priceBookFrom
};
