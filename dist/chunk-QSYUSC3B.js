import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  priceBucket,
  priceBucketAs,
  resolveModel
} from "./chunk-EU4B5VDZ.js";
import {
  DEFAULT_WARN_AT,
  FALLBACK_KEY
} from "./chunk-LLHTNJT7.js";

// src/render/format.ts
function formatUsd(usd) {
  const sign = usd < 0 ? "−" : "";
  const abs = Math.abs(usd);
  if (abs !== 0 && abs < 0.01) return `${sign}$${abs.toFixed(4)}`;
  return `${sign}$${formatAmount(abs, 2)}`;
}
function formatAmount(abs, digits) {
  const text = String(abs);
  if (text.includes("e") || !Number.isInteger(digits) || digits < 0 || digits > 20) {
    return abs.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }
  const point = text.indexOf(".");
  const whole = point === -1 ? text : text.slice(0, point);
  const fraction = point === -1 ? "" : text.slice(point + 1);
  if (fraction.length <= digits) {
    return groupThousands(whole) + (digits === 0 ? "" : `.${fraction.padEnd(digits, "0")}`);
  }
  const roundUp = fraction.charCodeAt(digits) >= 53;
  const units = (BigInt(whole + fraction.slice(0, digits)) + (roundUp ? 1n : 0n)).toString().padStart(digits + 1, "0");
  const cut = units.length - digits;
  return groupThousands(units.slice(0, cut)) + (digits === 0 ? "" : `.${units.slice(cut)}`);
}
function formatTokens(n) {
  if (n >= 1e9) return `${trim(n / 1e9)}B`;
  if (n >= 1e6) return `${trim(n / 1e6)}M`;
  if (n >= 1e4) return `${trim(n / 1e3)}k`;
  return formatInteger(n);
}
function formatInteger(n) {
  if (!Number.isSafeInteger(n)) return n.toLocaleString("en-US");
  return n < 0 ? `-${groupThousands(String(-n))}` : groupThousands(String(n));
}
function groupThousands(digits) {
  if (digits.length <= 3) return digits;
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return grouped;
}
function formatPercent(rate) {
  return rate === null ? "–" : `${(rate * 100).toFixed(1)}%`;
}
function formatMinutes(minutes) {
  if (minutes === null) return "–";
  if (minutes < 1) return "<1m";
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  return h > 0 ? `${h}h ${String(m).padStart(2, "0")}m` : `${m}m`;
}
function trim(n) {
  const fixed = n.toFixed(n >= 100 ? 0 : n >= 10 ? 1 : 2);
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

// src/policy/money.ts
function fractionDigits(code) {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
}
function formatLocal(usd, currency) {
  const digits = fractionDigits(currency.code);
  const amount = usd * currency.perUsd;
  return `${currency.code} ${amount < 0 || Object.is(amount, -0) ? "-" : ""}${formatAmount(Math.abs(amount), digits)}`;
}
function formatMoney(usd, currency) {
  return currency ? `${formatUsd(usd)} (${formatLocal(usd, currency)})` : formatUsd(usd);
}

// src/policy/budget.ts
function evaluateBudget(report, kind, config, book) {
  const resolved = resolveBudget(kind, config);
  const budget = resolved?.budget ?? {};
  const warnAt = budget.warnAt ?? DEFAULT_WARN_AT;
  const currency = config.currency;
  const limits = { perPr: toUsd(budget.perPr, currency), perSession: toUsd(budget.perSession, currency) };
  const sessions = report.sessions;
  const lowerBound = report.totals.costIsLowerBound;
  const checks = [];
  const add = (budgetName, unit, figures, limitLocal) => {
    const limit = limits[budgetName][unit];
    if (limit !== null) checks.push(measure(budgetName, unit, limit, limitLocal, figures, warnAt));
  };
  const prFigure = {
    sessionId: null,
    usd: report.totals.costUsd,
    tokens: report.totals.totalTokens,
    lowerBound
  };
  const sessionFigures = sessions.map((s) => ({
    sessionId: s.sessionId,
    usd: s.costUsd,
    tokens: s.totalTokens,
    lowerBound: s.unpricedTokens > 0
  }));
  add("perPr", "usd", [prFigure], budget.perPr?.local ?? null);
  add("perPr", "tokens", [prFigure], null);
  add("perSession", "usd", sessionFigures, budget.perSession?.local ?? null);
  add("perSession", "tokens", sessionFigures, null);
  const disallowedModels = budget.allowedModels === void 0 ? [] : disallowed(report, budget.allowedModels, book);
  const reasons = checks.filter((c) => c.status !== "ok").map((c) => describeCheck(c, warnAt, currency));
  if (disallowedModels.length > 0) {
    reasons.push(
      `${disallowedModels.length === 1 ? "Model" : "Models"} ${disallowedModels.join(", ")} ${disallowedModels.length === 1 ? "is" : "are"} not allowed for ${kind} work (allowed: ${(budget.allowedModels ?? []).join(", ")}).`
    );
  }
  if (lowerBound && checks.some((c) => c.unit === "usd")) {
    reasons.push(
      `The cost is a lower bound: ${formatTokens(report.totals.unpricedTokens)} tokens are on models the price book does not know, so USD budgets may be used more than shown.`
    );
  }
  const ruled = checks.length > 0 || budget.allowedModels !== void 0;
  const statuses = [...checks.map((c) => c.status), disallowedModels.length > 0 ? "warning" : "ok"];
  const status = !ruled ? "none" : worst(statuses);
  return {
    status,
    kind,
    budgetKey: ruled ? resolved?.key ?? null : null,
    warnAt,
    limits,
    used: {
      perPr: { usd: report.totals.costUsd, tokens: report.totals.totalTokens },
      perSession: {
        usd: Math.max(0, ...sessions.map((s) => s.costUsd)),
        tokens: Math.max(0, ...sessions.map((s) => s.totalTokens))
      }
    },
    checks,
    disallowedModels,
    reasons,
    costIsLowerBound: lowerBound
  };
}
function resolveBudget(kind, config) {
  const own = config.budgets.get(kind);
  const fallback = config.budgets.get(FALLBACK_KEY);
  if (own === void 0 && fallback === void 0) return void 0;
  const budget = { ...fallback, ...definedFields(own ?? {}) };
  return { key: own === void 0 ? FALLBACK_KEY : kind, budget };
}
var SEVERITY = { ok: 0, warning: 1, over: 2 };
function worst(statuses) {
  return statuses.reduce((a, b) => SEVERITY[b] > SEVERITY[a] ? b : a, "ok");
}
function statusOf(used, limit, warnAt) {
  if (used > limit) return "over";
  if (limit > 0 && used / limit >= warnAt) return "warning";
  return "ok";
}
function measure(budget, unit, limit, limitLocal, figures, warnAt) {
  let top;
  let sessionsOver = 0;
  let sessionsWarning = 0;
  for (const figure of figures) {
    const status = statusOf(figure[unit], limit, warnAt);
    if (status === "over") sessionsOver++;
    if (status === "warning") sessionsWarning++;
    if (top === void 0 || figure[unit] > top[unit]) top = figure;
  }
  const used = top?.[unit] ?? 0;
  return {
    budget,
    unit,
    limit,
    limitLocal,
    used,
    share: limit === 0 ? null : used / limit,
    status: statusOf(used, limit, warnAt),
    sessionId: top?.sessionId ?? null,
    sessionsOver: budget === "perSession" ? sessionsOver : 0,
    sessionsWarning: budget === "perSession" ? sessionsWarning : 0,
    // Another session with unpriced tokens could really be the largest one.
    lowerBound: unit === "usd" && figures.some((f) => f.lowerBound)
  };
}
function describeCheck(check, warnAt, currency) {
  const amount = (n) => check.unit === "usd" ? formatUsd(n) : `${formatTokens(n)} tokens`;
  const limitText = check.unit === "usd" && check.limitLocal !== null && currency !== null ? `${formatLocal(check.limit, currency)} (${formatUsd(check.limit)})` : amount(check.limit);
  const name = `${check.budget === "perPr" ? "Per-PR" : "Per-session"}${check.unit === "tokens" ? " token" : ""} budget`;
  const who = check.sessionId === null ? "" : `session ${check.sessionId.slice(0, 8)} `;
  const atLeast = check.lowerBound ? "at least " : "";
  const share = check.share === null ? "" : ` (${Math.round(check.share * 100)}%)`;
  let text = `${name}: ${who}used ${atLeast}${amount(check.used)} of ${limitText}`;
  if (check.status === "over") text += `, over by ${atLeast}${amount(check.used - check.limit)}${share}`;
  else if (check.status === "warning") text += `${share}, past the ${Math.round(warnAt * 100)}% warning threshold`;
  else text += share;
  if (check.budget === "perSession" && check.sessionsOver + check.sessionsWarning > 1) {
    const parts = [
      check.sessionsOver > 0 ? `${check.sessionsOver} over` : "",
      check.sessionsWarning > 0 ? `${check.sessionsWarning} past the warning threshold` : ""
    ];
    text += `; sessions: ${parts.filter((p) => p !== "").join(", ")}`;
  }
  return `${text}.`;
}
function toUsd(limit, currency) {
  const local = limit?.local;
  const usd = local !== void 0 && currency !== null ? local / currency.perUsd : limit?.usd ?? null;
  return { usd, tokens: limit?.tokens ?? null };
}
function disallowed(report, allowed, book) {
  const canonical = (id) => {
    const r = resolveModel(book, id);
    return r.ok ? r.model : id.toLowerCase();
  };
  const ok = new Set(allowed.map(canonical));
  return report.models.map((m) => m.model).filter((m) => !ok.has(canonical(m)));
}
function definedFields(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

// src/policy/classify.ts
function classifyTask(sessions, pr, config) {
  const notes = [];
  const declared = declaredKind(sessions, config, notes);
  if (declared !== void 0) return { ...declared, notes };
  const label = labelKind(pr.labels, config);
  if (label !== void 0) return { kind: label.kind, source: "label", evidence: label.label, notes };
  const branch = pr.branch === void 0 ? void 0 : branchKind(pr.branch, config);
  if (branch !== void 0) return { kind: branch.kind, source: "branch", evidence: branch.prefix, notes };
  const title = pr.title === void 0 ? void 0 : titleKind(pr.title, config);
  if (title !== void 0) return { kind: title.kind, source: "title", evidence: title.type, notes };
  return { kind: config.tasks.default, source: "default", evidence: null, notes };
}
function declaredKind(sessions, config, notes) {
  const counts = /* @__PURE__ */ new Map();
  const unknown = /* @__PURE__ */ new Set();
  for (const session of sessions) {
    const kind = session.task?.kind;
    if (kind === void 0) continue;
    if (config.tasks.kinds.includes(kind)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    else unknown.add(kind);
  }
  for (const kind of unknown)
    notes.push(`A session record declares task kind "${kind}", which the config does not define; it was not used.`);
  let best;
  for (const entry of counts) if (best === void 0 || entry[1] > best[1]) best = entry;
  if (best === void 0) return void 0;
  const declaring = [...counts.values()].reduce((a, b) => a + b, 0);
  const evidence = `${best[1]} of ${sessions.length} session${sessions.length === 1 ? "" : "s"}`;
  if (declaring > best[1])
    notes.push(`Session records declare different task kinds; the most common, ${best[0]}, was used.`);
  return { kind: best[0], source: "record", evidence };
}
function labelKind(labels, config) {
  const present = new Map(labels.map((l) => [l.trim().toLowerCase(), l]));
  for (const [label, kind] of config.tasks.labels) {
    const found = present.get(label.trim().toLowerCase());
    if (found !== void 0) return { kind, label: found };
  }
  return void 0;
}
function branchKind(branch, config) {
  const name = branch.replace(/^refs\/heads\//, "").toLowerCase();
  let best;
  for (const [prefix, kind] of config.tasks.branchPrefixes) {
    if (name.startsWith(prefix.toLowerCase()) && (best === void 0 || prefix.length > best.prefix.length)) {
      best = { kind, prefix };
    }
  }
  return best;
}
var CONVENTIONAL_TITLE = /^\s*([A-Za-z][A-Za-z0-9-]*)(?:\([^()\r\n]*\))?!?:\s/;
function titleKind(title, config) {
  const type = CONVENTIONAL_TITLE.exec(title)?.[1]?.toLowerCase();
  if (type === void 0) return void 0;
  for (const [configured, kind] of config.tasks.titleTypes) {
    if (configured.toLowerCase() === type) return { kind, type };
  }
  return void 0;
}

// src/policy/scope.ts
function classifyScope(session, config) {
  const { sessionId } = session;
  const declared = session.scope ?? null;
  if (declared !== null && config.scope.useDeclared) {
    return { sessionId, scope: declared, source: "declared", reason: "declared in the record" };
  }
  const reached = thresholdsReached(session, config.scope.openEnded);
  if (reached.length > 0) return { sessionId, scope: "open-ended", source: "inferred", reason: reached.join("; ") };
  return { sessionId, scope: "scoped", source: "inferred", reason: "under every open-ended threshold" };
}
function thresholdsReached(s, rules) {
  const reached = [];
  const check = (value, limit, show, what) => {
    if (value !== null && limit !== void 0 && value >= limit)
      reached.push(`${what} ${show(value)} ≥ ${show(limit)}`);
  };
  check(s.compactions, rules.compactions, formatInteger, "compactions");
  check(s.peakContextTokens, rules.peakContextTokens, formatTokens, "peak context");
  check(s.turns, rules.turns, formatInteger, "turns");
  check(s.durationMinutes, rules.durationMinutes, formatMinutes, "duration");
  check(s.totalTokens, rules.totalTokens, formatTokens, "tokens");
  return reached;
}

// src/policy/arithmetic.ts
function difference(a, b, aLabel, bLabel) {
  const digits = precisionFor([a, b]);
  const [ua, ub] = [toUnits(a, digits), toUnits(b, digits)];
  return `${showUnits(ua, digits)} ${aLabel} − ${showUnits(ub, digits)} ${bLabel} = ${showUnits(ua - ub, digits)}`;
}
function lessTimes(total, n, each) {
  const digits = precisionFor([total, each]);
  const [ut, ue] = [toUnits(total, digits), toUnits(each, digits)];
  return `${showUnits(ut, digits)} − ${n} × ${showUnits(ue, digits)} = ${showUnits(ut - n * ue, digits)}`;
}
function precisionFor(values) {
  return values.some((v) => v !== 0 && Math.abs(v) < 0.01) ? 4 : 2;
}
function toUnits(usd, digits) {
  return Math.round(usd * 10 ** digits);
}
function showUnits(units, digits) {
  const amount = formatAmount(Math.abs(units) / 10 ** digits, digits);
  return `${units < 0 ? "−" : ""}$${amount}`;
}

// src/pricing/types.ts
var PICO_PER_USD = 1000000000000n;
function picoToUsd(pico) {
  const whole = pico / PICO_PER_USD;
  const frac = pico % PICO_PER_USD;
  return Number(whole) + Number(frac) / 1e12;
}

// src/policy/advice.ts
var MIN_SAVING_USD = 0.01;
var MAX_DETAILS = 5;
function cheaperModelAdvice(sessions, kind, preferredModel, book) {
  const preferred = resolveModel(book, preferredModel);
  if (!preferred.ok) return null;
  const byModel = /* @__PURE__ */ new Map();
  for (const bucket of sessions.flatMap((s) => s.record.usage)) {
    const now = priceBucket(book, bucket);
    if (!now.priced || now.model === preferred.model) continue;
    const as = priceBucketAs(book, bucket, preferredModel);
    if (!as.priced) continue;
    const entry = byModel.get(now.model) ?? { tokens: 0, nowPico: 0n, asPico: 0n };
    entry.tokens += tokensOf(bucket);
    entry.nowPico += now.costPico;
    entry.asPico += as.costPico;
    byModel.set(now.model, entry);
  }
  const nowUsd = picoToUsd([...byModel.values()].reduce((sum, e) => sum + e.nowPico, 0n));
  const asUsd = picoToUsd([...byModel.values()].reduce((sum, e) => sum + e.asPico, 0n));
  if (nowUsd - asUsd < MIN_SAVING_USD) return null;
  const models = [...byModel.keys()];
  return {
    kind: "cheaper-model",
    summary: `This is ${kind} work, which the config marks mechanical: the same tokens on ${preferred.model} would have cost less than on ${models.join(", ")}.`,
    arithmetic: difference(
      nowUsd,
      asUsd,
      `on ${models.length === 1 ? models[0] : "those models"}`,
      `on ${preferred.model}`
    ),
    savingUsd: nowUsd - asUsd,
    details: capped(
      [...byModel].map(
        ([model, e]) => `${model}: ${formatTokens(e.tokens)} tokens, ${formatUsd(picoToUsd(e.nowPico))} now, ${formatUsd(picoToUsd(e.asPico))} on ${preferred.model}`
      )
    )
  };
}
function cacheAdvice(sessions, target, book) {
  if (target <= 0) return null;
  let nowPico = 0n;
  let atTargetPico = 0n;
  let shiftedTokens = 0;
  const details = [];
  for (const { record, line } of sessions) {
    if (line.cacheHitRate === null || line.cacheHitRate >= target) continue;
    const priced = record.usage.filter((b) => priceBucket(book, b).priced);
    const shifted = shiftToHitRate(priced, target);
    if (shifted.moved === 0) continue;
    const sessionNow = sumPico(book, priced);
    const sessionAt = sumPico(book, shifted.buckets);
    nowPico += sessionNow;
    atTargetPico += sessionAt;
    shiftedTokens += shifted.moved;
    details.push(
      `session ${line.sessionId.slice(0, 8)}: cache hit ${formatPercent(line.cacheHitRate)}; ${formatTokens(shifted.moved)} more tokens read from cache: ${formatUsd(picoToUsd(sessionNow))} → ${formatUsd(picoToUsd(sessionAt))}`
    );
  }
  const nowUsd = picoToUsd(nowPico);
  const atUsd = picoToUsd(atTargetPico);
  if (nowUsd - atUsd < MIN_SAVING_USD) return null;
  const count = details.length;
  return {
    kind: "cache",
    summary: `${count} session${count === 1 ? "" : "s"} read less than ${formatPercent(target)} of ${count === 1 ? "its" : "their"} prompt from cache. At the target, ${formatTokens(shiftedTokens)} more prompt tokens would have been cache reads (keep the context stable, avoid long pauses that let the cache expire).`,
    arithmetic: difference(nowUsd, atUsd, "now", `at ${formatPercent(target)} cache hit`),
    savingUsd: nowUsd - atUsd,
    details: capped(details)
  };
}
function shiftToHitRate(buckets, target) {
  const uncached = buckets.map((b) => b.inputTokens + b.cacheWrite5mTokens + b.cacheWrite1hTokens);
  const totalUncached = uncached.reduce((a, b) => a + b, 0);
  const reads = buckets.reduce((sum, b) => sum + b.cacheReadTokens, 0);
  const wanted = Math.max(0, Math.round(target * (totalUncached + reads)) - reads);
  let left = wanted;
  const shifted = buckets.map((bucket, i) => {
    const share = i === buckets.length - 1 ? left : Math.floor(wanted * (uncached[i] ?? 0) / (totalUncached || 1));
    const n = Math.min(share, uncached[i] ?? 0, left);
    left -= n;
    return moveToReads(bucket, n);
  });
  return { buckets: shifted, moved: wanted - left };
}
function moveToReads(bucket, n) {
  let wanted = n;
  const take = (available) => {
    const moved = Math.min(available, wanted);
    wanted -= moved;
    return moved;
  };
  const fromInput = take(bucket.inputTokens);
  const from5m = take(bucket.cacheWrite5mTokens);
  const from1h = take(bucket.cacheWrite1hTokens);
  return {
    ...bucket,
    inputTokens: bucket.inputTokens - fromInput,
    cacheWrite5mTokens: bucket.cacheWrite5mTokens - from5m,
    cacheWrite1hTokens: bucket.cacheWrite1hTokens - from1h,
    cacheReadTokens: bucket.cacheReadTokens + fromInput + from5m + from1h
  };
}
function sumPico(book, buckets) {
  let total = 0n;
  for (const bucket of buckets) {
    const price = priceBucket(book, bucket);
    if (price.priced) total += price.costPico;
  }
  return total;
}
function openEndedAdvice(baseline) {
  const estimate = baseline.estimate;
  if (estimate === null || baseline.scopedUsd === null || estimate.savingUsd < MIN_SAVING_USD) return null;
  const n = estimate.sessions;
  const scoped = baseline.scopedUsd;
  const costly = baseline.sessions.filter((s) => s.scope === "open-ended" && s.costUsd > scoped);
  return {
    kind: "open-ended",
    summary: `${n} open-ended session${n === 1 ? "" : "s"} cost more than the team's scoped session (${formatUsd(scoped)}). Splitting work into sessions with one clear task each, and clearing context between them, is how teams stay near the scoped figure.`,
    arithmetic: `${lessTimes(estimate.actualUsd, n, scoped)} (an estimate: the work might have needed more than one scoped session)`,
    savingUsd: estimate.savingUsd,
    details: capped(
      costly.map(
        (s) => `session ${s.sessionId.slice(0, 8)} (${s.source} open-ended: ${s.reason}): ${formatUsd(s.costUsd)}`
      )
    )
  };
}
function tokensOf(b) {
  return b.inputTokens + b.outputTokens + b.cacheWrite5mTokens + b.cacheWrite1hTokens + b.cacheReadTokens;
}
function capped(lines) {
  if (lines.length <= MAX_DETAILS) return lines;
  return [...lines.slice(0, MAX_DETAILS), `and ${lines.length - MAX_DETAILS} more`];
}

// src/report/types.ts
var REPORT_SCHEMA = "claude-cost/report@1";

// src/report/build.ts
var REPORTED_TOLERANCE = 0.01;
function buildReport(input) {
  const notes = [...input.notes];
  const totals = zeroTotals();
  let totalPico = 0n;
  let reportedTotal = null;
  const models = /* @__PURE__ */ new Map();
  const unpriced = /* @__PURE__ */ new Map();
  const sessions = [];
  const ruleNotes = /* @__PURE__ */ new Set();
  for (const session of input.sessions) {
    const sessionTotals = zeroTotals();
    let sessionPico = 0n;
    let sessionUnpriced = 0;
    for (const bucket of session.usage) {
      addBucket(sessionTotals, bucket);
      const price = priceBucket(input.book, bucket);
      let model = models.get(bucket.model);
      if (model === void 0) {
        model = {
          line: { model: bucket.model, pricedAs: null, ...zeroTotals(), cacheHitRate: null },
          pico: 0n,
          priced: true
        };
        models.set(bucket.model, model);
      }
      addBucket(model.line, bucket);
      if (price.priced) {
        sessionPico += price.costPico;
        model.pico += price.costPico;
        model.line.pricedAs = price.model;
        for (const rule of price.rules) ruleNotes.add(rule);
      } else {
        const tokens = bucketTokens(bucket);
        sessionUnpriced += tokens;
        model.priced = false;
        const key = `${bucket.model}\0${price.reason}`;
        const line = unpriced.get(key) ?? { model: bucket.model, reason: price.reason, tokens: 0, requests: 0 };
        line.tokens += tokens;
        line.requests += bucket.requests;
        unpriced.set(key, line);
      }
    }
    addTotals(totals, sessionTotals);
    totalPico += sessionPico;
    const reported = session.reported?.costUsd ?? null;
    if (reported !== null) reportedTotal = (reportedTotal ?? 0) + reported;
    sessions.push(sessionLine(session, sessionTotals, picoToUsd(sessionPico), sessionUnpriced));
  }
  const modelLines = [...models.values()].map(({ line, pico, priced }) => ({
    ...line,
    costUsd: priced ? picoToUsd(pico) : null,
    cacheHitRate: cacheHitRate(line)
  })).sort((a, b) => (b.costUsd ?? -1) - (a.costUsd ?? -1) || b.totalTokens - a.totalTokens);
  const unpricedLines = [...unpriced.values()].sort((a, b) => b.tokens - a.tokens);
  const unpricedTokens = unpricedLines.reduce((sum, u) => sum + u.tokens, 0);
  const costUsd = picoToUsd(totalPico);
  for (const rule of [...ruleNotes].sort()) notes.push(`Pricing rule applied: ${rule}.`);
  if (reportedTotal !== null) notes.push(reportedNote(reportedTotal, input.sessions, sessions));
  return {
    schema: REPORT_SCHEMA,
    generator: input.generator,
    priceBook: { asOf: input.book.asOf },
    totals: {
      ...totals,
      costUsd,
      costIsLowerBound: unpricedTokens > 0,
      unpricedTokens,
      sessions: sessions.length,
      cacheHitRate: cacheHitRate(totals),
      reportedCostUsd: reportedTotal
    },
    models: modelLines,
    sessions,
    unpriced: unpricedLines,
    skipped: [...input.skipped],
    notes
  };
}
function cacheHitRate(t) {
  const prompt = t.inputTokens + t.cacheWrite5mTokens + t.cacheWrite1hTokens + t.cacheReadTokens;
  return prompt === 0 ? null : t.cacheReadTokens / prompt;
}
function sessionLine(s, t, costUsd, unpricedTokens) {
  const started = s.startedAt ?? null;
  const ended = s.endedAt ?? null;
  const duration = started !== null && ended !== null ? Math.max(0, (Date.parse(ended) - Date.parse(started)) / 6e4) : null;
  return {
    sessionId: s.sessionId,
    branch: s.branch ?? null,
    developer: s.developer ?? null,
    models: [...new Set(s.usage.map((b) => b.model))].sort(),
    startedAt: started,
    endedAt: ended,
    durationMinutes: duration,
    turns: s.turns,
    compactions: s.compactions,
    peakContextTokens: s.peakContextTokens,
    scope: s.scope ?? null,
    task: s.task?.kind ?? null,
    ...t,
    costUsd,
    unpricedTokens,
    reportedCostUsd: s.reported?.costUsd ?? null,
    cacheHitRate: cacheHitRate(t),
    source: s.source.format
  };
}
function reportedNote(reportedTotal, records, lines) {
  const computed = lines.filter((l) => l.reportedCostUsd !== null).reduce((sum, l) => sum + l.costUsd, 0);
  const basis = [...new Set(records.map((r) => r.reported?.costBasis).filter((b) => b !== void 0))].join(", ");
  const diff = computed - reportedTotal;
  const share = reportedTotal === 0 ? computed === 0 ? 0 : 1 : Math.abs(diff) / reportedTotal;
  const head = `Claude Code reported ${formatUsdPlain(reportedTotal)}${basis ? ` (${basis})` : ""} for the sessions that carried its own figure; list prices give ${formatUsdPlain(computed)}`;
  return share > REPORTED_TOLERANCE ? `${head}, a difference of ${formatUsdPlain(diff)} (${(share * 100).toFixed(1)}%).` : `${head}: they agree within 1%.`;
}
function formatUsdPlain(usd) {
  const sign = usd < 0 ? "-" : "";
  return `${sign}$${Math.abs(usd).toFixed(4)}`;
}
function zeroTotals() {
  return {
    requests: 0,
    inputTokens: 0,
    outputTokens: 0,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    cacheReadTokens: 0,
    webSearchRequests: 0,
    totalTokens: 0
  };
}
function bucketTokens(b) {
  return b.inputTokens + b.outputTokens + b.cacheWrite5mTokens + b.cacheWrite1hTokens + b.cacheReadTokens;
}
function addBucket(t, b) {
  t.requests += b.requests;
  t.inputTokens += b.inputTokens;
  t.outputTokens += b.outputTokens;
  t.cacheWrite5mTokens += b.cacheWrite5mTokens;
  t.cacheWrite1hTokens += b.cacheWrite1hTokens;
  t.cacheReadTokens += b.cacheReadTokens;
  t.webSearchRequests += b.webSearchRequests;
  t.totalTokens += bucketTokens(b);
}
function addTotals(into, add) {
  into.requests += add.requests;
  into.inputTokens += add.inputTokens;
  into.outputTokens += add.outputTokens;
  into.cacheWrite5mTokens += add.cacheWrite5mTokens;
  into.cacheWrite1hTokens += add.cacheWrite1hTokens;
  into.cacheReadTokens += add.cacheReadTokens;
  into.webSearchRequests += add.webSearchRequests;
  into.totalTokens += add.totalTokens;
}
function pickTotals(t) {
  const out = zeroTotals();
  addTotals(out, t);
  return out;
}

// src/policy/baseline.ts
var ALL_KINDS = "all kinds";
var DAY_MS = 864e5;
function measureHistory(records, options) {
  const { config, now } = options;
  const days = config.baseline.historyDays;
  const since = new Date(now.getTime() - days * DAY_MS);
  const inWindow = records.filter((r) => {
    if (options.excludeSessionIds.has(r.sessionId)) return false;
    const at = sessionTime(r);
    return at !== void 0 && at >= since.getTime() && at < now.getTime();
  });
  const priced = buildReport({ sessions: inWindow, skipped: [], notes: [], book: options.book, generator: "history" });
  const costs = /* @__PURE__ */ new Map();
  let excludedUnpriced = 0;
  inWindow.forEach((record, i) => {
    const line = priced.sessions[i];
    if (line === void 0) return;
    if (line.unpricedTokens > 0) {
      excludedUnpriced++;
      return;
    }
    const kind = classifyTask([record], { labels: [], branch: record.branch }, config).kind;
    const scope = classifyScope(line, config).scope;
    const entry = costs.get(kind) ?? { scoped: [], "open-ended": [] };
    entry[scope].push(line.costUsd);
    costs.set(kind, entry);
  });
  return { days, since: since.toISOString(), until: now.toISOString(), costs, excludedUnpriced };
}
function sessionTime(r) {
  const stamp = r.endedAt ?? r.startedAt;
  if (stamp !== void 0) return Date.parse(stamp);
  const days = r.usage.map((b) => b.day).sort();
  const last = days[days.length - 1];
  return last === void 0 ? void 0 : Date.parse(`${last}T00:00:00Z`);
}
function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid];
  return sorted.length % 2 === 1 ? hi : (sorted[mid - 1] + hi) / 2;
}
function chooseBaseline(kind, config, history, notes) {
  const fromConfig = configFigures(kind, config);
  const wantsHistory = config.baseline.source !== "config";
  if (wantsHistory && history !== void 0) {
    const measured = historyFigures(kind, config, history);
    if (measured.scopedUsd !== null || measured.openEndedUsd !== null) return measured;
    notes.push(
      `No priced sessions in the last ${history.days} days of history; the baseline falls back to the config.`
    );
  } else if (config.baseline.source === "history") {
    notes.push(
      "The config asks for a baseline from history, but no history was given; the configured figures were used."
    );
  }
  return fromConfig;
}
function configFigures(kind, config) {
  const own = config.baseline.perTask.get(kind);
  const fallback = config.baseline.perTask.get(FALLBACK_KEY);
  const scopedUsd = own?.scopedUsd ?? fallback?.scopedUsd ?? null;
  const openEndedUsd = own?.openEndedUsd ?? fallback?.openEndedUsd ?? null;
  if (scopedUsd === null && openEndedUsd === null) {
    return { source: "none", configKey: null, history: null, scopedUsd, openEndedUsd };
  }
  return {
    source: "config",
    configKey: own === void 0 ? FALLBACK_KEY : kind,
    history: null,
    scopedUsd,
    openEndedUsd
  };
}
function historyFigures(kind, config, history) {
  const sample = (scope) => {
    const own = history.costs.get(kind)?.[scope] ?? [];
    if (own.length >= config.baseline.minSessions)
      return { value: median(own), sample: { sessions: own.length, basis: kind } };
    const all = [...history.costs.values()].flatMap((c) => c[scope]);
    if (all.length === 0) return { value: null, sample: null };
    return { value: median(all), sample: { sessions: all.length, basis: ALL_KINDS } };
  };
  const scoped = sample("scoped");
  const openEnded = sample("open-ended");
  return {
    source: "history",
    configKey: null,
    scopedUsd: scoped.value,
    openEndedUsd: openEnded.value,
    history: {
      days: history.days,
      since: history.since,
      until: history.until,
      scoped: scoped.sample,
      openEnded: openEnded.sample,
      excludedUnpriced: history.excludedUnpriced
    }
  };
}
function compareBaseline(kind, report, scopes, source) {
  const sessions = report.sessions.map((line, i) => {
    const scope = scopes[i];
    return {
      ...scope,
      costUsd: line.costUsd,
      lowerBound: line.unpricedTokens > 0,
      baselineUsd: scope.scope === "scoped" ? source.scopedUsd : source.openEndedUsd
    };
  });
  return { kind, ...source, sessions, estimate: savingEstimate(sessions, source.scopedUsd) };
}
function savingEstimate(sessions, scopedUsd) {
  if (scopedUsd === null) return null;
  const costly = sessions.filter((s) => s.scope === "open-ended" && s.costUsd > scopedUsd);
  if (costly.length === 0) return null;
  const actualUsd = costly.reduce((sum, s) => sum + s.costUsd, 0);
  const atBaselineUsd = costly.length * scopedUsd;
  return { sessions: costly.length, actualUsd, atBaselineUsd, savingUsd: actualUsd - atBaselineUsd };
}

export {
  formatUsd,
  formatTokens,
  formatInteger,
  formatPercent,
  formatMinutes,
  lessTimes,
  formatLocal,
  formatMoney,
  cheaperModelAdvice,
  cacheAdvice,
  openEndedAdvice,
  buildReport,
  cacheHitRate,
  zeroTotals,
  addTotals,
  pickTotals,
  classifyTask,
  classifyScope,
  measureHistory,
  median,
  chooseBaseline,
  compareBaseline,
  evaluateBudget,
  resolveBudget,
  describeCheck
};
