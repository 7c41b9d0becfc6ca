import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  entryOn,
  loadConfig,
  priceBookFrom,
  resolveModel,
  rowOf
} from "./chunk-EU4B5VDZ.js";
import "./chunk-LLHTNJT7.js";
import "./chunk-BJAOUQM4.js";
import {
  parseCommandArgs
} from "./chunk-ZKXKXHQW.js";
import "./chunk-IG6NQODR.js";
import {
  EXIT,
  UsageError
} from "./chunk-HRLD7PK4.js";
import "./chunk-LQK3ML4U.js";

// src/pricing/show.ts
var RATE_FIELDS = [
  ["input", "input"],
  ["cacheWrite5m", "5m write"],
  ["cacheWrite1h", "1h write"],
  ["cacheRead", "cache read"],
  ["output", "output"]
];
function money(rate) {
  const fixed = rate.toFixed(2);
  return Number(fixed) === rate ? fixed : String(rate);
}
function ratesText(rates) {
  return RATE_FIELDS.map(([field, label]) => `${label} ${money(rates[field])}`).join(", ");
}
function sameRates(a, b) {
  return RATE_FIELDS.every(([field]) => a[field] === b[field]);
}
function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells) => cells.map((cell, i) => {
    const width = widths[i] ?? 0;
    return i === 0 || i === cells.length - 1 ? cell.padEnd(width) : cell.padStart(width);
  }).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}
