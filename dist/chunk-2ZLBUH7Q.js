import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  collectTranscripts,
  compareSessions,
  compareTimes,
  fingerprints,
  hasPackedShape,
  isIdentifier,
  normaliseGeo,
  packRequests,
  readAll,
  readInput,
  replaces,
  sameStamp,
  stampNow,
  unpackRequests,
  walkInputs
} from "./chunk-W4OCLY3P.js";
import {
  writeCacheFileAtomically
} from "./chunk-ICSKGCHV.js";

// src/ingest/cache/store.ts
import { mkdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

// src/ingest/cache/codec.ts
import { createHash } from "node:crypto";
import { deserialize, serialize } from "node:v8";
var CACHE_FORMAT = "claude-cost/transcript-cache";
var CACHE_VERSION = 2;
var DamagedCacheError = class extends Error {
  constructor() {
    super("damaged transcript cache");
    this.name = "DamagedCacheError";
  }
};
function recordsHash(text) {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}
function toCachedPart(result) {
  return {
    linesRead: result.linesRead,
    duplicatesDropped: result.duplicatesDropped,
    skipped: result.skipped.map(({ line, reason }) => ({ line, reason })),
    facts: result.facts,
    ids: messageIdHashes(result.requests),
    requests: { events: result.requests }
  };
}
function messageIdHashes(requests) {
  const ids = new Float64Array(requests.length);
  let n = 0;
  let previous;
  for (const { messageId } of requests) {
    if (messageId === void 0 || messageId === previous) continue;
    previous = messageId;
    let a = 2166136261;
    let b = 2538058380 ^ messageId.length;
    for (let i = 0; i < messageId.length; i += 1) {
      const c = messageId.charCodeAt(i);
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b ^ c, 1540483477);
    }
    ids[n++] = (a >>> 0) * 2 ** 21 + (b >>> 0 >>> 11);
  }
  return ids.slice(0, n);
}
function cachedRequests(part, file) {
  let requests;
  if ("events" in part.requests) {
    requests = part.requests.events.map((event) => ({ ...event, file }));
  } else {
    const packed = decodeBlob(part.requests.blob);
    if (packed === void 0 || !checkRequests(packed)) throw new DamagedCacheError();
    requests = unpackRequests(packed);
    for (const event of requests) event.file = file;
  }
  return requests;
}
function decodeBlob(blob) {
  try {
    const value = deserialize(blob);
    if (!isObject(value) || !isCount(value.count) || !(value.numbers instanceof Float64Array)) return void 0;
    if (!Array.isArray(value.table) || !value.table.every((s) => typeof s === "string")) return void 0;
    if (!Array.isArray(value.unique)) return void 0;
    const unique = value.unique;
    for (let i = 0; i < unique.length; i += 1) {
      const item = unique[i];
      if (item === void 0) continue;
      if (typeof item !== "string" || item.length > 200 || i % 3 === 2 && !isTime(item)) return void 0;
    }
    return value;
  } catch {
    return void 0;
  }
}
function fromCachedPart(part, file) {
  const requests = cachedRequests(part, file);
  return {
    format: "transcript",
    sessions: [],
    requests,
    facts: part.facts.map((facts) => ({ ...facts, turnsByBranch: new Map(facts.turnsByBranch) })),
    skipped: part.skipped.map(({ line, reason }) => ({ file, line, reason })),
    linesRead: part.linesRead,
    duplicatesDropped: part.duplicatesDropped
  };
}
function encodeShard({ entries, memos }) {
  const chunks = [];
  let size = 0;
  const add = (bytes) => {
    chunks.push(bytes);
    size += bytes.length;
    return { offset: size - bytes.length, length: bytes.length };
  };
  const header = JSON.stringify({
    format: CACHE_FORMAT,
    version: CACHE_VERSION,
    entries: entries.map((entry) => encodeEntry(entry, add)),
    memos
  });
  return Buffer.concat([Buffer.from(`${header}
`, "utf8"), ...chunks]);
}
function decodeShard(bytes) {
  const newline = bytes.indexOf(10);
  if (newline === -1) return void 0;
  let json;
  try {
    json = JSON.parse(bytes.toString("utf8", 0, newline));
  } catch {
    return void 0;
  }
  if (!isObject(json) || json.format !== CACHE_FORMAT || json.version !== CACHE_VERSION) return void 0;
  if (!Array.isArray(json.entries) || !Array.isArray(json.memos)) return void 0;
  const binary = bytes.subarray(newline + 1);
  const entries = [];
  for (const raw of json.entries) {
    const entry = decodeEntry(raw, binary);
    if (entry === void 0) return void 0;
    entries.push(entry);
  }
  const memos = [];
  for (const raw of json.memos) {
    const memo = decodeMemo(raw);
    if (memo === void 0) return void 0;
    memos.push(memo);
  }
  return { entries, memos };
}
function decodeMemo(raw) {
  if (!isObject(raw) || typeof raw.recordedBy !== "string" || typeof raw.records !== "string") return void 0;
  if (!isHash(raw.hash) || !Array.isArray(raw.files) || raw.files.length === 0) return void 0;
  const files = [];
  for (const file of raw.files) {
    const stamp = isObject(file) ? decodeStamp(file.stamp) : void 0;
    if (!isObject(file) || typeof file.path !== "string" || stamp === void 0) return void 0;
    files.push({ path: file.path, stamp });
  }
  return { files, recordedBy: raw.recordedBy, records: raw.records, hash: raw.hash };
}
function encodeEntry(entry, add) {
  if (entry.kind === "other") return entry;
  const { part } = entry;
  const { ids } = part;
  return {
    ...entry,
    part: {
      ...part,
      facts: part.facts.map((facts) => ({ ...facts, turnsByBranch: [...facts.turnsByBranch] })),
      ids: add(new Uint8Array(ids.buffer, ids.byteOffset, ids.byteLength)),
      requests: add("blob" in part.requests ? part.requests.blob : serialize(packRequests(part.requests.events)))
    }
  };
}
function spanOf(raw, binary) {
  if (!isObject(raw) || !isCount(raw.offset) || !isCount(raw.length)) return void 0;
  if (raw.offset + raw.length > binary.length) return void 0;
  return binary.subarray(raw.offset, raw.offset + raw.length);
}
function idsFrom(bytes) {
  if (bytes.length % 8 !== 0) return void 0;
  const ids = new Float64Array(bytes.length / 8);
  new Uint8Array(ids.buffer).set(bytes);
  return ids;
}
function decodeEntry(raw, binary) {
  if (!isObject(raw) || typeof raw.path !== "string") return void 0;
  const stamp = decodeStamp(raw.stamp);
  if (stamp === void 0) return void 0;
  if (raw.kind === "other") return { kind: "other", path: raw.path, stamp };
  if (raw.kind !== "transcript") return void 0;
  const fingerprints2 = raw.fingerprints;
  if (!isObject(fingerprints2) || !isHash(fingerprints2.head) || !isHash(fingerprints2.tail)) return void 0;
  const resume = decodeResume(raw.resume);
  const part = decodePart(raw.part, binary);
  if (resume === void 0 || part === void 0) return void 0;
  return {
    kind: "transcript",
    path: raw.path,
    stamp,
    fingerprints: { head: fingerprints2.head, tail: fingerprints2.tail },
    resume,
    part
  };
}
function decodeStamp(raw) {
  if (!isObject(raw)) return void 0;
  const { size, mtimeMs, ino, dev } = raw;
  if (!isCount(size) || !isNumber(mtimeMs) || !isNumber(ino) || !isNumber(dev)) return void 0;
  return { size, mtimeMs, ino, dev };
}
function decodeResume(raw) {
  if (!isObject(raw) || !isCount(raw.offset) || !isCount(raw.line) || typeof raw.lastBranch !== "string") {
    return void 0;
  }
  const lastSession = raw.lastSession;
  if (lastSession !== void 0 && !isIdentifier(lastSession)) return void 0;
  return { offset: raw.offset, line: raw.line, lastSession, lastBranch: raw.lastBranch };
}
function decodePart(raw, binary) {
  if (!isObject(raw) || !isCount(raw.linesRead) || !isCount(raw.duplicatesDropped)) return void 0;
  const lines = decodeLinesAndFacts(raw.skipped, raw.facts, true);
  if (lines === void 0) return void 0;
  const { skipped, facts } = lines;
  const idBytes = spanOf(raw.ids, binary);
  const blob = spanOf(raw.requests, binary);
  const ids = idBytes === void 0 ? void 0 : idsFrom(idBytes);
  if (ids === void 0 || blob === void 0) return void 0;
  return {
    linesRead: raw.linesRead,
    duplicatesDropped: raw.duplicatesDropped,
    skipped,
    facts,
    ids,
    requests: { blob }
  };
}
function decodeLinesAndFacts(rawSkipped, rawFacts, checkValues) {
  if (!Array.isArray(rawSkipped) || !Array.isArray(rawFacts)) return void 0;
  const skipped = [];
  for (const s of rawSkipped) {
    if (!isObject(s) || !isCount(s.line) || typeof s.reason !== "string") return void 0;
    skipped.push({ line: s.line, reason: s.reason });
  }
  const facts = [];
  for (const f of rawFacts) {
    const decoded = decodeFacts(f, checkValues);
    if (decoded === void 0) return void 0;
    facts.push(decoded);
  }
  return { skipped, facts };
}
function decodeFacts(raw, checkValues) {
  if (!isObject(raw) || !isCount(raw.compactions)) return void 0;
  if (checkValues ? !isIdentifier(raw.sessionId) : typeof raw.sessionId !== "string") return void 0;
  if (!Array.isArray(raw.turnsByBranch)) return void 0;
  const turnsByBranch = /* @__PURE__ */ new Map();
  for (const pair of raw.turnsByBranch) {
    if (!Array.isArray(pair) || typeof pair[0] !== "string" || !isCount(pair[1])) return void 0;
    turnsByBranch.set(pair[0], pair[1]);
  }
  const { firstTimestamp, lastTimestamp, cwd, toolVersion } = raw;
  if (![firstTimestamp, lastTimestamp].every(checkValues ? isOptionalTime : isOptionalString)) return void 0;
  if (![cwd, toolVersion].every(isOptionalString)) return void 0;
  return {
    sessionId: raw.sessionId,
    turnsByBranch,
    compactions: raw.compactions,
    firstTimestamp,
    lastTimestamp,
    cwd,
    toolVersion
  };
}
function checkRequests(packed) {
  if (!hasPackedShape(packed)) return false;
  const requests = unpackRequests(packed);
  const checked = /* @__PURE__ */ new Map();
  const once = (key, test) => {
    let ok = checked.get(key);
    if (ok === void 0) checked.set(key, ok = test());
    return ok;
  };
  for (const r of requests) {
    if (!isCount(r.inputTokens) || !isCount(r.outputTokens) || !isCount(r.cacheWrite5mTokens) || !isCount(r.cacheWrite1hTokens) || !isCount(r.cacheReadTokens) || !isCount(r.webSearchRequests) || !isCount(r.line) || r.reportedCostUsd !== void 0 && !(Number.isFinite(r.reportedCostUsd) && r.reportedCostUsd >= 0)) {
      return false;
    }
    if (typeof r.sessionId !== "string" || !once(`s${r.sessionId}`, () => isIdentifier(r.sessionId))) return false;
    if (typeof r.model !== "string" || !once(`m${r.model}`, () => isIdentifier(r.model))) return false;
    if (typeof r.geo !== "string" || !once(`g${r.geo}`, () => normaliseGeo(r.geo) === r.geo)) return false;
    if (r.origin !== "main" && r.origin !== "subagent") return false;
    if (r.speed !== "standard" && r.speed !== "fast") return false;
    if (![r.branch, r.cwd, r.toolVersion].every(isOptionalString)) return false;
  }
  return true;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isCount(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}
function isNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}
function isHash(value) {
  return typeof value === "string" && /^[0-9a-f]{32}$/.test(value);
}
function isOptionalString(value) {
  return value === void 0 || typeof value === "string" && value.length <= 4096;
}
function isTime(value) {
  return value.length >= 20 && value.length <= 40 && !Number.isNaN(Date.parse(value));
}
function isOptionalTime(value) {
  return value === void 0 || typeof value === "string" && isTime(value);
}

