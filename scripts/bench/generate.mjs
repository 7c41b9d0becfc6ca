// Deterministic synthetic Claude Code config tree generator for `npm run bench`.
//
//   generateTree(dir, { totalBytes, sessions, seed })  -> writes <dir>/projects/<encoded-cwd>/...
//   generateSingleFile(path, bytes, { seed })          -> writes one big session transcript
//
// Line shapes follow real transcripts (see test fixtures and DESIGN.md "Inputs it reads"):
// - most bytes are `user` lines carrying tool results, with the result repeated in `toolUseResult`;
// - one `assistant` line per content block (thinking / text / tool_use), each repeating message.id,
//   requestId and a usage snapshot whose output_tokens grows (last is largest);
// - usage with cache_creation split 5m/1h and large cache reads;
// - `<synthetic>` API-error lines with zero usage, `summary`, `file-history-snapshot` and
//   `system` (compact_boundary) lines;
// - subagent files `<session>/subagents/agent-<id>.jsonl` (isSidechain:true, mostly Haiku), a few
//   of which replay a parent message (same message.id, new requestId);
// - Task tool results whose `toolUseResult` carries a `usage` object (must not be counted).
// Everything is derived from a seeded PRNG: same parameters -> byte-identical output.

import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';

/** Bump when the output format changes in a way the parameters do not capture. */
export const GENERATOR_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// PRNG and helpers

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  float() {
    return this.next();
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(arr) {
    return arr[Math.floor(this.next() * arr.length)];
  }
  /** weighted pick: [[value, weight], ...] */
  weighted(pairs) {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let r = this.next() * total;
    for (const [v, w] of pairs) {
      r -= w;
      if (r < 0) return v;
    }
    return pairs[pairs.length - 1][0];
  }
  /** log-uniform integer in [lo, hi] */
  logUniform(lo, hi) {
    return Math.round(Math.exp(Math.log(lo) + this.next() * (Math.log(hi) - Math.log(lo))));
  }
  /** standard normal (Box-Muller) */
  normal() {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  str(alphabet, n) {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * alphabet.length)];
    return s;
  }
  hex(n) {
    return this.str('0123456789abcdef', n);
  }
  uuid() {
    const h = this.hex(32);
    const variant = '89ab'[Math.floor(this.next() * 4)];
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** JSON-escape a string without the surrounding quotes. */
const esc = (s) => JSON.stringify(s).slice(1, -1);

// ---------------------------------------------------------------------------------------------
// Text pools (built once per generator run, from the seed)

const WORDS =
  'the a of to and in is that for it with as on this be are by from or an which not have at but file function value return error test config data type user session cost token model cache request response build run output input read write update change line path module import export const let await async string number object array result check handle parse record report price total usage stream buffer chunk'.split(
    ' ',
  );
const IDENTS =
  'readFile parseLine tokenCount usageSnapshot sessionId priceBook resolveModel totalCost cacheRead cacheWrite outputTokens inputTokens handler options config logger request response entries records walker ingest render markdown table budget'.split(
    ' ',
  );
const FILES =
  'src/index.ts src/cli.ts src/ingest/walk.ts src/ingest/parse.ts src/pricing/book.ts src/report/build.ts src/render/markdown.ts test/ingest.test.ts package.json README.md lib/server.js app/models/user.rb internal/api/handler.go pkg/store/db.go web/components/Table.tsx scripts/deploy.sh Dockerfile docs/design.md'.split(
    ' ',
  );
const UNICODE_BITS = ['→', 'é', 'ü', '✓', '✗', '日本語', '—', '…', '"quoted"', '\\path\\to', '\t', '€', '🙂'];

function sentence(rng, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(rng.pick(WORDS));
  if (rng.chance(0.1)) out.push(rng.pick(UNICODE_BITS));
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function codeLine(rng, indent) {
  const pad = ' '.repeat(indent);
  switch (rng.int(0, 9)) {
    case 0:
      return `${pad}import { ${rng.pick(IDENTS)} } from './${rng.pick(IDENTS)}.js';`;
    case 1:
      return `${pad}const ${rng.pick(IDENTS)} = await ${rng.pick(IDENTS)}(${rng.pick(IDENTS)}, { limit: ${rng.int(1, 9999)} });`;
    case 2:
      return `${pad}if (${rng.pick(IDENTS)}.length > ${rng.int(0, 500)}) {`;
    case 3:
      return `${pad}throw new Error(\`unexpected ${rng.pick(WORDS)}: \${${rng.pick(IDENTS)}}\`);`;
    case 4:
      return `${pad}// ${sentence(rng, rng.int(4, 14))}`;
    case 5:
      return `${pad}return { "${rng.pick(IDENTS)}": ${rng.int(0, 1e6)}, "${rng.pick(IDENTS)}": "${rng.pick(WORDS)}" };`;
    case 6:
      return `${pad}}`;
    case 7:
      return `${pad}log.debug("${rng.pick(WORDS)} %s", ${rng.pick(IDENTS)}); // ${rng.pick(UNICODE_BITS)}`;
    case 8:
      return `${pad}export function ${rng.pick(IDENTS)}(${rng.pick(IDENTS)}: string, ${rng.pick(IDENTS)} = ${rng.int(0, 100)}) {`;
    default:
      return `${pad}${rng.pick(IDENTS)}.${rng.pick(IDENTS)} = ${rng.pick(IDENTS)} ?? '${rng.pick(WORDS)}\\n';`;
  }
}

function logLine(rng) {
  const lvl = rng.pick(['INFO', 'DEBUG', 'WARN', 'ERROR', 'info', 'PASS', 'FAIL']);
  return `2026-10-${String(rng.int(1, 31)).padStart(2, '0')}T${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}.${rng.int(100, 999)}Z ${lvl} [${rng.pick(IDENTS)}] ${sentence(rng, rng.int(3, 12))} ${rng.pick(FILES)}:${rng.int(1, 900)}`;
}

/** A transcript line quoted inside a tool result (Claude reading a .jsonl): escaped usage text. */
function quotedTranscriptLine(rng) {
  return JSON.stringify({
    message: {
      id: `msg_01${rng.str(B58, 22)}`,
      model: 'claude-sonnet-4-5-20250929',
      usage: {
        input_tokens: rng.int(1, 9),
        output_tokens: rng.int(1, 900),
        cache_read_input_tokens: rng.int(0, 90000),
      },
    },
    requestId: `req_011C${rng.str(B58, 20)}`,
    type: 'assistant',
  });
}

function makeChunk(rng) {
  const kind = rng.weighted([
    ['code', 5],
    ['numbered', 4],
    ['log', 3],
    ['prose', 2],
    ['jsonl', 0.3],
  ]);
  const lines = [];
  const target = rng.logUniform(600, 5000);
  let len = 0;
  let n = rng.int(1, 400);
  let indent = 0;
  while (len < target) {
    let l;
    if (kind === 'code' || kind === 'numbered') {
      indent = Math.max(0, Math.min(8, indent + rng.pick([-2, 0, 0, 2])));
      l = codeLine(rng, indent);
      if (kind === 'numbered') l = `${String(n++).padStart(6, ' ')}→${l}`;
    } else if (kind === 'log') l = logLine(rng);
    else if (kind === 'prose') l = rng.chance(0.2) ? `## ${sentence(rng, 4)}` : sentence(rng, rng.int(8, 30));
    else l = quotedTranscriptLine(rng);
    lines.push(l);
    len += l.length + 1;
  }
  return esc(lines.join('\n') + '\n');
}

class Pools {
  constructor(rng) {
    this.rng = rng;
    this.chunks = [];
    for (let i = 0; i < 600; i++) this.chunks.push(makeChunk(rng));
    this.b64 = rng.str(B64, 1 << 16);
    this.short = [];
    for (let i = 0; i < 300; i++) this.short.push(esc(sentence(rng, rng.int(5, 40))));
  }
  /** escaped text of about `bytes` bytes (never ends inside an escape sequence) */
  text(bytes) {
    const parts = [];
    let len = 0;
    do {
      const c = this.rng.pick(this.chunks);
      parts.push(c);
      len += c.length;
    } while (len < bytes);
    let out = parts.join('');
    if (len > bytes * 1.25) out = out.slice(0, bytes).replace(/\\+$/, '');
    return out;
  }
  base64(bytes) {
    const start = this.rng.int(0, this.b64.length - 1);
    let out = this.b64.slice(start);
    while (out.length < bytes) out += this.b64;
    return out.slice(0, bytes - (bytes % 4));
  }
  prose(words) {
    const parts = [];
    let n = 0;
    while (n < words) {
      const s = this.rng.pick(this.short);
      parts.push(s);
      n += s.length / 6;
    }
    return parts.join(' ');
  }
}

// ---------------------------------------------------------------------------------------------
// Output

class LineWriter {
  constructor(file) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.stream = createWriteStream(file, { highWaterMark: 4 << 20 });
    this.parts = [];
    this.pending = 0;
    this.bytes = 0;
    this.lines = 0;
  }
  async write(line) {
    this.parts.push(line, '\n');
    this.pending += line.length + 1;
    this.bytes += Buffer.byteLength(line) + 1;
    this.lines++;
    if (this.pending >= 1 << 20) await this.flush();
  }
  async flush() {
    if (this.parts.length === 0) return;
    const s = this.parts.join('');
    this.parts = [];
    this.pending = 0;
    if (!this.stream.write(s)) await once(this.stream, 'drain');
  }
  async close() {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

// ---------------------------------------------------------------------------------------------
// Session model

const OCT_START = Date.UTC(2026, 9, 1, 0, 0, 0);
const OCT_END = Date.UTC(2026, 10, 1, 0, 0, 0);

const PROJECTS = [
  ['/home/dev/repo', 5],
  ['/home/dev/api-server', 3],
  ['/home/dev/web-app', 3],
  ['/home/dev/repo/.worktrees/feature-x', 1],
  ['/Users/alex/src/infra', 2],
  ['/srv/work/ml-pipeline', 1],
];
const encodeCwd = (cwd) => cwd.replace(/[^A-Za-z0-9-]/g, '-');

const BRANCHES = ['main', 'main', 'feature/pricing', 'fix/ingest-crlf', 'feat/record', 'HEAD'];
const VERSIONS = ['2.0.14', '2.0.37', '2.1.3', '2.1.9'];

const MODEL_SONNET = 'claude-sonnet-4-5-20250929';
const MODEL_OPUS = 'claude-opus-4-6';
const MODEL_HAIKU = 'claude-haiku-4-5-20251001';

class Session {
  constructor(g, { cwd, sessionId, startMs, msPerStep, model, side = false, agentId = null, parent = null }) {
    const rng = g.rng;
    this.g = g;
    this.cwd = cwd;
    this.sessionId = sessionId;
    this.t = startMs;
    this.msPerStep = msPerStep;
    this.model = model;
    this.side = side;
    this.agentId = agentId;
    this.parent = parent; // parent Session for subagents
    this.branch = parent ? parent.branch : rng.pick(BRANCHES);
    this.version = parent ? parent.version : rng.pick(VERSIONS);
    this.oneHour = rng.chance(0.35); // Claude Code on plans with 1h cache TTL
    this.ctx = rng.int(12000, 22000); // system prompt + tools, in tokens
    this.cached = 0;
    this.lastUuid = null;
    this.assistantLines = []; // a few parent assistant lines, for sidechain replays
    this.header = '';
    this.rebuildHeader();
  }
  rebuildHeader() {
    this.header =
      `"isSidechain":${this.side},"userType":"external","cwd":${JSON.stringify(this.cwd)},` +
      `"sessionId":"${this.sessionId}","version":"${this.version}","gitBranch":"${this.branch}"` +
      (this.agentId ? `,"agentId":"${this.agentId}"` : '');
  }
  tick(steps = 1) {
    this.t += Math.max(1, Math.round(steps * this.msPerStep * (0.3 + this.g.rng.float() * 1.4)));
    return new Date(Math.min(this.t, OCT_END - 1)).toISOString();
  }
  prefix() {
    const uuid = this.g.rng.uuid();
    const p = `{"parentUuid":${this.lastUuid ? `"${this.lastUuid}"` : 'null'},${this.header}`;
    this.lastUuid = uuid;
    return [p, uuid];
  }
}

/** One generator run: shared PRNG + text pools. */
class Gen {
  constructor(seed) {
    this.rng = new Rng(seed);
    this.pools = new Pools(this.rng);
    this.msgCount = 0;
    this.replays = 0;
    this.truth = {}; // per model token totals, deduplicated the way DESIGN.md says
  }

  msgId() {
    return `msg_01${this.rng.str(B58, 22)}`;
  }
  reqId() {
    return `req_011C${this.rng.str(B58, 20)}`;
  }
  toolId() {
    return `toolu_01${this.rng.str(B58, 22)}`;
  }

  // ---- line builders ------------------------------------------------------------------------

  async userPrompt(w, s) {
    const rng = this.rng;
    // file-history-snapshot before most prompts (main thread only)
    const promptUuid = rng.uuid();
    if (!s.side && rng.chance(0.8)) {
      const ts = new Date(Math.min(s.t, OCT_END - 1)).toISOString();
      const files = {};
      const nf = rng.int(0, 4);
      for (let i = 0; i < nf; i++)
        files[rng.pick(FILES)] = {
          backupFileName: `${rng.hex(16)}@v${rng.int(1, 5)}`,
          version: rng.int(1, 5),
          backupTime: ts,
        };
      await w.write(
        `{"type":"file-history-snapshot","messageId":"${promptUuid}","snapshot":{"messageId":"${promptUuid}","trackedFileBackups":${JSON.stringify(files)},"timestamp":"${ts}"},"isSnapshotUpdate":false}`,
      );
    }
    const [p] = s.prefix();
    s.lastUuid = promptUuid;
    const text = this.pools.prose(rng.logUniform(8, 400));
    await w.write(
      `${p},"type":"user","message":{"role":"user","content":"${text}"},"uuid":"${promptUuid}","timestamp":"${s.tick()}"` +
        (s.side ? '}' : `,"thinkingMetadata":{"level":"high","disabled":false,"triggers":[]},"todos":[]}`),
    );
    s.ctx += Math.round(text.length / 4);
  }

  /** Write one assistant response (several lines). Returns the tool_use blocks requested. */
  async assistant(w, s, { allowTools = true, allowTask = false } = {}) {
    const rng = this.rng;

    // API error placeholder (no requestId, zero usage), then the real retry follows.
    if (rng.chance(0.006)) {
      const [p, uuid] = s.prefix();
      await w.write(
        `${p},"type":"assistant","uuid":"${uuid}","timestamp":"${s.tick()}","message":{"id":"${rng.uuid()}","container":null,"model":"<synthetic>","role":"assistant","stop_reason":"stop_sequence","stop_sequence":"","type":"message","usage":{"input_tokens":0,"output_tokens":0,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"server_tool_use":{"web_search_requests":0,"web_fetch_requests":0},"service_tier":null,"cache_creation":{"ephemeral_1h_input_tokens":0,"ephemeral_5m_input_tokens":0}},"content":[{"type":"text","text":"API Error: 529 {\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"overloaded_error\\",\\"message\\":\\"Overloaded\\"}}"}],"context_management":null},"isApiErrorMessage":true,"error":"unknown"}`,
      );
    }

    // model switch (e.g. /model) now and then on main threads
    if (!s.side && rng.chance(0.01)) s.model = s.model === MODEL_OPUS ? MODEL_SONNET : MODEL_OPUS;

    const blocks = [];
    if (rng.chance(s.side ? 0.2 : 0.45)) {
      const t = this.pools.prose(rng.logUniform(30, 900));
      const sig = rng.str(B64, rng.int(200, 1600));
      blocks.push({ json: `{"type":"thinking","thinking":"${t}","signature":"${sig}"}`, tokens: t.length / 4 });
    }
    let nTools = 0;
    if (allowTools)
      nTools = rng.weighted([
        [0, 1.2],
        [1, 6],
        [2, 2],
        [3, 1],
      ]);
    if (nTools === 0 || rng.chance(0.5)) {
      const t = this.pools.prose(rng.logUniform(10, nTools ? 120 : 600));
      blocks.push({ json: `{"type":"text","text":"${t}"}`, tokens: t.length / 4 });
    }
    const tools = [];
    for (let i = 0; i < nTools; i++) {
      const name = rng.weighted([
        ['Read', 35],
        ['Bash', 25],
        ['Edit', 12],
        ['Grep', 8],
        ['Glob', 5],
        ['Write', s.side ? 1 : 5],
        ['TodoWrite', s.side ? 0 : 5],
        ['Task', allowTask ? 4 : 0],
      ]);
      const id = this.toolId();
      const file = `${s.cwd}/${rng.pick(FILES)}`;
      let input;
      let extra = {};
      switch (name) {
        case 'Read':
          input = `{"file_path":"${file}"}`;
          break;
        case 'Bash':
          input = `{"command":"${esc(rng.pick(['npm test', 'npm run build', 'git status', 'git diff --stat', 'ls -la src', 'npx tsc --noEmit', 'grep -rn "usage" src | head -50', 'node dist/cli.js report examples/']))}","description":"${this.pools.prose(6)}"}`;
          break;
        case 'Edit': {
          const oldS = this.pools.text(rng.logUniform(80, 1500));
          const newS = this.pools.text(rng.logUniform(80, 2500));
          input = `{"file_path":"${file}","old_string":"${oldS}","new_string":"${newS}"}`;
          extra = { oldS, newS };
          break;
        }
        case 'Grep':
          input = `{"pattern":"${rng.pick(IDENTS)}","path":"${s.cwd}","output_mode":"content","-n":true}`;
          break;
        case 'Glob':
          input = `{"pattern":"**/*.${rng.pick(['ts', 'js', 'go', 'md', 'json'])}"}`;
          break;
        case 'Write': {
          const content = this.pools.text(rng.logUniform(500, 20000));
          input = `{"file_path":"${file}","content":"${content}"}`;
          extra = { content };
          break;
        }
        case 'TodoWrite':
          input = `{"todos":[{"content":"${this.pools.prose(8)}","status":"completed","activeForm":"${this.pools.prose(8)}"},{"content":"${this.pools.prose(8)}","status":"in_progress","activeForm":"${this.pools.prose(8)}"}]}`;
          break;
        case 'Task': {
          const prompt = this.pools.prose(rng.logUniform(40, 400));
          input = `{"description":"${this.pools.prose(4)}","prompt":"${prompt}","subagent_type":"${rng.pick(['Explore', 'general-purpose', 'Plan'])}"}`;
          extra = { prompt };
          break;
        }
      }
      blocks.push({
        json: `{"type":"tool_use","id":"${id}","name":"${name}","input":${input}}`,
        tokens: input.length / 4,
      });
      tools.push({ id, name, file, ...extra });
    }

    // usage for this request
    const outFinal = Math.max(1, Math.round(blocks.reduce((a, b) => a + b.tokens, 0) + rng.int(5, 60)));
    let cacheRead = s.cached;
    let cacheCreate = Math.max(0, s.ctx - s.cached);
    if (cacheRead === 0 && rng.chance(0.3)) {
      // first call of a session often reads the shared system-prompt cache
      cacheRead = Math.min(s.ctx, rng.int(9000, 14000));
      cacheCreate = s.ctx - cacheRead;
    }
    const input = rng.chance(0.9) ? rng.int(1, 12) : rng.int(13, 800);
    let c1h = 0;
    let c5m = cacheCreate;
    if (s.oneHour) {
      c1h = cacheCreate;
      c5m = 0;
    } else if (rng.chance(0.1)) {
      c1h = Math.round(cacheCreate * rng.float());
      c5m = cacheCreate - c1h;
    }
    s.cached = s.ctx;
    s.ctx += outFinal;

    const messageId = this.msgId();
    const requestId = this.reqId();
    this.msgCount++;
    // ground truth: each response once, final snapshot (replays and <synthetic> add nothing)
    const tr = (this.truth[s.model] ??= {
      responses: 0,
      input: 0,
      output: 0,
      cacheWrite5m: 0,
      cacheWrite1h: 0,
      cacheRead: 0,
    });
    tr.responses++;
    tr.input += input;
    tr.output += outFinal;
    tr.cacheWrite5m += c5m;
    tr.cacheWrite1h += c1h;
    tr.cacheRead += cacheRead;
    const usage = (out) =>
      `{"input_tokens":${input},"cache_creation_input_tokens":${cacheCreate},"cache_read_input_tokens":${cacheRead},"cache_creation":{"ephemeral_5m_input_tokens":${c5m},"ephemeral_1h_input_tokens":${c1h}},"output_tokens":${out},"service_tier":"standard"}`;

    for (let i = 0; i < blocks.length; i++) {
      const last = i === blocks.length - 1;
      const out = last ? outFinal : Math.max(1, Math.round(outFinal * ((i + rng.float()) / blocks.length) * 0.9));
      const [p, uuid] = s.prefix();
      const line =
        `${p},"message":{"model":"${s.model}","id":"${messageId}","type":"message","role":"assistant","content":[${blocks[i].json}],"stop_reason":null,"stop_sequence":null,"usage":${usage(out)}},` +
        `"requestId":"${requestId}","type":"assistant","uuid":"${uuid}","timestamp":"${s.tick(0.5)}"}`;
      await w.write(line);
      if (!s.side && s.assistantLines.length < 8 && rng.chance(0.05)) s.assistantLines.push({ line, requestId });
    }
    return tools;
  }

  /** Write the tool results for `tools`, spawning subagents for Task. */
  async toolResults(w, s, tools, spawn) {
    const rng = this.rng;
    for (const t of tools) {
      let content;
      let tur;
      let isError = false;
      switch (t.name) {
        case 'Read': {
          if (rng.chance(0.002)) {
            // a screenshot: one very long line of base64
            const data = this.pools.base64(rng.logUniform(100000, 1500000));
            content = `[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"${data}"}}]`;
            tur = `{"type":"image","file":{"base64":"${data}","type":"image/png","originalSize":${data.length}}}`;
            break;
          }
          const text = this.pools.text(
            rng.weighted([
              [() => rng.logUniform(300, 4000), 70],
              [() => rng.logUniform(4000, 25000), 26],
              [() => rng.logUniform(25000, 100000), 4],
            ])(),
          );
          content = `"${text}"`;
          const nl = rng.int(40, 2000);
          tur = `{"type":"text","file":{"filePath":"${t.file}","content":"${text}","numLines":${nl},"startLine":1,"totalLines":${nl}}}`;
          break;
        }
        case 'Bash': {
          const text = this.pools.text(rng.logUniform(80, 6000));
          isError = rng.chance(0.05);
          content = `"${text}"`;
          tur = `{"stdout":"${text}","stderr":"","interrupted":false,"isImage":false}`;
          break;
        }
        case 'Grep': {
          const text = this.pools.text(rng.logUniform(300, 8000));
          content = `"${text}"`;
          tur = `{"mode":"content","numFiles":${rng.int(1, 40)},"filenames":[],"content":"${text}","numLines":${rng.int(5, 400)}}`;
          break;
        }
        case 'Glob': {
          const n = rng.int(1, 120);
          const names = [];
          for (let i = 0; i < n; i++) names.push(`${s.cwd}/${rng.pick(FILES)}`);
          content = `"${names.join('\\n')}"`;
          tur = `{"filenames":${JSON.stringify(names)},"durationMs":${rng.int(3, 400)},"numFiles":${n},"truncated":false}`;
          break;
        }
        case 'Edit': {
          const snippet = this.pools.text(rng.logUniform(300, 3000));
          const original = this.pools.text(rng.logUniform(2000, 30000));
          content = `"The file ${t.file} has been updated. Here's the result of running \`cat -n\` on a snippet of the edited file:\\n${snippet}"`;
          tur = `{"filePath":"${t.file}","oldString":"${t.oldS}","newString":"${t.newS}","originalFile":"${original}","structuredPatch":[{"oldStart":${rng.int(1, 400)},"oldLines":${rng.int(1, 30)},"newStart":${rng.int(1, 400)},"newLines":${rng.int(1, 30)},"lines":["-${t.oldS.slice(0, 200).replace(/\\+$/, '')}","+${t.newS.slice(0, 200).replace(/\\+$/, '')}"]}],"userModified":false,"replaceAll":false}`;
          break;
        }
        case 'Write':
          content = `"File created successfully at: ${t.file}"`;
          tur = `{"type":"create","filePath":"${t.file}","content":"${t.content}","structuredPatch":[]}`;
          break;
        case 'TodoWrite':
          content = `"Todos have been modified successfully. Ensure that you continue to use the todo list to track your progress. Please proceed with the current tasks if applicable"`;
          tur = `{"oldTodos":[],"newTodos":[{"content":"${this.pools.prose(8)}","status":"in_progress","activeForm":"${this.pools.prose(8)}"}]}`;
          break;
        case 'Task': {
          const sub = await spawn(t);
          const text = this.pools.prose(rng.logUniform(100, 900));
          content = `[{"type":"text","text":"${text}"}]`;
          // NB: toolUseResult.usage is the subagent's own summary; it must never be billed.
          tur = `{"status":"completed","prompt":"${t.prompt}","agentId":"${sub.agentId}","content":[{"type":"text","text":"${text}"}],"totalDurationMs":${rng.int(5000, 400000)},"totalTokens":${sub.tokens},"totalToolUseCount":${sub.toolUses},"usage":{"input_tokens":${rng.int(1, 40)},"cache_creation_input_tokens":${rng.int(0, 9000)},"cache_read_input_tokens":${rng.int(0, 90000)},"cache_creation":{"ephemeral_5m_input_tokens":0,"ephemeral_1h_input_tokens":0},"output_tokens":${rng.int(100, 3000)},"service_tier":"standard"}}`;
          break;
        }
      }
      const [p, uuid] = s.prefix();
      await w.write(
        `${p},"type":"user","message":{"role":"user","content":[{"tool_use_id":"${t.id}","type":"tool_result","content":${content}${isError ? ',"is_error":true' : ''}}]},"uuid":"${uuid}","timestamp":"${s.tick()}","toolUseResult":${tur}}`,
      );
      s.ctx += Math.min(25000, Math.round(content.length / 3.6));
    }
  }

  maybeCompact(s) {
    if (s.ctx < 160000) return null;
    s.ctx = this.rng.int(18000, 32000);
    s.cached = 0;
    const [p, uuid] = s.prefix();
    return `${p},"type":"system","subtype":"compact_boundary","content":"Conversation compacted","isMeta":false,"timestamp":"${s.tick()}","uuid":"${uuid}","level":"info","compactMetadata":{"trigger":"auto","preTokens":${this.rng.int(155000, 170000)}}}`;
  }

  /**
   * Write a whole thread (main session or subagent) into `w` until it holds `budget` bytes.
   * `spawn(tool)` is called for Task tool uses (main threads only).
   */
  async thread(w, s, budget, spawn) {
    const rng = this.rng;
    const start = w.bytes;
    while (w.bytes - start < budget) {
      await this.userPrompt(w, s);
      // agent loop: keep calling tools until a response without tool_use (or the budget runs out)
      for (let turn = 0; turn < 400; turn++) {
        const compact = this.maybeCompact(s);
        if (compact) await w.write(compact);
        const remaining = budget - (w.bytes - start);
        const tools = await this.assistant(w, s, {
          allowTools: remaining > 0 && (turn === 0 || rng.chance(0.93)),
          allowTask: !!spawn && rng.chance(0.5),
        });
        if (tools.length === 0) break;
        await this.toolResults(w, s, tools, spawn);
      }
      if (s.side) break; // subagents answer one prompt
    }
  }

  /** Main session, with subagent files next to it. Returns bytes written (all files). */
  async session(projectDir, opts, budget, { subagents = true } = {}) {
    const rng = this.rng;
    const s = new Session(this, opts);
    const file = path.join(projectDir, `${s.sessionId}.jsonl`);
    const w = new LineWriter(file);
    let subBytes = 0;
    let files = 1;
    if (rng.chance(0.25)) {
      for (let i = rng.int(1, 3); i > 0; i--)
        await w.write(`{"type":"summary","summary":"${this.pools.prose(8)}","leafUuid":"${rng.uuid()}"}`);
    }
    // subagents take ~15-25% of a session's bytes
    let subBudget = subagents ? budget * (0.1 + rng.float() * 0.2) : 0;
    const spawn = subagents
      ? async () => {
          const agentId = rng.hex(8);
          const sub = new Session(this, {
            cwd: s.cwd,
            sessionId: s.sessionId,
            startMs: s.t,
            msPerStep: s.msPerStep / 2,
            model: rng.chance(0.7) ? MODEL_HAIKU : s.model,
            side: true,
            agentId,
            parent: s,
          });
          const sw = new LineWriter(path.join(projectDir, s.sessionId, 'subagents', `agent-${agentId}.jsonl`));
          // A few subagent files start by replaying a parent message: same message.id, new requestId.
          if (s.assistantLines.length && rng.chance(0.15)) {
            const orig = rng.pick(s.assistantLines);
            const replay = orig.line
              .replace(`"requestId":"${orig.requestId}"`, `"requestId":"${this.reqId()}"`)
              .replace('"isSidechain":false', '"isSidechain":true')
              .replace(/"uuid":"[^"]+"/, `"uuid":"${rng.uuid()}"`)
              .replace('"gitBranch"', `"agentId":"${agentId}","gitBranch"`);
            await sw.write(replay);
            this.replays++;
          }
          const b0 = this.msgCount;
          const want = Math.min(Math.max(20000, subBudget), rng.logUniform(20000, 3000000));
          await this.userPrompt(sw, sub);
          await this.thread(sw, sub, want, null);
          await sw.close();
          subBudget -= sw.bytes;
          subBytes += sw.bytes;
          files++;
          s.t = Math.max(s.t, sub.t);
          return { agentId, tokens: rng.int(5000, 200000), toolUses: this.msgCount - b0 };
        }
      : null;
    await this.thread(w, s, budget - budget * 0.2 * (subagents ? 1 : 0), spawn);
    await w.close();
    return { bytes: w.bytes + subBytes, files, lines: w.lines, sessionId: s.sessionId };
  }
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Generate `<dir>/projects/<encoded-cwd>/<session>.jsonl` (+ subagent files) totalling about
 * `totalBytes` bytes over `sessions` sessions. Deterministic for a given (totalBytes, sessions, seed).
 */
export async function generateTree(dir, { totalBytes, sessions, seed = 1 }) {
  const g = new Gen(seed);
  const rng = g.rng;
  // heavy-tailed session sizes (log-normal), normalised to totalBytes
  const weights = [];
  for (let i = 0; i < sessions; i++) weights.push(Math.exp(1.1 * rng.normal()));
  const wsum = weights.reduce((a, b) => a + b, 0);
  const stats = { bytes: 0, files: 0, sessions: 0, replays: 0 };
  let written = 0;
  for (let i = 0; i < sessions; i++) {
    let budget = Math.max(4000, Math.round((totalBytes * weights[i]) / wsum));
    // correct drift so the total lands near the target
    const left = totalBytes - written;
    const leftWeight = weights.slice(i).reduce((a, b) => a + b, 0);
    budget = Math.max(4000, Math.round((left * weights[i]) / leftWeight));
    const cwd = rng.weighted(PROJECTS);
    const projectDir = path.join(dir, 'projects', encodeCwd(cwd));
    const estLines = budget / 6000;
    const duration = Math.min(3 * 86400e3, Math.max(600e3, estLines * 12e3));
    const startMs = OCT_START + Math.floor(rng.float() * (OCT_END - OCT_START - duration - 3600e3));
    const r = await g.session(
      projectDir,
      {
        cwd,
        sessionId: rng.uuid(),
        startMs,
        msPerStep: duration / Math.max(1, estLines),
        model: rng.chance(0.75) ? MODEL_SONNET : MODEL_OPUS,
      },
      budget,
    );
    written += r.bytes;
    stats.files += r.files;
    stats.sessions++;
  }
  stats.bytes = written;
  stats.replays = g.replays;
  stats.responses = g.msgCount;
  stats.truth = g.truth;
  return stats;
}

/** Generate one session transcript of about `bytes` bytes at `file` (no subagent files). */
export async function generateSingleFile(file, bytes, { seed = 7 } = {}) {
  const g = new Gen(seed);
  const rng = g.rng;
  const estLines = bytes / 6000;
  const duration = 28 * 86400e3; // spread over October
  const cwd = '/home/dev/big-repo';
  const r = await g.session(
    path.dirname(file),
    {
      cwd,
      sessionId: path.basename(file, '.jsonl'),
      startMs: OCT_START + 3600e3,
      msPerStep: duration / estLines,
      model: rng.chance(0.5) ? MODEL_SONNET : MODEL_OPUS,
    },
    bytes,
    { subagents: false },
  );
  return { bytes: r.bytes, files: 1, lines: r.lines, responses: g.msgCount, truth: g.truth };
}

// CLI: node scripts/bench/generate.mjs tree <dir> <MB> [sessions] [seed] | file <path> <MB>
if (import.meta.url === `file://${process.argv[1]}`) {
  const [mode, target, mb, a, b] = process.argv.slice(2);
  const t0 = performance.now();
  const res =
    mode === 'file'
      ? await generateSingleFile(target, Number(mb) * 1048576)
      : await generateTree(target, {
          totalBytes: Number(mb) * 1048576,
          sessions: Number(a ?? Math.max(4, Math.round(Number(mb) * 0.75))),
          seed: Number(b ?? 1),
        });
  console.log(JSON.stringify({ ...res, seconds: +((performance.now() - t0) / 1000).toFixed(2) }));
}
