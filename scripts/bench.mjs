#!/usr/bin/env node
// `npm run bench`: time claude-cost against plain reads and ccusage on synthetic transcripts.
//
// Environment:
//   BENCH_MB=400          size of the multi-session tree (MiB)
//   BENCH_SESSIONS=       sessions in that tree (default: 0.75 per MiB)
//   BENCH_BIG_MB=1024     size of the single-transcript tree (MiB)
//   BENCH_SEED=1          generator seed
//   BENCH_RUNS=3          timed runs per case (after one untimed warm-up run)
//   BENCH_ONLY=a,b        run only these case ids (see `cases` below)
//   BENCH_TIMEOUT_S=900   per-run timeout
//   BENCH_CLI=path        the claude-cost CLI to time (default dist/cli.js)
//   BENCH_ALLOW_NO_CLI=1  run the cases that do not need dist/cli.js when it is missing
//   BENCH_STRICT=1        exit 1 when a target does not hold
//   BENCH_NO_GNU_TIME=1   measure RSS by polling /proc instead of /usr/bin/time
//   BENCH_PAIRS=0         after the cases, time report and ccusage on the tree this many more times
//                         each, one after the other in turn: drift of the machine between cases
//                         then shows in both, not in their ratio
//
// Builds nothing: run `npm run build` first. Data is cached under .bench/data/ and regenerated when
// the generator parameters or generate.mjs change. ccusage is installed into .bench/tools/.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSingleFile, generateTree, GENERATOR_VERSION } from './bench/generate.mjs';
import { dropPageCache, GNU_TIME, measure, runOnce } from './bench/measure.mjs';
import { hookBenchCase, hookTarget, prepareHookBench } from './bench/hook.mjs';
import { prepareActionBench } from './bench/action.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = path.join(ROOT, '.bench');
const DATA_DIR = path.join(BENCH_DIR, 'data');
const TOOLS_DIR = path.join(BENCH_DIR, 'tools');
const CLI = process.env.BENCH_CLI ? path.resolve(process.env.BENCH_CLI) : path.join(ROOT, 'dist', 'cli.js');
const CCUSAGE_VERSION = '20.0.24';
const CCUSAGE_BIN = path.join(TOOLS_DIR, 'node_modules', '.bin', 'ccusage');
const MiB = 1 << 20;