// src/ingest/cache/summary.ts
import { createHash as createHash2 } from "node:crypto";

// src/ingest/cache/groups.ts
function linkedGroups(files, soleHolder) {
  const parent = files.map((_, i) => i);
  const find = (i) => {
    let root = i;
    while (parent[root] !== root) root = parent[root];
    while (parent[i] !== root) [parent[i], i] = [root, parent[i]];
    return root;
  };
  const union = (a, b) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const bySession = /* @__PURE__ */ new Map();
  files.forEach((file, i) => {
    for (const { sessionId } of file.facts) {
      const first = bySession.get(sessionId);
      if (first === void 0) bySession.set(sessionId, i);
      else union(first, i);
    }
  });
  let count = 0;
  for (const file of files) count += file.ids.length;
  const firstHolder = new IdTable(count);
  files.forEach((file, i) => {
    const { ids } = file;
    for (let n = 0; n < ids.length; n += 1) {
      const first = firstHolder.claim(ids[n], i);
      if (first !== i) union(first, i);
    }
  });
  if (soleHolder !== void 0) {
    const summarised = /* @__PURE__ */ new Map();
    files.forEach((file, i) => {
      if (file.summarisedAs !== void 0) summarised.set(file.summarisedAs, i);
    });
    files.forEach((file, i) => {
      if (file.summarisedAs !== void 0) return;
      const { ids } = file;
      for (let n = 0; n < ids.length; n += 1) {
        const holder = soleHolder(ids[n]);
        const other = holder === void 0 ? void 0 : summarised.get(holder);
        if (other !== void 0) union(other, i);
      }
    });
  }
  const groups = /* @__PURE__ */ new Map();
  files.forEach((file, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group === void 0) groups.set(root, [file]);
    else group.push(file);
  });
  return [...groups.values()];
}
var IdTable = class {
  keys;
  /** Value + 1, so that the zero a new array holds means an empty slot. */
  values;
  capacity;
  constructor(count) {
    let capacity = 16;
    while (capacity < count * 2) capacity *= 2;
    this.capacity = capacity;
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity);
  }
  /** The value of `id`, made `value` when it has none yet. */
  claim(id, value) {
    const slot = this.slotOf(id);
    const held = this.values[slot];
    if (held !== 0) return held - 1;
    this.keys[slot] = id;
    this.values[slot] = value + 1;
    return value;
  }
  /** The value of `id`, or -1. */
  get(id) {
    return this.values[this.slotOf(id)] - 1;
  }
  /** Where `id` is, or the empty slot where it would go. */
  slotOf(id) {
    let slot = id % this.capacity;
    while (this.values[slot] !== 0 && this.keys[slot] !== id) slot = (slot + 1) % this.capacity;
    return slot;
  }
};