function extras(row, entry) {
  const parts = [];
  if (entry.fast) parts.push("fast");
  if (entry.longContext) parts.push(`long context >${entry.longContext.above / 1e3}k`);
  if (entry.promptTier) {
    parts.push(`×${entry.promptTier.multiplier} over ${entry.promptTier.above / 1e3}k`);
  }
  if (row.usGeoMultiplier) parts.push("us geo ×1.1");
  if (row.cloudRegionalPremium) parts.push("regional ×1.1");
  return parts.join("; ");
}
function changeText(before, after) {
  const changes = [];
  for (const [field, label] of RATE_FIELDS) {
    if (before[field] !== after[field]) {
      changes.push(`${label} ${money(before[field])} → ${money(after[field])}`);
    }
  }
  if (before.fast && !after.fast) changes.push("fast mode ends");
  else if (!before.fast && after.fast) changes.push(`fast mode: ${ratesText(after.fast)}`);
  else if (before.fast && after.fast && !sameRates(before.fast, after.fast)) {
    changes.push(`fast mode now ${ratesText(after.fast)}`);
  }
  if (before.longContext && !after.longContext) changes.push("long-context premium ends");
  else if (!before.longContext && after.longContext) changes.push("long-context premium starts");
  if (before.promptTier && !after.promptTier) changes.push("prompt tier ends");
  else if (!before.promptTier && after.promptTier) {
    const { above, multiplier } = after.promptTier;
    changes.push(`prompts over ${above.toString()} tokens bill every category ×${multiplier}`);
  }
  return changes.length > 0 ? changes.join("; ") : "no change";
}
function describeBook(book) {
  const out = [`Claude price book as of ${book.asOf}, ${book.currency} ${book.unit}`, ""];
  const rows = [];
  const fast = [];
  const longContext = [];
  const changes = [];
  const ids = [];
  for (const row of book.models) {
    const entry = entryOn(row, book.asOf) ?? row.prices[0];
    if (entry === void 0) continue;
    rows.push([row.model, ...RATE_FIELDS.map(([field]) => money(entry[field])), extras(row, entry)]);
    if (entry.fast) fast.push(`  ${row.model}: ${ratesText(entry.fast)}`);
    if (entry.longContext) {
      const { above, rates } = entry.longContext;
      longContext.push(`  ${row.model}: prompt over ${above / 1e3}k, every token at ${ratesText(rates)}`);
    }
    row.prices.forEach((after, i) => {
      const before = row.prices[i - 1];
      if (before !== void 0 && after.from !== null) {
        changes.push(`  ${row.model} from ${after.from}: ${changeText(before, after)}`);
      }
    });
    if (row.ids.length > 0) ids.push(`  ${row.model}: ${row.ids.join(", ")}`);
  }
  const header = ["Model", ...RATE_FIELDS.map(([, label]) => label), "Also"];
  out.push(...table(header, rows));
  const section = (title, lines) => {
    if (lines.length > 0) out.push("", title, ...lines);
  };
  section(`Fast mode (on ${book.asOf}):`, fast);
  section(`Long-context premium (on ${book.asOf}):`, longContext);
  section("Dated changes (UTC day, inclusive):", changes);
  section("Other ids for the same model:", ids);
  section("Sources:", sourceLines(book));
  out.push(
    "",
    "Cache writes without a 5m/1h split are priced at the 5m rate. Web search: $0.01 per request.",
    "Unknown models and aliases (opus, sonnet, haiku, fable) are unpriced, never priced as $0."
  );
  return `${out.join("\n")}
`;
}
function sourceLines(book) {
  const bySource = /* @__PURE__ */ new Map();
  for (const row of book.models) {
    const key = `${row.source} (checked ${row.checked})`;
    bySource.set(key, [...bySource.get(key) ?? [], row.model]);
  }
  return [...bySource].map(([source, models]) => `  ${source}: ${models.join(", ")}`);
}
function describeResolution(book, rawId, day) {
  const on = day ?? book.asOf;
  const resolution = resolveModel(book, rawId);
  if (!resolution.ok) return `${rawId}
  not priced: ${resolution.reason}
`;
  const row = rowOf(book, resolution.model);
  if (row === void 0) return `${rawId}
  not priced: model not in price book
`;
  const how = [resolution.provider];
  if (resolution.longContextSuffix) how.push("[1m] suffix: tiers still follow prompt size");
  const lines = [rawId, `  resolves to   ${row.model} (${how.join("; ")})`];
  const entry = entryOn(row, on);
  if (entry === void 0) {
    lines.push(`  rates on ${on}: none in force (unpriced)`);
  } else {
    lines.push(
      `  rates on      ${on} (${entry.from === null ? "first entry" : `entry from ${entry.from}`})`,
      `  standard      ${ratesText(entry)}`,
      `  fast          ${entry.fast ? ratesText(entry.fast) : "none: fast requests are unpriced"}`
    );
    if (entry.longContext) {
      const { above, rates } = entry.longContext;
      lines.push(`  long context  prompt over ${above / 1e3}k: every token at ${ratesText(rates)}`);
    }
    if (entry.promptTier) {
      const { above, multiplier } = entry.promptTier;
      lines.push(`  prompt tier   prompt over ${above / 1e3}k: every category ×${multiplier}`);
    }
  }
  lines.push(
    `  us geo        ${row.usGeoMultiplier ? '×1.1 when inference_geo is "us"' : "no multiplier"}`,
    `  regional      ${regionalText(row, resolution.regional)}`,
    `  source        ${row.source}, checked ${row.checked}`
  );
  if (row.notes) lines.push(`  notes         ${row.notes}`);
  return `${lines.join("\n")}
`;
}
function regionalText(row, regional) {
  if (!row.cloudRegionalPremium) {
    return regional ? "regional endpoint; this model has no regional premium" : "no premium";
  }
  return regional ? "regional cloud endpoint: ×1.1 applies" : "×1.1 on regional Bedrock/Vertex endpoints (not this id)";
}

// src/commands/prices.ts
var PRICES_HELP = `Usage: claude-cost prices [MODEL] [options]

Print the price book (USD per million tokens, with effective dates and sources), or how
one model id resolves and which rates apply to it.

Options:
  --day YYYY-MM-DD       the UTC day whose rates to show for MODEL (default: today)
  --config FILE          policy file whose \`pricing\` rows override or extend the book
                         (default: .github/claude-cost.yml in the repository, if present)
  --pricing-file FILE    a price book (JSON) that overrides or extends the shipped one
  -h, --help             show this help
`;
async function pricesCommand(argv, io, today) {
  const { values, positionals } = parseCommandArgs(argv, {
    day: { type: "string" },
    config: { type: "string" },
    "pricing-file": { type: "string" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(PRICES_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError("give at most one MODEL");
  if (values.day !== void 0 && !/^\d{4}-\d{2}-\d{2}$/.test(values.day))
    throw new UsageError("--day must be YYYY-MM-DD");
  const { config } = await loadConfig(values.config, io.cwd);
  const book = await priceBookFrom(values["pricing-file"], config.pricing);
  const model = positionals[0];
  io.stdout(model === void 0 ? describeBook(book) : describeResolution(book, model, values.day ?? today));
  return EXIT.ok;
}
export {
  PRICES_HELP,
  pricesCommand
};