const envNum = (name, dflt) => {
  const v = process.env[name];
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${v}`);
  return n;
};
const CFG = {
  treeMB: envNum('BENCH_MB', 400),
  bigMB: envNum('BENCH_BIG_MB', 1024),
  seed: envNum('BENCH_SEED', 1),
  runs: Math.round(envNum('BENCH_RUNS', 3)),
  timeoutS: envNum('BENCH_TIMEOUT_S', 900),
};
CFG.sessions = Math.round(envNum('BENCH_SESSIONS', Math.max(4, Math.round(CFG.treeMB * 0.75))));
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : null;
const log = (...a) => console.error(...a);

// Reference list prices (USD per million tokens) to price the generator's ground truth. Neither
// tool under test reads these; they only give a third opinion when the two disagree.
const LIST_PRICES = {
  'claude-sonnet-4-5-20250929': { input: 3, output: 15, cacheWrite5m: 3.75, cacheWrite1h: 6, cacheRead: 0.3 },
  'claude-opus-4-6': { input: 5, output: 25, cacheWrite5m: 6.25, cacheWrite1h: 10, cacheRead: 0.5 },
  'claude-haiku-4-5-20251001': { input: 1, output: 5, cacheWrite5m: 1.25, cacheWrite1h: 2, cacheRead: 0.1 },
};

// ---------------------------------------------------------------------------------------------
// Data

const generatorHash = createHash('sha256')
  .update(readFileSync(path.join(ROOT, 'scripts', 'bench', 'generate.mjs')))
  .digest('hex')
  .slice(0, 16);

/** Ensure `.bench/data/<name>` holds the data for `params`; (re)generate it otherwise. */
async function ensureData(name, params, generate) {
  const dir = path.join(DATA_DIR, name);
  const manifestFile = path.join(dir, 'manifest.json');
  const want = { generatorVersion: GENERATOR_VERSION, generatorHash, ...params };
  if (existsSync(manifestFile)) {
    try {
      const m = JSON.parse(readFileSync(manifestFile, 'utf8'));
      if (JSON.stringify(m.params) === JSON.stringify(want)) {
        log(`data ${name}: cached (${(m.stats.bytes / MiB).toFixed(0)} MiB, ${m.stats.files} files)`);
        return { dir, ...m };
      }
    } catch {
      /* regenerate */
    }
  }
  log(`data ${name}: generating ${JSON.stringify(params)} ...`);
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const t0 = performance.now();
  const stats = await generate(tmp);
  const seconds = (performance.now() - t0) / 1000;
  log(`data ${name}: ${(stats.bytes / MiB).toFixed(0)} MiB in ${stats.files} files, ${seconds.toFixed(1)} s`);
  writeFileSync(path.join(tmp, 'manifest.json'), JSON.stringify({ params: want, stats }, null, 2) + '\n');
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return { dir, params: want, stats };
}

function truthCost(truth) {
  let cost = 0;
  const tokens = { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 };
  for (const [model, t] of Object.entries(truth)) {
    const p = LIST_PRICES[model];
    for (const k of Object.keys(tokens)) {
      tokens[k] += t[k];
      if (p) cost += (t[k] * p[k]) / 1e6;
    }
  }
  return { cost, tokens };
}

// ---------------------------------------------------------------------------------------------
// ccusage

function ensureCcusage() {
  const pkg = path.join(TOOLS_DIR, 'node_modules', 'ccusage', 'package.json');
  const installed = () => {
    try {
      return JSON.parse(readFileSync(pkg, 'utf8')).version === CCUSAGE_VERSION && existsSync(CCUSAGE_BIN);
    } catch {
      return false;
    }
  };
  if (!installed()) {
    log(`installing ccusage@${CCUSAGE_VERSION} into ${path.relative(ROOT, TOOLS_DIR)} ...`);
    mkdirSync(TOOLS_DIR, { recursive: true });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(
      npm,
      ['install', '--prefix', TOOLS_DIR, '--no-save', '--no-audit', '--no-fund', `ccusage@${CCUSAGE_VERSION}`],
      { encoding: 'utf8', timeout: 300_000 },
    );
    if (r.status !== 0 || !installed()) {
      const lines = `${r.stderr ?? ''}${r.error ?? ''}`.trim().split('\n');
      const why = lines.find((l) => /ERR|code|fail/i.test(l)) ?? lines.at(-1);
      return { ok: false, why: `npm install ccusage@${CCUSAGE_VERSION} failed (no network?): ${why}` };
    }
  }
  // ccusage 20 has `claude session`; older versions only have `session`.
  for (const sub of [['claude', 'session'], ['session']]) {
    const r = spawnSync(CCUSAGE_BIN, [...sub, '--help'], { encoding: 'utf8', timeout: 60_000 });
    if (r.status === 0 && /--json/.test(r.stdout)) {
      const arch = { x64: 'x64', arm64: 'arm64' }[process.arch] ?? process.arch;
      const native = path.join(
        TOOLS_DIR,
        'node_modules',
        '@ccusage',
        `ccusage-${process.platform}-${arch}`,
        'bin',
        'ccusage',
      );
      return { ok: true, sub, native: existsSync(native) ? native : null };
    }
  }
  return { ok: false, why: 'ccusage installed but neither `claude session` nor `session` accepts --json' };
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const haveCli = existsSync(CLI);
  if (!haveCli && !process.env.BENCH_ALLOW_NO_CLI) {
    log(
      `${path.relative(ROOT, CLI)} not found. Build it first:\n\n  npm run build\n\n(or set BENCH_ALLOW_NO_CLI=1 to run only the cases that do not need it)`,
    );
    process.exit(1);
  }
  mkdirSync(BENCH_DIR, { recursive: true });

  const tree = await ensureData(
    'tree',
    { kind: 'tree', totalBytes: CFG.treeMB * MiB, sessions: CFG.sessions, seed: CFG.seed },
    (dir) => generateTree(dir, { totalBytes: CFG.treeMB * MiB, sessions: CFG.sessions, seed: CFG.seed }),
  );
  const big = await ensureData('big', { kind: 'single-file', totalBytes: CFG.bigMB * MiB, seed: CFG.seed + 6 }, (dir) =>
    generateSingleFile(
      path.join(dir, 'projects', '-home-dev-big-repo', '0b1d5e55-0000-4000-8000-000000000001.jsonl'),
      CFG.bigMB * MiB,
      {
        seed: CFG.seed + 6,
      },
    ),
  );

  const cc = ensureCcusage();
  if (!cc.ok) log(`ccusage unavailable, skipping its cases: ${cc.why}`);
  if (!haveCli) log(`${path.relative(ROOT, CLI)} missing: skipping claude-cost cases (BENCH_ALLOW_NO_CLI)`);

  const emptyHome = mkdtempSync(path.join(os.tmpdir(), 'bench-home-'));
  const baseEnv = { HOME: emptyHome, TZ: 'UTC', NO_COLOR: '1', LC_ALL: 'C' };
  const node = process.execPath;
  const readAll = path.join(ROOT, 'scripts', 'bench', 'read-all.mjs');
  const outDirs = [];
  const freshOut = () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'bench-record-'));
    outDirs.push(d);
    return d;
  };
  const ccArgs = [...(cc.sub ?? ['claude', 'session']), '--json', '--offline', '--mode', 'calculate'];

  /**
   * The cases. Add new ones here. Fields: id, data ('tree' | 'big'), name, cmd, args (array or
   * run -> array), env, needs ('cli' | 'ccusage'), cost (parsed stdout -> USD), rssLimitMB.
   */
  const cases = [];
  for (const [data, d, label] of [
    ['tree', tree, `${(tree.stats.bytes / MiB).toFixed(0)} MiB tree`],
    ['big', big, `${(big.stats.bytes / MiB).toFixed(0)} MiB single file`],
  ]) {
    const projects = path.join(d.dir, 'projects');
    const sfx = data === 'big' ? '-big' : '';
    cases.push(
      {
        id: `cat${sfx}`,
        data,
        name: `cat all files > /dev/null (${label})`,
        cmd: 'sh',
        args: ['-c', 'find "$1" -type f -name "*.jsonl" -exec cat {} + > /dev/null', 'sh', projects],
      },
      {
        id: `node-read${sfx}`,
        data,
        name: `node: read files in 1 MiB chunks (${label})`,
        cmd: node,
        args: [readAll, projects],
      },
      {
        id: `report${sfx}`,
        data,
        needs: 'cli',
        name: `claude-cost report --format json (${label})`,
        cmd: node,
        args: [CLI, 'report', projects, '--format', 'json'],
        cost: (j) => j?.totals?.costUsd,
        tokens: (j) => j?.totals,
        rssLimitMB: data === 'big' ? 200 : undefined,
      },
    );
    if (data === 'tree')
      cases.push({
        id: 'record',
        data,
        needs: 'cli',
        name: `claude-cost record --all --any-branch (${label})`,
        cmd: node,
        // --no-cache: the whole read every time (the record-cold and record-warm cases time the cache).
        args: () => [
          CLI,
          'record',
          '--transcripts',
          projects,
          '--all',
          '--any-branch',
          '--no-cache',
          '--out',
          freshOut(),
        ],
      });
    cases.push({
      id: `ccusage${sfx}`,
      data,
      needs: 'ccusage',
      name: `ccusage ${ccArgs.join(' ')} (${label})`,
      cmd: CCUSAGE_BIN,
      args: ccArgs,
      env: { CLAUDE_CONFIG_DIR: d.dir },
      cost: (j) => j?.totals?.totalCost,
      tokens: (j) => j?.totals,
    });
    // ccusage 20 ships a native binary behind a Node launcher; time it alone too (tree only).
    if (data === 'tree' && cc.native)
      cases.push({
        id: 'ccusage-native',
        data,
        needs: 'ccusage',
        name: `ccusage native binary, no Node launcher (${label})`,
        cmd: cc.native,
        args: ccArgs,
        env: { CLAUDE_CONFIG_DIR: d.dir },
        cost: (j) => j?.totals?.totalCost,
        tokens: (j) => j?.totals,
      });
  }

  // Issue 5: a period report over 20,000 committed session records in a generated git history
  // (half squash merges, half merge commits, over 12 months; BENCH_PERIOD_RECORDS to change).
  // Target: under 3 s. The repository is cached under .bench/data/period.
  if (!ONLY || ONLY.has('period')) {
    const { generatePeriodRepo, PERIOD_REPO_VERSION } = await import('../test/fixtures/period/bench-repo.mjs');
    const records = Math.round(envNum('BENCH_PERIOD_RECORDS', 20_000));
    const periodData = await ensureData(
      'period',
      { kind: 'period-repo', records, seed: CFG.seed, version: PERIOD_REPO_VERSION },
      (dir) => generatePeriodRepo(dir, { records, seed: CFG.seed }),
    );
    const sessionsDir = path.join(periodData.dir, 'repo', '.claude-cost', 'sessions');
    cases.push({
      id: 'period',
      data: 'period',
      needs: 'cli',
      name: `claude-cost period 2026-10 --out DIR (${records.toLocaleString('en-US')} records, git history)`,
      cmd: node,
      args: () => [CLI, 'period', '2026-10', '--records', sessionsDir, '--out', freshOut(), '--format', 'json'],
      cost: (j) => j?.totals?.costUsd,
    });
  }

  // The Action end to end in PR mode: dist/index.js on a PR adding 50 records, against the tests'
  // local fake GitHub API (bundled into .bench/action/) with the runner environment the tests build.
  const action = !ONLY || ONLY.has('action-pr') ? await prepareActionBench({ root: ROOT, records: 50 }) : null;
  if (action) cases.push(action.case);

  // Issue 6: a warm rerun of `record --all` over the tree after one more session was logged, against
  // a cold run (empty transcript cache) and ccusage on the same tree. Target: 10× faster than both.
  // The tree is given with --transcripts (its sessions' cwd values are /home/dev/... paths, which no
  // temporary repository can match), so every session in it is recorded: as many as ccusage reads.
  // Each warm run first moves one new ~4 MiB session into a second transcripts dir; the cache and
  // the records written by the runs before it stay, as on a developer's machine.
  if (!ONLY || ONLY.has('record-cold') || ONLY.has('record-warm')) {
    const work = mkdtempSync(path.join(os.tmpdir(), 'bench-incremental-'));
    const projects = path.join(tree.dir, 'projects');
    const extra = path.join(work, 'extra', 'projects', '-home-dev-big-repo');
    const staged = path.join(work, 'staged');
    mkdirSync(extra, { recursive: true });
    mkdirSync(staged, { recursive: true });
    const newSessions = [];
    for (let i = 0; i < CFG.runs + 1; i += 1) {
      const file = path.join(staged, `0b1d5e55-0000-4000-8000-${String(i + 1).padStart(12, '0')}.jsonl`);
      await generateSingleFile(file, 4 * MiB, { seed: CFG.seed + 100 + i });
      newSessions.push(file);
    }
    const coldCache = path.join(work, 'cold-cache');
    const warmCache = path.join(work, 'warm-cache');
    const warmOut = path.join(work, 'warm-out');
    const recordArgs = (out) => [
      CLI,
      'record',
      '--transcripts',
      projects,
      '--transcripts',
      path.dirname(extra),
      '--all',
      '--any-branch',
      '--out',
      out,
    ];
    cases.push(
      {
        id: 'record-cold',
        data: 'tree',
        needs: 'cli',
        name: `claude-cost record --all --any-branch, empty transcript cache (${(tree.stats.bytes / MiB).toFixed(0)} MiB tree)`,
        cmd: node,
        args: () => {
          rmSync(coldCache, { recursive: true, force: true });
          return recordArgs(freshOut());
        },
        env: { CLAUDE_COST_CACHE_DIR: coldCache },
      },
      {
        id: 'record-warm',
        data: 'tree',
        needs: 'cli',
        name: `claude-cost record --all --any-branch, warm, one new 4 MiB session (${(tree.stats.bytes / MiB).toFixed(0)} MiB tree)`,
        cmd: node,
        args: (i) => {
          if (i === 0) {
            // Not timed: the run that fills the cache and writes the records the warm runs find.
            const prime = spawnSync(node, recordArgs(warmOut), {
              env: { ...process.env, ...baseEnv, CLAUDE_COST_CACHE_DIR: warmCache },
              stdio: 'ignore',
            });
            if (prime.status !== 0) throw new Error(`priming the transcript cache failed (exit ${prime.status})`);
          }
          const next = newSessions[i];
          if (next !== undefined) renameSync(next, path.join(extra, path.basename(next)));
          return recordArgs(warmOut);
        },
        env: { CLAUDE_COST_CACHE_DIR: warmCache },
      },
    );
    process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  }

  // `claude-cost hook` on one 50 MiB session, as Claude Code's SessionEnd hook runs it.
  const hook = !ONLY || ONLY.has('hook') ? await prepareHookBench({ mb: 50 }) : null;
  if (hook) cases.push(hookBenchCase({ cli: CLI, node, setup: hook }));

  // BENCH_COLD=1: drop the page cache before every run (root only), so files come from disk.
  const COLD = process.env.BENCH_COLD === '1' && dropPageCache();
  if (process.env.BENCH_COLD === '1' && !COLD)
    log('BENCH_COLD=1 but the page cache cannot be dropped here: warm runs.');

  log(
    `\nEach command runs once untimed, then ${CFG.runs} timed run(s); wall = median, RSS = max.` +
      (COLD
        ? `\nThe page cache is dropped before every run: cold-cache figures.\n`
        : `\nWarm page cache (BENCH_COLD=1 drops it before every run).\n`),
  );
  const results = [];
  for (const c of cases) {
    if (ONLY && !ONLY.has(c.id)) continue;
    const skip =
      c.needs === 'cli' && !haveCli ? 'no dist/cli.js' : c.needs === 'ccusage' && !cc.ok ? 'ccusage unavailable' : null;
    if (skip) {
      results.push({ id: c.id, data: c.data, name: c.name, ok: false, skipped: skip });
      continue;
    }
    log(`${c.id}: ${c.name}`);
    const r = await measure(
      c.name,
      c.cmd,
      c.args,
      { ...baseEnv, ...c.env },
      {
        runs: CFG.runs,
        timeoutS: CFG.timeoutS,
        before: COLD ? () => dropPageCache() : undefined,
        after: () => {
          for (const d of outDirs.splice(0)) rmSync(d, { recursive: true, force: true });
        },
      },
    );
    const res = { id: c.id, data: c.data, ...r, rssLimitMB: c.rssLimitMB };
    // Some commands exit 0 even when they fail (the hook never breaks a session): check the effect.
    const problem = r.ok && c.verify ? c.verify() : null;
    if (problem) Object.assign(res, { ok: false, error: problem });
    if (!r.ok) log(`  FAILED: ${r.error}`);
    if (r.ok && c.cost) {
      try {
        const j = JSON.parse(readFileSync(r.stdoutFile, 'utf8'));
        res.costUsd = c.cost(j);
        res.totals = c.tokens?.(j);
      } catch (e) {
        res.parseError = String(e.message ?? e);
      }
    }
    if (r.ok && c.id.startsWith('node-read')) {
      try {
        res.output = JSON.parse(readFileSync(r.stdoutFile, 'utf8'));
      } catch {
        /* ignore */
      }
    }
    if (r.tmp) rmSync(r.tmp, { recursive: true, force: true });
    delete res.tmp;
    delete res.stdoutFile;
    results.push(res);
  }
  const ranOk = (id) => results.some((r) => r.id === id && r.ok);
  const paired = await timePairs(
    ['report', 'ccusage'].map((id) => (ranOk(id) ? cases.find((c) => c.id === id) : undefined)),
    Math.round(envNum('BENCH_PAIRS', 0)),
    { baseEnv, cold: COLD, timeoutS: CFG.timeoutS },
  );
  rmSync(emptyHome, { recursive: true, force: true });
  await action?.stop();
  hook?.cleanup();

  // ---- report -------------------------------------------------------------------------------
  const byId = Object.fromEntries(results.map((r) => [r.id, r]));
  const fmt = (n, d = 2) => (n === undefined || n === null || Number.isNaN(n) ? '–' : n.toFixed(d));
  const usd = (n) => (typeof n === 'number' ? `$${n.toFixed(2)}` : '–');
  const truth = { tree: truthCost(tree.stats.truth ?? {}), big: truthCost(big.stats.truth ?? {}) };

  const rows = [];
  for (const r of results) {
    // Only runs over the same data compare with ccusage (the period and Action cases have their own).
    const ref = r.data === 'big' ? byId['ccusage-big'] : r.data === 'tree' ? byId.ccusage : undefined;
    const refOk = ref?.ok && r.ok;
    const refCost = ref?.costUsd;
    let diff = '–';
    if (typeof r.costUsd === 'number' && typeof refCost === 'number' && r.id !== ref?.id) {
      const dd = r.costUsd - refCost;
      diff = `${dd >= 0 ? '+' : '−'}$${Math.abs(dd).toFixed(2)} (${((100 * dd) / refCost).toFixed(2)}%)`;
    }
    rows.push([
      r.name,
      r.ok ? fmt(r.wallS) : r.skipped ? `skipped: ${r.skipped}` : 'FAILED',
      r.ok ? fmt(r.cpuS) : '–',
      r.ok ? fmt(r.rssMB, 0) : '–',
      refOk ? `${(r.wallS / ref.wallS).toFixed(2)}×` : '–',
      usd(r.costUsd),
      diff,
    ]);
  }
  for (const data of ['tree', 'big']) {
    const t = truth[data];
    const ref = byId[data === 'big' ? 'ccusage-big' : 'ccusage'];
    let diff = '–';
    if (typeof ref?.costUsd === 'number') {
      const dd = t.cost - ref.costUsd;
      diff = `${dd >= 0 ? '+' : '−'}$${Math.abs(dd).toFixed(2)} (${((100 * dd) / ref.costUsd).toFixed(2)}%)`;
    }
    rows.push([
      `generator ground truth, list prices (${data === 'big' ? 'single file' : 'tree'})`,
      '',
      '',
      '',
      '',
      usd(t.cost),
      diff,
    ]);
  }
  const header = [
    'command',
    'wall s (median)',
    'CPU s (median)',
    'peak RSS MB',
    'wall vs ccusage',
    'total cost',
    'Δ cost vs ccusage',
  ];
  const table = [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

  const report = byId.report;
  const ccu = byId.ccusage;
  const reportBig = byId['report-big'];
  const targets = [
    {
      target: 'claude-cost report wall ≤ ccusage wall (tree)',
      holds: report?.ok && ccu?.ok ? report.wallS <= ccu.wallS : null,
      detail:
        (report?.ok && ccu?.ok ? `${fmt(report.wallS)} s vs ${fmt(ccu.wallS)} s` : 'not measured') +
        (paired
          ? `; in ${paired.pairs} alternating pairs ${fmt(paired.walls[0])} s vs ${fmt(paired.walls[1])} s (${(paired.walls[0] / paired.walls[1]).toFixed(2)}×)`
          : ''),
    },
    {
      target: 'claude-cost report peak RSS < 200 MB (single file)',
      holds: reportBig?.ok ? reportBig.rssMB < 200 : null,
      detail: reportBig?.ok ? `${fmt(reportBig.rssMB, 0)} MB` : 'not measured',
    },
  ];
  const cold = byId['record-cold'];
  const warm = byId['record-warm'];
  const times = (a, b) => `${(a.wallS / b.wallS).toFixed(1)}×`;
  targets.push({
    target: 'record warm ≥ 10× faster than cold and than ccusage (tree, one new session)',
    holds: warm?.ok && cold?.ok && ccu?.ok ? cold.wallS >= 10 * warm.wallS && ccu.wallS >= 10 * warm.wallS : null,
    detail:
      warm?.ok && cold?.ok && ccu?.ok
        ? `warm ${fmt(warm.wallS)} s; cold ${fmt(cold.wallS)} s (${times(cold, warm)}); ccusage ${fmt(ccu.wallS)} s (${times(ccu, warm)})`
        : 'not measured',
  });
  if (hook) targets.push(hookTarget(byId.hook));
  const period = byId.period;
  targets.push({
    target: 'claude-cost period over 20,000 records < 3 s',
    holds: period?.ok ? period.wallS < 3 : null,
    detail: period?.ok ? `${fmt(period.wallS)} s` : 'not measured',
  });
  const mark = (h) => (h === true ? '✅ holds' : h === false ? '❌ fails' : '– n/a');

  // token totals side by side, to explain cost differences
  const tokenRows = [];
  const normTokens = (id, t) => {
    if (!t) return null;
    if (id.startsWith('report'))
      return [
        t.inputTokens,
        t.outputTokens,
        (t.cacheWrite5mTokens ?? 0) + (t.cacheWrite1hTokens ?? 0),
        t.cacheReadTokens,
      ];
    return [t.inputTokens, t.outputTokens, t.cacheCreationTokens, t.cacheReadTokens];
  };
  const int = (n) => (typeof n === 'number' ? n.toLocaleString('en-US') : '–');
  for (const data of ['tree', 'big']) {
    for (const r of results.filter((x) => x.data === data && x.ok && x.totals && x.id !== 'ccusage-native')) {
      const t = normTokens(r.id, r.totals);
      if (t) tokenRows.push([r.id, ...t.map(int)]);
    }
    const tt = truth[data].tokens;
    tokenRows.push([
      `ground truth (${data})`,
      ...[tt.input, tt.output, tt.cacheWrite5m + tt.cacheWrite1h, tt.cacheRead].map(int),
    ]);
  }
  const tokenTable = [
    '| source | input | output | cache write | cache read |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...tokenRows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

  const cpu = os.cpus();
  const out = [
    `## claude-cost bench`,
    ``,
    `Data: tree ${(tree.stats.bytes / MiB).toFixed(0)} MiB, ${tree.stats.files} files, ${tree.stats.sessions} sessions (seed ${CFG.seed}); ` +
      `single file ${(big.stats.bytes / MiB).toFixed(0)} MiB, ${big.stats.lines} lines.`,
    `Machine: ${cpu.length}× ${cpu[0]?.model ?? '?'}, Node ${process.version}, ${GNU_TIME ? `peak RSS and CPU time (user + system, all threads) via ${GNU_TIME} -f '%e %M %U %S'` : 'peak RSS via /proc VmHWM polling, no CPU time'}.`,
    `Method: one untimed run per command, then the median of ${CFG.runs} run(s); ` +
      `${COLD ? 'the page cache dropped before every run (cold)' : 'warm page cache'}. ccusage ${cc.ok ? `${CCUSAGE_VERSION} (${ccArgs.join(' ')})` : 'not available'}.`,
    ``,
    table,
    ``,
    `| target | result | |`,
    `| --- | --- | --- |`,
    ...targets.map((t) => `| ${t.target} | ${mark(t.holds)} | ${t.detail} |`),
    ``,
    `Token totals (cache write = 5m + 1h):`,
    ``,
    tokenTable,
    ``,
  ].join('\n');
  console.log(out);
  if (action) console.log(`${action.describe(byId['action-pr'])}\n`);
  if (!cc.ok) console.log(`ccusage unavailable: ${cc.why}\n`);
  for (const r of results) if (!r.ok && !r.skipped) console.log(`**${r.id} failed:**\n\n\`\`\`\n${r.error}\n\`\`\`\n`);

  const json = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpu.length,
    cpuModel: cpu[0]?.model,
    rssMethod: GNU_TIME ? 'gnu-time' : 'proc-vmhwm-poll',
    config: CFG,
    ccusage: cc.ok ? { version: CCUSAGE_VERSION, args: ccArgs } : { error: cc.why },
    data: {
      tree: { dir: path.relative(ROOT, tree.dir), ...tree.stats, truthCostUsd: truth.tree.cost },
      big: { dir: path.relative(ROOT, big.dir), ...big.stats, truthCostUsd: truth.big.cost },
    },
    results,
    paired: paired && { ids: ['report', 'ccusage'], pairs: paired.pairs, wallS: paired.walls },
    targets,
  };
  writeFileSync(path.join(BENCH_DIR, 'results.json'), JSON.stringify(json, null, 2) + '\n');
  log(`results written to ${path.relative(ROOT, path.join(BENCH_DIR, 'results.json'))}`);
  if (process.env.BENCH_STRICT && targets.some((t) => t.holds === false)) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

/**
 * `count` more runs of each case, taken in turn (a, b, a, b, ...), with the page cache dropped
 * before each when the bench is cold; undefined when there are none to take. Medians of wall time.
 */
async function timePairs(pair, count, { baseEnv, cold, timeoutS }) {
  if (count <= 0 || pair.some((c) => c === undefined)) return undefined;
  const walls = pair.map(() => []);
  for (let i = 0; i < count; i += 1) {
    // In turn, and each first in every other pair, so neither always runs after the other.
    const order = i % 2 === 0 ? [...pair.entries()] : [...pair.entries()].reverse();
    for (const [k, c] of order) {
      if (cold) dropPageCache();
      const args = typeof c.args === 'function' ? c.args(i) : c.args;
      const r = await runOnce(c.cmd, args, { env: { ...baseEnv, ...c.env }, timeoutS });
      if (r.tmp) rmSync(r.tmp, { recursive: true, force: true });
      if (r.code !== 0) return undefined;
      walls[k].push(r.wallS);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { pairs: count, walls: walls.map(median) };
}