// src/ingest/cache/summary.ts
var SUMMARY_FORMAT = "claude-cost/transcript-summary";
var SUMMARY_VERSION = 1;
function summaryOf(entry) {
  if (entry.kind === "other") return entry;
  if (entry.resume.offset !== entry.stamp.size) return void 0;
  const { part } = entry;
  return {
    kind: "transcript",
    path: entry.path,
    stamp: entry.stamp,
    skipped: part.skipped,
    facts: part.facts,
    ids: part.ids
  };
}
function encodeSummary({ entries, memos }) {
  const chunks = [];
  let size = 0;
  const add = (bytes) => {
    chunks.push(bytes);
    size += bytes.length;
    return { offset: size - bytes.length, length: bytes.length };
  };
  const bytesOf = (array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  const { shared, sole } = shareIds(entries);
  const encoded = entries.map((entry, i) => {
    if (entry.kind === "other") return entry;
    const { kind, path, stamp, skipped, facts } = entry;
    return {
      kind,
      path,
      stamp,
      skipped,
      facts: facts.map((f) => ({ ...f, turnsByBranch: [...f.turnsByBranch] })),
      sharedIds: add(bytesOf(shared[i] ?? NO_IDS))
    };
  });
  const soleIds = add(bytesOf(sole.ids));
  const soleHolders = add(bytesOf(sole.holders));
  const places = new Map(entries.map((entry, i) => [entry.path, i]));
  const encodedMemos = memos.flatMap((memo) => {
    const files = [];
    for (const file of memo.files) {
      const place = places.get(file.path);
      const entry = place === void 0 ? void 0 : entries[place];
      if (place === void 0 || entry === void 0 || !sameStamp(entry.stamp, file.stamp)) return [];
      files.push(place);
    }
    return [{ files, recordedBy: memo.recordedBy, records: add(Buffer.from(memo.records)), hash: memo.hash }];
  });
  const json = JSON.stringify({ entries: encoded, memos: encodedMemos, soleIds, soleHolders });
  const firstLength = Buffer.byteLength(firstLine("0".repeat(HASH_LENGTH)));
  const padding = (8 - (firstLength + Buffer.byteLength(json) + 1) % 8) % 8;
  const body = Buffer.concat([Buffer.from(`${json}${" ".repeat(padding)}
`), ...chunks]);
  return Buffer.concat([Buffer.from(firstLine(hashOf(body))), body]);
}
function decodeSummary(bytes) {
  const first = bytes.indexOf(10);
  const second = first === -1 ? -1 : bytes.indexOf(10, first + 1);
  if (second === -1) return void 0;
  const body = bytes.subarray(first + 1);
  if (bytes.toString("utf8", 0, first + 1) !== firstLine(hashOf(body))) return void 0;
  let json;
  try {
    json = JSON.parse(bytes.toString("utf8", first + 1, second));
  } catch {
    return void 0;
  }
  if (!isObject(json) || !Array.isArray(json.entries) || !Array.isArray(json.memos)) return void 0;
  const binary = bytes.subarray(second + 1);
  const idsAt = idReader(binary);
  const soleIds = idsAt(json.soleIds);
  const soleHolders = holdersAt(binary, json.soleHolders);
  if (soleIds === void 0 || soleHolders === void 0 || soleHolders.length !== soleIds.length) return void 0;
  const entries = [];
  let soleIdsByHolder;
  const allIdsOf = (index, sharedIds) => {
    if (soleIdsByHolder === void 0) {
      soleIdsByHolder = /* @__PURE__ */ new Map();
      soleHolders.forEach((holder, i) => {
        const list = soleIdsByHolder?.get(holder);
        if (list === void 0) soleIdsByHolder?.set(holder, [soleIds[i]]);
        else list.push(soleIds[i]);
      });
    }
    return Float64Array.from([...sharedIds, ...soleIdsByHolder.get(index) ?? []]);
  };
  for (const raw of json.entries) {
    const index = entries.length;
    const entry = decodeEntry2(raw, idsAt, (sharedIds) => allIdsOf(index, sharedIds));
    if (entry === void 0) return void 0;
    entries.push(entry);
  }
  const memos = [];
  for (const raw of json.memos) {
    const memo = decodeMemo2(raw, entries, binary);
    if (memo === void 0) return void 0;
    memos.push(memo);
  }
  const soleHolder = (id) => {
    let low = 0;
    let high = soleIds.length - 1;
    while (low <= high) {
      const middle = low + high >>> 1;
      const found = soleIds[middle];
      if (found === id) return entries[soleHolders[middle]]?.path;
      if (found < id) low = middle + 1;
      else high = middle - 1;
    }
    return void 0;
  };
  return { entries, memos, soleHolder };
}
var NO_IDS = new Float64Array(0);
function shareIds(entries) {
  let count = 0;
  for (const entry of entries) if (entry.kind === "transcript") count += entry.ids.length;
  const firstHolder = new IdTable(count);
  const sharedIds = new IdTable(count);
  entries.forEach((entry, i) => {
    if (entry.kind !== "transcript") return;
    for (const id of entry.ids) if (firstHolder.claim(id, i) !== i) sharedIds.claim(id, 0);
  });
  const shared = entries.map(
    (entry) => entry.kind === "transcript" ? entry.ids.filter((id) => sharedIds.get(id) !== -1) : void 0
  );
  const all = new Float64Array(count);
  let n = 0;
  for (const entry of entries) {
    if (entry.kind !== "transcript") continue;
    for (const id of entry.ids) if (sharedIds.get(id) === -1) all[n++] = id;
  }
  const sorted = all.subarray(0, n).sort();
  const ids = sorted.filter((id, i) => i === 0 || id !== sorted[i - 1]);
  const holders = Int32Array.from(ids, (id) => firstHolder.get(id));
  return { shared, sole: { ids, holders } };
}
function holdersAt(binary, span) {
  if (!isObject(span) || !isCount(span.offset) || !isCount(span.length)) return void 0;
  const { offset, length } = span;
  if (length % 4 !== 0 || offset + length > binary.length) return void 0;
  if ((binary.byteOffset + offset) % 4 === 0)
    return new Int32Array(binary.buffer, binary.byteOffset + offset, length / 4);
  const holders = new Int32Array(length / 4);
  new Uint8Array(holders.buffer).set(binary.subarray(offset, offset + length));
  return holders;
}
var HASH_LENGTH = 32;
function firstLine(hash) {
  return `${JSON.stringify({ format: SUMMARY_FORMAT, version: SUMMARY_VERSION, cacheVersion: CACHE_VERSION, hash })}
`;
}
function hashOf(bytes) {
  return createHash2("sha256").update(bytes).digest("hex").slice(0, HASH_LENGTH);
}
function decodeMemo2(raw, entries, binary) {
  if (!isObject(raw) || typeof raw.recordedBy !== "string" || !isObject(raw.records)) return void 0;
  if (typeof raw.hash !== "string" || !Array.isArray(raw.files) || raw.files.length === 0) return void 0;
  const { offset, length } = raw.records;
  if (!isCount(offset) || !isCount(length) || offset + length > binary.length) return void 0;
  const files = [];
  for (const place of raw.files) {
    const entry = isCount(place) ? entries[place] : void 0;
    if (entry === void 0) return void 0;
    files.push({ path: entry.path, stamp: entry.stamp });
  }
  const records = binary.toString("utf8", offset, offset + length);
  return { files, recordedBy: raw.recordedBy, records, hash: raw.hash };
}
function decodeEntry2(raw, idsAt, allIds) {
  if (!isObject(raw) || typeof raw.path !== "string") return void 0;
  const stamp = decodeStamp(raw.stamp);
  if (stamp === void 0) return void 0;
  if (raw.kind === "other") return { kind: "other", path: raw.path, stamp };
  if (raw.kind !== "transcript") return void 0;
  const lines = decodeLinesAndFacts(raw.skipped, raw.facts, false);
  if (lines === void 0) return void 0;
  const { skipped, facts } = lines;
  const sharedIds = idsAt(raw.sharedIds);
  if (sharedIds === void 0) return void 0;
  let ids;
  return {
    kind: "transcript",
    path: raw.path,
    stamp,
    skipped,
    facts,
    get ids() {
      return ids ??= allIds(sharedIds);
    },
    sharedIds
  };
}
function idReader(binary) {
  const aligned = binary.byteOffset % 8 === 0;
  return (span) => {
    if (!isObject(span) || !isCount(span.offset) || !isCount(span.length)) return void 0;
    const { offset, length } = span;
    if (offset % 8 !== 0 || length % 8 !== 0 || offset + length > binary.length) return void 0;
    if (aligned) return new Float64Array(binary.buffer, binary.byteOffset + offset, length / 8);
    const ids = new Float64Array(length / 8);
    new Uint8Array(ids.buffer).set(binary.subarray(offset, offset + length));
    return ids;
  };
}

// src/ingest/cache/store.ts
var StaleSummaryError = class extends Error {
  constructor(path) {
    super(`transcript cache summary is ahead of the cache for ${path}`);
    this.path = path;
    this.name = "StaleSummaryError";
  }
  path;
};
var TranscriptCache = class {
  shards = /* @__PURE__ */ new Map();
  dirty = /* @__PURE__ */ new Set();
  fresh = /* @__PURE__ */ new WeakSet();
  /** Set when a damaged entry was found: every file is read whole, and the cache rewritten. */
  ignoreStored = false;
  /** Undefined until first wanted; never loaded without `options.summary`. */
  loadedSummary;
  /** Entries and memos the summary on disk lacks or has stale; `Infinity` to write it anyway. */
  summaryChanges = 0;
  /** Paths whose summary entry was found to match the file in this run. */
  confirmed = /* @__PURE__ */ new Set();
  /** `directory`: the claude-cost cache directory (see `cacheDirectory`). */
  constructor(directory, options = {}) {
    this.dir = join(directory, "transcripts");
    this.summaryPath = options.summary === true ? join(directory, "transcripts-summary.cache") : void 0;
  }
  dir;
  summaryPath;
  /**
   * What the summary knows of the file whose real path is `path`, when it still has `stamp`.
   * Undefined without a summary: ask `get`.
   */
  summarised(path, stamp) {
    const entry = this.summary()?.entries.get(path);
    if (entry === void 0 || !sameStamp(entry.stamp, stamp)) return void 0;
    this.confirmed.add(path);
    return entry;
  }
  /** Which file of the summary read from disk holds an id no other file of it holds. */
  soleHolder() {
    return this.summary()?.soleHolder;
  }
  /** The requests of a file `summarised` vouched for, from its session's cache file. */
  summarisedPart(path, stamp) {
    const entry = this.get(path);
    if (entry?.kind !== "transcript" || !sameStamp(entry.stamp, stamp) || entry.resume.offset !== stamp.size) {
      throw new StaleSummaryError(path);
    }
    return entry.part;
  }
  /** `entry`, from `get`, still describes its file: the summary should say so too. */
  confirm(entry) {
    const summary = this.summary();
    if (summary === void 0) return;
    const known = summary.entries.get(entry.path);
    if (known !== void 0 && sameStamp(known.stamp, entry.stamp)) return;
    this.summarise(summary, entry);
  }
  /** The entry for the file whose real path is `path`. */
  get(path) {
    return this.shard(shardName(path)).entries.get(path);
  }
  set(entry) {
    this.fresh.add(entry);
    const name = shardName(entry.path);
    this.shard(name).entries.set(entry.path, entry);
    this.dirty.add(name);
    const summary = this.summary();
    if (summary !== void 0) this.summarise(summary, entry);
  }
  /**
   * The memo of the group whose first file is `path` that `usable` accepts, its records checked
   * against its hash: the summary's (checked whole when read), else the session's cache file's
   * (newer when the summary was not rewritten since).
   */
  memo(path, usable) {
    const summarised = this.summary()?.memos.get(path);
    if (summarised !== void 0 && usable(summarised)) return summarised;
    const stored = this.shard(shardName(path)).memos.get(path);
    if (stored === void 0 || !usable(stored) || recordsHash(stored.records) !== stored.hash) return void 0;
    return stored;
  }
  setMemo(memo) {
    const first = memo.files[0]?.path;
    if (first === void 0) return;
    const name = shardName(first);
    this.shard(name).memos.set(first, memo);
    this.dirty.add(name);
    const summary = this.summary();
    if (summary !== void 0) {
      summary.memos.set(first, memo);
      this.summaryChanges += 1;
    }
  }
  /** Forget everything read from disk (a damaged entry was found); what is set from now on is kept. */
  forgetStored() {
    this.ignoreStored = true;
    for (const name of this.shards.keys()) this.dirty.add(name);
    this.shards.clear();
    this.forgetSummary();
  }
  /** Forget the summary read from disk (it was ahead of the cache files); it is written anew. */
  forgetSummary() {
    if (this.summaryPath === void 0) return;
    this.loadedSummary = { entries: /* @__PURE__ */ new Map(), memos: /* @__PURE__ */ new Map(), soleHolder: void 0 };
    this.confirmed.clear();
    this.summaryChanges = Number.POSITIVE_INFINITY;
  }
  /**
   * Writes the files that changed. Entries of files that no longer exist are dropped on the way.
   * Best effort: a cache that cannot be written only makes the next run slower, so failures are
   * returned for the caller to mention or not, never thrown.
   */
  save() {
    const shards = this.saveShards();
    const summary = this.saveSummary();
    return { written: summary.written + shards.written, failed: summary.failed + shards.failed };
  }
  saveShards() {
    let written = 0;
    let failed = 0;
    if (this.dirty.size === 0) return { written, failed };
    try {
      mkdirSync(this.dir, { recursive: true, mode: 448 });
    } catch {
      return { written, failed: this.dirty.size };
    }
    for (const name of this.dirty) {
      const shard = this.shards.get(name);
      const entries = [...shard?.entries.values() ?? []].filter(
        (entry) => this.fresh.has(entry) || stampNow(entry.path) !== void 0
      );
      const kept = new Set(entries.map((entry) => entry.path));
      const memos = [...shard?.memos.values() ?? []].filter((memo) => kept.has(memo.files[0]?.path ?? ""));
      try {
        writeCacheFileAtomically(join(this.dir, name), encodeShard({ entries, memos }));
        written += 1;
      } catch {
        failed += 1;
      }
    }
    this.dirty.clear();
    return { written, failed };
  }
  /**
   * Rewritten only once a thirty-second of what it says is missing or stale: until then each file
   * it lacks costs a warm run one read of a session's cache file (about a millisecond), and
   * rewriting it for hundreds of sessions costs ten or more, too much for every run that finds one
   * session grown.
   * Entries of files this run did not see are kept while their files are unchanged.
   */
  saveSummary() {
    const summary = this.loadedSummary;
    if (this.summaryPath === void 0 || summary === void 0) return { written: 0, failed: 0 };
    if (this.summaryChanges === 0 || this.summaryChanges * 32 < summary.entries.size) return { written: 0, failed: 0 };
    const entries = [...summary.entries.values()].filter((entry) => {
      if (this.confirmed.has(entry.path)) return true;
      const now = stampNow(entry.path);
      return now !== void 0 && sameStamp(now, entry.stamp);
    });
    const kept = new Set(entries.map((entry) => entry.path));
    const memos = [...summary.memos.values()].filter((memo) => kept.has(memo.files[0]?.path ?? ""));
    try {
      mkdirSync(dirname(this.summaryPath), { recursive: true, mode: 448 });
      writeCacheFileAtomically(this.summaryPath, encodeSummary({ entries, memos }));
      this.summaryChanges = 0;
      return { written: 1, failed: 0 };
    } catch {
      return { written: 0, failed: 1 };
    }
  }
  summary() {
    if (this.summaryPath === void 0) return void 0;
    if (this.loadedSummary === void 0) {
      const stored = this.ignoreStored ? void 0 : readSummary(this.summaryPath);
      if (stored === void 0) this.summaryChanges = Number.POSITIVE_INFINITY;
      this.loadedSummary = {
        entries: new Map((stored?.entries ?? []).map((entry) => [entry.path, entry])),
        memos: new Map((stored?.memos ?? []).map((memo) => [memo.files[0]?.path ?? "", memo])),
        soleHolder: stored?.soleHolder
      };
    }
    return this.loadedSummary;
  }
  summarise(summary, entry) {
    const summarised = summaryOf(entry);
    if (summarised === void 0) {
      if (summary.entries.delete(entry.path)) this.summaryChanges += 1;
      return;
    }
    summary.entries.set(entry.path, summarised);
    this.confirmed.add(entry.path);
    this.summaryChanges += 1;
  }
  shard(name) {
    let shard = this.shards.get(name);
    if (shard === void 0) {
      const stored = this.ignoreStored ? void 0 : readShard(join(this.dir, name));
      shard = {
        entries: new Map((stored?.entries ?? []).map((entry) => [entry.path, entry])),
        memos: new Map((stored?.memos ?? []).map((memo) => [memo.files[0]?.path ?? "", memo]))
      };
      this.shards.set(name, shard);
    }
    return shard;
  }
};
function readSummary(path) {
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch {
    return void 0;
  }
  return decodeSummary(bytes);
}
function readShard(path) {
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch {
    return void 0;
  }
  return decodeShard(bytes);
}
function sessionGroup(path) {
  const parent = dirname(path);
  if (basename(parent) === "subagents") return dirname(parent);
  return path.endsWith(".jsonl") ? path.slice(0, -".jsonl".length) : path;
}
function shardName(path) {
  const group = sessionGroup(path);
  let a = 2166136261;
  let b = 3421674724;
  for (let i = 0; i < group.length; i += 1) {
    const c = group.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 16777619) ^ a >>> 15;
  }
  return `${(a >>> 0).toString(16).padStart(8, "0")}${(b >>> 0).toString(16).padStart(8, "0")}.cache`;
}

