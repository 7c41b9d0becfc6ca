import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  formatInteger,
  formatLocal,
  formatMinutes,
  formatMoney,
  formatPercent,
  formatTokens,
  formatUsd,
  lessTimes
} from "./chunk-QSYUSC3B.js";

// src/render/csv.ts
var COLUMNS = [
  "sessionId",
  "branch",
  "developer",
  "task",
  "scope",
  "startedAt",
  "endedAt",
  "durationMinutes",
  "turns",
  "requests",
  "compactions",
  "peakContextTokens",
  "models",
  "inputTokens",
  "outputTokens",
  "cacheWrite5mTokens",
  "cacheWrite1hTokens",
  "cacheReadTokens",
  "webSearchRequests",
  "totalTokens",
  "cacheHitRate",
  "costUsd",
  "unpricedTokens",
  "reportedCostUsd",
  "source"
];
function renderCsv(report) {
  return csvDocument(
    COLUMNS,
    report.sessions.map((session) => COLUMNS.map((column) => csvField(session[column])))
  );
}
function csvField(value) {
  if (value === null || value === void 0) return "";
  if (typeof value === "number") return String(value);
  let text = typeof value === "string" ? value : value.join(" ");
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function csvDocument(header, rows) {
  return `${[header.join(","), ...rows.map((r) => r.join(","))].join("\r\n")}\r
`;
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/render/escape.ts
var ZERO_WIDTH_SPACE = "​";
var MAX_LENGTH = 120;
var MARKDOWN_PUNCTUATION = /[\\`*_[\]<>#|~]/g;
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
function md(value, maxLength = MAX_LENGTH) {
  let text = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/[\u202a-\u202e\u2066-\u2069]/g, "");
  if (text.length > maxLength) text = `${text.slice(0, maxLength - 1)}…`;
  return text.replace(/[&<>"]/g, (c) => HTML_ENTITIES[c] ?? c).replace(MARKDOWN_PUNCTUATION, (c) => c === "<" || c === ">" ? c : `\\${c}`).replace(/[@#]/g, (c) => `${c}${ZERO_WIDTH_SPACE}`).replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZERO_WIDTH_SPACE}.`).replace(/^([-+=])/, "\\$1");
}
var HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function html(value, maxLength = MAX_LENGTH) {
  let text = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/[\u202a-\u202e\u2066-\u2069]/g, "");
  if (text.length > maxLength) text = `${text.slice(0, maxLength - 1)}…`;
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

// src/render/policy.ts
var BAR_CELLS = 10;
var VERDICT = {
  ok: "✅ **Within budget**",
  warning: "⚠️ **Budget warning**",
  over: "🛑 **Over budget**",
  none: "**No budget set**"
};
function budgetBar(share, used) {
  const ratio = share ?? (used > 0 ? 1 : 0);
  const filled = ratio >= 1 ? BAR_CELLS : Math.min(BAR_CELLS - 1, Math.round(ratio * BAR_CELLS));
  return "▰".repeat(filled) + "▱".repeat(BAR_CELLS - filled);
}
function renderBudgetHeadline(report) {
  const budget = report.budget;
  if (budget === void 0 || report.totals.sessions === 0) return "";
  const kind = `${md(budget.kind, 40)} work`;
  const why = report.task === void 0 ? "" : ` (${describeTask(report.task)})`;
  const head = budget.status === "none" ? `${VERDICT.none} for ${kind}${why}.` : `${VERDICT[budget.status]} for ${kind}${why}${budget.budgetKey === "default" ? ", under the default budget" : ""}.`;
  const lines = budget.checks.map((c) => `- ${budgetBar(c.share, c.used)} ${describeBar(c, report)}`);
  if (budget.disallowedModels.length > 0) {
    const models = budget.disallowedModels.map((m) => md(m, 60)).join(", ");
    lines.push(`- ⚠️ Not allowed for ${kind}: ${models}`);
  }
  if (budget.costIsLowerBound && budget.checks.some((c) => c.unit === "usd")) {
    lines.push("- ⚠️ The cost is a lower bound (some models are unpriced): USD budgets may be used more than shown.");
  }
  return lines.length === 0 ? head : `${head}

${lines.join("\n")}`;
}
function describeTask(task) {
  switch (task.source) {
    case "record":
      return `declared in the session records, ${md(task.evidence ?? "")}`;
    case "label":
      return `from label ${md(task.evidence ?? "", 60)}`;
    case "branch":
      return `from branch prefix ${md(task.evidence ?? "", 60)}`;
    case "title":
      return `from the PR title's type ${md(task.evidence ?? "", 40)}`;
    case "default":
      return "the default kind";
  }
}
function describeBar(check, report) {
  const currency = report.currency ?? null;
  const money = (n) => check.unit === "usd" ? formatMoney(n, currency) : `${formatTokens(n)} tokens`;
  const atLeast = check.lowerBound ? "≥" : "";
  const share = check.share === null ? "" : `${atLeast}${Math.round(check.share * 100)}% of `;
  const name = check.budget === "perPr" ? "per-PR budget" : "per-session budget";
  const used = check.budget === "perPr" ? `${atLeast}${money(check.used)} used` : `largest session ${md((check.sessionId ?? "").slice(0, 8))}, ${atLeast}${money(check.used)}`;
  const over = check.status === "over" ? `, **over by ${atLeast}${money(check.used - check.limit)}**` : "";
  const counts = [
    check.sessionsOver > 0 ? `${check.sessionsOver} session${check.sessionsOver === 1 ? "" : "s"} over` : "",
    check.sessionsWarning > 0 ? `${check.sessionsWarning} past ${Math.round((report.budget?.warnAt ?? 0) * 100)}%` : ""
  ].filter((c) => c !== "");
  return `${share}${money(check.limit)} ${name}: ${used}${over}${counts.length > 0 ? `; ${counts.join(", ")}` : ""}`;
}
function renderLocalTotal(report) {
  const currency = report.currency;
  if (currency === void 0 || currency === null) return "";
  const plus = report.totals.costIsLowerBound ? "+" : "";
  return `${formatLocal(report.totals.costUsd, currency)}${plus} at ${currency.perUsd} ${currency.code}/USD`;
}
function renderBaseline(report, maxRows = 50) {
  const baseline = report.baseline;
  if (baseline === void 0 || baseline.source === "none" || baseline.sessions.length === 0) return "";
  const figure = (usd) => usd === null ? "not known" : `**${formatUsd(usd)}**`;
  const lines = [
    "#### Against the team baseline",
    "",
    `Typical ${md(baseline.kind, 40)} session: ${figure(baseline.scopedUsd)} scoped, ${figure(baseline.openEndedUsd)} open-ended; ${describeSource(report)}.`,
    ""
  ];
  const shown = baseline.sessions.slice().sort((a, b) => b.costUsd - a.costUsd).slice(0, maxRows);
  const rows = shown.map((s) => [
    md(s.sessionId.slice(0, 8)),
    `${s.scope} (${s.source})`,
    md(s.reason, 100),
    `${formatUsd(s.costUsd)}${s.lowerBound ? "+" : ""}`,
    s.baselineUsd === null ? "–" : formatUsd(s.baselineUsd),
    versus(s)
  ]);
  const hidden = baseline.sessions.length - shown.length;
  if (hidden > 0) rows.push([`${hidden} more`, "", "", "", "", ""]);
  lines.push(
    markdownTable([["Session", "Scope", "Why", "Cost", "Baseline", "Against it"], ...rows], {
      align: ["l", "l", "l", "r", "r", "r"]
    })
  );
  const estimate = baseline.estimate;
  if (estimate !== null && baseline.scopedUsd !== null) {
    const n = estimate.sessions;
    const which = n === 1 ? "the open-ended session" : `the ${n} open-ended sessions`;
    const each = n === 1 ? "" : " each";
    lines.push(
      "",
      `**Estimate:** had ${which} that cost more than a scoped session cost ${formatUsd(baseline.scopedUsd)}${each} instead, this PR would have cost ${lessTimes(estimate.actualUsd, n, baseline.scopedUsd)} less. An estimate from the team's typical scoped session, not a measurement.`
    );
  }
  return lines.join("\n");
}
function describeSource(report) {
  const baseline = report.baseline;
  if (baseline === void 0) return "";
  if (baseline.source === "config") {
    return baseline.configKey === "default" ? "from the config (default figures)" : "from the config";
  }
  const history = baseline.history;
  if (history === null) return "";
  const sample = (s, scope) => s === null ? `no ${scope} sessions` : `${s.sessions} ${scope} (${md(s.basis, 40)})`;
  const excluded = history.excludedUnpriced > 0 ? `, ${history.excludedUnpriced} with unpriced models left out` : "";
  return `medians of the last ${history.days} days of merged sessions: ${sample(history.scoped, "scoped")}, ${sample(history.openEnded, "open-ended")}${excluded}`;
}
function versus(s) {
  if (s.baselineUsd === null) return "–";
  const diff = s.costUsd - s.baselineUsd;
  const ratio = s.baselineUsd > 0 ? ` (${(s.costUsd / s.baselineUsd).toFixed(1)}×)` : "";
  return `${diff > 0 ? "+" : ""}${formatUsd(diff)}${ratio}`;
}
var ADVICE_TITLE = {
  "cheaper-model": "Cheaper model",
  cache: "Cache",
  "open-ended": "Scope sessions"
};
function renderAdvice(report) {
  const advice = report.advice ?? [];
  if (advice.length === 0) return "";
  const items = advice.map(
    (a) => [
      // <br> rather than a bare newline: comments and job summaries treat newlines differently.
      `- **${ADVICE_TITLE[a.kind]}:** ${md(a.summary, 500)}<br>${md(a.arithmetic, 300)}`,
      ...a.details.map((d) => `  - ${md(d, 300)}`)
    ].join("\n")
  );
  return [
    "#### Advice",
    "",
    "Arithmetic on this PR's own tokens at the same prices, not a prediction.",
    "",
    ...items
  ].join("\n");
}

// src/render/markdown.ts
function renderMarkdown(report, options = {}) {
  const parts = [headline(report), renderBudgetHeadline(report)];
  if (report.sessions.length > 0) {
    parts.push(modelTable(report), sessionTable(report, options.maxSessions ?? 50));
  }
  parts.push(renderBaseline(report, options.maxSessions ?? 50), renderAdvice(report));
  parts.push(dataNotes(report, options.maxSkipped ?? 20), ...options.beforeFooter ?? []);
  parts.push(`<sub>${md(report.generator)} · prices as of ${md(report.priceBook.asOf)}</sub>`);
  return `${parts.filter((p) => p !== "").join("\n\n")}
`;
}
function headline(report) {
  const t = report.totals;
  if (t.sessions === 0) return "### Claude Code cost\n\nNo Claude Code sessions in this change.";
  const cost = `${formatUsd(t.costUsd)}${t.costIsLowerBound ? "+" : ""}`;
  const facts = [
    `**${cost}**`,
    `${formatTokens(t.totalTokens)} tokens`,
    `${t.sessions} session${t.sessions === 1 ? "" : "s"}`,
    `${t.requests} request${t.requests === 1 ? "" : "s"}`,
    `cache hit ${formatPercent(t.cacheHitRate)}`
  ];
  const local = renderLocalTotal(report);
  if (local !== "") facts.push(local);
  const lines = [`### Claude Code cost: ${cost}`, "", facts.join(" · ")];
  if (t.costIsLowerBound) {
    lines.push(
      "",
      `> [!WARNING]
> ${formatTokens(t.unpricedTokens)} tokens are on models the price book does not know, so the cost is a lower bound.`
    );
  }
  return lines.join("\n");
}
function modelTable(report) {
  const rows = report.models.map((m) => [
    md(m.model),
    formatInteger(m.requests),
    formatTokens(m.inputTokens),
    formatTokens(m.outputTokens),
    formatTokens(m.cacheWrite5mTokens + m.cacheWrite1hTokens),
    formatTokens(m.cacheReadTokens),
    formatPercent(m.cacheHitRate),
    m.costUsd === null ? "unpriced" : formatUsd(m.costUsd)
  ]);
  return [
    "#### By model",
    "",
    markdownTable(
      [["Model", "Requests", "Input", "Output", "Cache write", "Cache read", "Cache hit", "Cost"], ...rows],
      { align: ["l", "r", "r", "r", "r", "r", "r", "r"] }
    )
  ].join("\n");
}
function sessionTable(report, max) {
  const scopes = new Map((report.baseline?.sessions ?? []).map((b) => [b.sessionId, b.scope]));
  const shown = report.sessions.slice().sort((a, b) => b.costUsd - a.costUsd).slice(0, max);
  const rows = shown.map((s) => [
    md(s.sessionId.slice(0, 8)),
    s.developer === null ? "–" : md(s.developer, 40),
    s.models.map((m) => md(m, 60)).join(", "),
    formatMinutes(s.durationMinutes),
    formatInteger(s.turns),
    formatTokens(s.peakContextTokens),
    scopes.get(s.sessionId) ?? s.scope ?? "–",
    `${formatUsd(s.costUsd)}${s.unpricedTokens > 0 ? "+" : ""}`,
    formatPercent(s.cacheHitRate)
  ]);
  const hidden = report.sessions.length - shown.length;
  if (hidden > 0) {
    const rest = report.sessions.slice().sort((a, b) => b.costUsd - a.costUsd).slice(max);
    const cost = rest.reduce((sum, s) => sum + s.costUsd, 0);
    rows.push([`${hidden} more`, "", "", "", "", "", "", formatUsd(cost), ""]);
  }
  return [
    "#### By session",
    "",
    markdownTable(
      [["Session", "Developer", "Models", "Duration", "Turns", "Peak context", "Scope", "Cost", "Cache hit"], ...rows],
      { align: ["l", "l", "l", "r", "r", "r", "l", "r", "r"] }
    )
  ].join("\n");
}
function dataNotes(report, maxSkipped) {
  const lines = [];
  for (const u of report.unpriced) {
    lines.push(
      `- Unpriced: ${md(u.model)} (${md(u.reason)}): ${formatTokens(u.tokens)} tokens in ${formatInteger(u.requests)} requests, not included in the cost.`
    );
  }
  for (const note of report.notes) lines.push(`- ${md(note, 400)}`);
  if (report.skipped.length > 0) {
    lines.push(
      `- ${formatInteger(report.skipped.length)} input line${report.skipped.length === 1 ? "" : "s"} could not be used:`
    );
    for (const s of report.skipped.slice(0, maxSkipped)) {
      lines.push(`  - ${md(s.file, 200)}${s.line > 0 ? ` line ${s.line}` : ""}: ${md(s.reason, 200)}`);
    }
    if (report.skipped.length > maxSkipped) lines.push(`  - and ${report.skipped.length - maxSkipped} more`);
  }
  lines.push(
    `- Prices: the claude-cost price book as of ${md(report.priceBook.asOf)} (\`claude-cost prices\` lists it).`
  );
  return ["<details><summary>Data notes</summary>", "", ...lines, "", "</details>"].join("\n");
}

export {
  renderCsv,
  csvField,
  csvDocument,
  markdownTable,
  md,
  html,
  renderMarkdown
};