// src/ingest/incremental.ts
import { realpathSync } from "node:fs";

// src/ingest/transcript/append.ts
function appendFileResult(prefix, suffix) {
  return {
    format: prefix.format,
    sessions: [...prefix.sessions, ...suffix.sessions],
    requests: appendRequests(prefix.requests, suffix.requests),
    facts: appendFacts(prefix.facts, suffix.facts),
    skipped: [...prefix.skipped, ...suffix.skipped],
    linesRead: Math.max(prefix.linesRead, suffix.linesRead),
    duplicatesDropped: prefix.duplicatesDropped + suffix.duplicatesDropped + crossPartDuplicates(prefix, suffix)
  };
}
var pairKey = (event) => `${event.messageId ?? ""}\0${event.requestId ?? ""}`;
function appendRequests(prefix, suffix) {
  if (suffix.length === 0) return prefix.slice();
  const out = prefix.slice();
  const index = pairIndex(prefix);
  for (const event of suffix) {
    const at = event.messageId === void 0 ? void 0 : index.get(pairKey(event));
    if (at === void 0) {
      out.push(event);
      continue;
    }
    const kept = out[at];
    if (kept !== void 0 && replaces(event, kept)) out[at] = event;
  }
  return out;
}
function crossPartDuplicates(prefix, suffix) {
  if (suffix.requests.length === 0 || prefix.requests.length === 0) return 0;
  const index = pairIndex(prefix.requests);
  let count = 0;
  for (const event of suffix.requests) {
    if (event.messageId !== void 0 && index.has(pairKey(event))) count += 1;
  }
  return count;
}
function pairIndex(requests) {
  const index = /* @__PURE__ */ new Map();
  requests.forEach((event, at) => {
    if (event.messageId !== void 0) index.set(pairKey(event), at);
  });
  return index;
}
function appendFacts(prefix, suffix) {
  const out = prefix.map(copyFacts);
  const bySession = new Map(out.map((facts) => [facts.sessionId, facts]));
  for (const later of suffix) {
    const facts = bySession.get(later.sessionId);
    if (facts === void 0) {
      const copy = copyFacts(later);
      out.push(copy);
      bySession.set(copy.sessionId, copy);
      continue;
    }
    for (const [branch, turns] of later.turnsByBranch) {
      facts.turnsByBranch.set(branch, (facts.turnsByBranch.get(branch) ?? 0) + turns);
    }
    facts.compactions += later.compactions;
    if (replacesTime(later.firstTimestamp, facts.firstTimestamp, -1)) facts.firstTimestamp = later.firstTimestamp;
    if (replacesTime(later.lastTimestamp, facts.lastTimestamp, 1)) facts.lastTimestamp = later.lastTimestamp;
    facts.cwd = later.cwd ?? facts.cwd;
    facts.toolVersion = later.toolVersion ?? facts.toolVersion;
  }
  return out;
}
function copyFacts(facts) {
  return { ...facts, turnsByBranch: new Map(facts.turnsByBranch) };
}
function replacesTime(candidate, current, direction) {
  if (candidate === void 0) return false;
  if (current === void 0) return true;
  return Math.sign(compareTimes(candidate, current)) === direction;
}

// src/ingest/incremental.ts
var TASK = { formats: ["transcript"], maxJsonBytes: 0, fingerprints: true };
var NO_CACHE_TASK = { ...TASK, fingerprints: false };
var NO_IDS2 = new Float64Array(0);
async function ingestTranscripts(paths, options) {
  try {
    return await ingestOnce(paths, options);
  } catch (error) {
    const { cache } = options;
    if (cache === void 0) throw error;
    if (error instanceof StaleSummaryError) {
      cache.forgetSummary();
      return ingestTranscripts(paths, options);
    }
    if (!(error instanceof DamagedCacheError)) throw error;
    cache.forgetStored();
    return ingestOnce(paths, options);
  }
}
async function ingestOnce(paths, options) {
  const walked = await walkInputs(paths, options);
  const { cache } = options;
  const files = walked.files;
  const realPaths = files.map((file) => cache === void 0 ? void 0 : file.realPath ?? realPathOf(file.path));
  const stamps = files.map(stampOf);
  const plans = files.map((file, i) => planRead(cache, realPaths[i], stamps[i], file));
  const reads = { unchanged: 0, resumed: 0, whole: 0, bytes: 0 };
  const toRead = [];
  const readIndex = [];
  plans.forEach((plan, i) => {
    const file = files[i];
    if (plan.kind === "cached" || plan.kind === "other") {
      reads.unchanged += 1;
      return;
    }
    const start = plan.kind === "whole" ? void 0 : startAt(plan.entry.resume);
    if (plan.kind === "whole") reads.whole += 1;
    else reads.resumed += 1;
    reads.bytes += file.size - (start?.startOffset ?? 0);
    readIndex[i] = toRead.length;
    toRead.push(start === void 0 ? file : { ...file, start });
  });
  const outcomes = await readAll(toRead, cache === void 0 ? NO_CACHE_TASK : TASK, readInput, options.parallel);
  const known = [];
  plans.forEach((plan, i) => {
    const file = files[i];
    const outcome = readIndex[i] === void 0 ? void 0 : outcomes[readIndex[i]];
    const settled = settle(plan, file, outcome);
    const realPath = realPaths[i];
    const stamp = stamps[i];
    let settledInCache = plan.kind === "cached";
    if (cache !== void 0 && realPath !== void 0 && stamp !== void 0 && settled?.entry !== void 0) {
      const entry = settled.entry(realPath, stamp);
      if (entry !== void 0) {
        cache.set(entry);
        settledInCache = entry.kind === "transcript" && entry.resume.offset === stamp.size;
      }
    }
    if (settled?.result === void 0) return;
    known.push({
      file,
      realPath,
      stamp,
      plan,
      facts: settled.facts,
      ids: settled.ids,
      result: settled.result,
      settledInCache,
      summarisedAs: plan.kind === "cached" ? plan.summarisedAs : void 0
    });
  });
  const chosen = options.selectSessions?.(known.flatMap((k) => k.facts));
  const wanted = chosen === void 0 ? known : known.filter((k) => k.facts.some((f) => chosen.has(f.sessionId)));
  const skipped = [...walked.skipped];
  let sessions = [];
  const recordKeys = /* @__PURE__ */ new Map();
  const keyed = (records, hash) => {
    records.forEach((record, i) => recordKeys.set(record, `${hash}/${i}`));
    return records;
  };
  for (const group of linkedGroups(wanted, cache?.soleHolder())) {
    const memo = cache === void 0 ? void 0 : usableMemo(cache, group, options.recordedBy);
    if (memo !== void 0) {
      for (const k of group) skipped.push(...skippedOf(k));
      sessions.push(...keyed(memo.records, memo.hash));
      continue;
    }
    const results = group.map((k) => k.result());
    for (const result of results) skipped.push(...result.skipped);
    const collected = collectTranscripts(results, options.recordedBy).sessions;
    sessions.push(...collected);
    if (cache !== void 0) {
      const text = JSON.stringify(collected);
      const hash = recordsHash(text);
      keyed(collected, hash);
      rememberGroup(cache, group, { recordedBy: options.recordedBy, records: text, hash });
    }
  }
  if (chosen !== void 0) sessions = sessions.filter((s) => chosen.has(s.sessionId));
  cache?.save();
  return { sessions: sessions.sort(compareSessions), skipped, reads, recordKeys };
}
function usableMemo(cache, group, recordedBy) {
  if (!group.every((k) => k.plan.kind === "cached")) return void 0;
  const first = group[0]?.realPath;
  const fits = (memo2) => memo2.recordedBy === recordedBy && memo2.files.length === group.length && group.every((k, i) => {
    const file = memo2.files[i];
    return file !== void 0 && k.stamp !== void 0 && file.path === k.realPath && sameStamp(file.stamp, k.stamp);
  });
  const memo = first === void 0 ? void 0 : cache.memo(first, fits);
  if (memo === void 0) return void 0;
  try {
    return { records: JSON.parse(memo.records), hash: memo.hash };
  } catch {
    return void 0;
  }
}
function rememberGroup(cache, group, collected) {
  const files = [];
  for (const k of group) {
    if (!k.settledInCache || k.realPath === void 0 || k.stamp === void 0) return;
    files.push({ path: k.realPath, stamp: k.stamp });
  }
  cache.setMemo({ files, ...collected });
}
function skippedOf(k) {
  if (k.plan.kind !== "cached") return k.result().skipped;
  return k.plan.known.skipped.map(({ line, reason }) => ({ file: k.file.displayName, line, reason }));
}
function settle(plan, file, outcome) {
  switch (plan.kind) {
    case "other":
      return void 0;
    case "cached": {
      const { known, part } = plan;
      return { facts: known.facts, ids: known.ids, result: () => fromCachedPart(part(), file.displayName) };
    }
    case "tail":
    case "resume": {
      if (outcome === void 0) return void 0;
      const prefix = fromCachedPart(plan.entry.part, file.displayName);
      const result = appendFileResult(prefix, outcome.result);
      const settled = { facts: result.facts, ids: messageIdHashes(result.requests), result: () => result };
      if (plan.kind === "resume") settled.entry = entryFor(file, outcome, prefix);
      return settled;
    }
    case "whole": {
      if (outcome === void 0 || outcome.format !== "transcript") {
        return { facts: [], ids: NO_IDS2, entry: otherEntry(file) };
      }
      const { result } = outcome;
      return {
        facts: result.facts,
        ids: messageIdHashes(result.requests),
        result: () => result,
        entry: entryFor(file, outcome, void 0)
      };
    }
  }
}
function otherEntry(file) {
  return (realPath, stamp) => isStill(file.path, stamp) ? { kind: "other", path: realPath, stamp } : void 0;
}
function entryFor(file, outcome, prefix) {
  return (realPath, stamp) => {
    const point = outcome.resume?.point;
    if (point === void 0) return void 0;
    const marks = outcome.resume?.marks;
    if (marks === void 0 || !isStill(file.path, stamp)) return void 0;
    const read = outcome.resume?.committed ?? outcome.result;
    const part = prefix === void 0 ? read : appendFileResult(prefix, read);
    return { kind: "transcript", path: realPath, stamp, fingerprints: marks, resume: point, part: toCachedPart(part) };
  };
}
function planRead(cache, realPath, stamp, file) {
  if (cache === void 0 || realPath === void 0 || stamp === void 0) return { kind: "whole" };
  const summarised = cache.summarised(realPath, stamp);
  if (summarised !== void 0) {
    if (summarised.kind === "other") return { kind: "other" };
    const { facts, skipped, ids, sharedIds } = summarised;
    return {
      kind: "cached",
      known: { facts, skipped, ids: sharedIds ?? ids },
      part: () => cache.summarisedPart(realPath, stamp),
      summarisedAs: sharedIds === void 0 ? void 0 : realPath
    };
  }
  const entry = cache.get(realPath);
  if (entry === void 0) return { kind: "whole" };
  if (entry.kind === "other") {
    if (!sameStamp(entry.stamp, stamp)) return { kind: "whole" };
    cache.confirm(entry);
    return { kind: "other" };
  }
  if (sameStamp(entry.stamp, stamp)) {
    if (entry.resume.offset !== stamp.size) return { kind: "tail", entry };
    cache.confirm(entry);
    return { kind: "cached", known: entry.part, part: () => entry.part };
  }
  const { offset } = entry.resume;
  const sameFile = entry.stamp.ino === stamp.ino && entry.stamp.dev === stamp.dev;
  if (!sameFile || offset === 0 || stamp.size < offset) return { kind: "whole" };
  let marks;
  try {
    marks = fingerprints(file.path, offset);
  } catch {
    return { kind: "whole" };
  }
  const unchanged = marks !== void 0 && marks.head === entry.fingerprints.head && marks.tail === entry.fingerprints.tail;
  return unchanged ? { kind: "resume", entry } : { kind: "whole" };
}
function startAt(point) {
  return {
    startOffset: point.offset,
    startLine: point.line,
    lastSession: point.lastSession,
    lastBranch: point.lastBranch
  };
}
function stampOf(file) {
  const { size, mtimeMs, ino, dev } = file;
  if (mtimeMs === void 0 || ino === void 0 || dev === void 0) return void 0;
  return { size, mtimeMs, ino, dev };
}
function isStill(path, stamp) {
  const now = stampNow(path);
  return now !== void 0 && sameStamp(now, stamp);
}
function realPathOf(path) {
  try {
    return realpathSync.native(path);
  } catch {
    return void 0;
  }
}

// src/local/cache-dir.ts
import { homedir } from "node:os";
import { isAbsolute, join as join2 } from "node:path";
function cacheDirectory(env) {
  const own = env.CLAUDE_COST_CACHE_DIR;
  if (own !== void 0 && own.trim() !== "") return own;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg !== void 0 && isAbsolute(xdg)) return join2(xdg, "claude-cost");
  return join2(env.HOME ?? homedir(), ".cache", "claude-cost");
}

export {
  TranscriptCache,
  ingestTranscripts,
  cacheDirectory
};
