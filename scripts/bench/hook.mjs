// `claude-cost hook` on one large session: how long a Claude Code SessionEnd hook keeps the
// developer waiting. Target: well under a second on a 50 MiB transcript, Node start-up included.
//
//   node scripts/bench/hook.mjs [--cli dist/cli.js] [--mb 50] [--runs 5]
//
// Standalone it prints the figure and exits 1 when the median misses the target. For
// scripts/bench.mjs: `const hook = await prepareHookBench({ mb: 50 })`, push
// `hookBenchCase({ cli: CLI, node, setup: hook })` onto `cases`, and add `hookTarget(byId.hook)`
// to `targets` (check `case.verify()` after a run: the hook exits 0 even when it fails); call
// `hook.cleanup()` at the end.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateSingleFile } from './generate.mjs';
import { measure } from './measure.mjs';

export const HOOK_TARGET_S = 1;
const SESSION_ID = '0b1d5e55-0000-4000-8000-00000000b00c';

/**
 * A temporary git repository that opted in (`.claude-cost/`), a Claude config dir holding one
 * `mb` MiB session transcript, and the SessionEnd payload Claude Code would send for it.
 */
export async function prepareHookBench({ mb = 50, seed = 13 } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claude-cost-hook-bench-'));
  const repo = path.join(dir, 'repo');
  mkdirSync(path.join(repo, '.claude-cost'), { recursive: true });
  const git = (...args) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'bench@example.com');
  const transcript = path.join(dir, 'claude', 'projects', '-bench-repo', `${SESSION_ID}.jsonl`);
  const stats = await generateSingleFile(transcript, mb * 1024 * 1024, { seed });
  const payloadFile = path.join(dir, 'payload.json');
  const payload = {
    session_id: SESSION_ID,
    transcript_path: transcript,
    cwd: repo,
    hook_event_name: 'SessionEnd',
    reason: 'prompt_input_exit',
  };
  writeFileSync(payloadFile, JSON.stringify(payload));
  return { dir, repo, transcript, payloadFile, stats, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A case in scripts/bench.mjs's shape. Each run starts with no record, as a session's first hook does. */
export function hookBenchCase({ cli, node = process.execPath, setup }) {
  const records = path.join(setup.repo, '.claude-cost', 'sessions');
  return {
    id: 'hook',
    data: 'hook',
    needs: 'cli',
    name: `claude-cost hook, SessionEnd on a ${(setup.stats.bytes / 1048576).toFixed(0)} MiB transcript`,
    // measure() gives the child no stdin, so a shell feeds it the payload.
    cmd: 'sh',
    args: () => {
      rmSync(records, { recursive: true, force: true });
      return ['-c', 'exec "$0" "$1" hook < "$2"', node, cli, setup.payloadFile];
    },
    /** The hook always exits 0, so success is a record on disk: an error message, or null. */
    verify: () => {
      let names = [];
      try {
        names = readdirSync(records).filter((n) => n.endsWith('.json'));
      } catch {
        /* no directory: no record */
      }
      return names.length === 1 ? null : `expected one record in ${records}, found ${names.length}`;
    },
  };
}

export function hookTarget(result) {
  return {
    target: `claude-cost hook < ${HOOK_TARGET_S} s on a 50 MiB transcript`,
    holds: result?.ok ? result.wallS < HOOK_TARGET_S : null,
    detail: result?.ok ? `${result.wallS.toFixed(2)} s` : 'not measured',
  };
}

async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const { values } = parseArgs({
    options: {
      cli: { type: 'string', default: path.join(root, 'dist', 'cli.js') },
      mb: { type: 'string', default: '50' },
      runs: { type: 'string', default: '5' },
    },
  });
  const setup = await prepareHookBench({ mb: Number(values.mb) });
  try {
    const c = hookBenchCase({ cli: path.resolve(values.cli), setup });
    console.error(`${c.name} (${setup.stats.lines} lines)`);
    let problem = null;
    const after = () => {
      problem ??= c.verify();
    };
    const result = await measure(
      c.name,
      c.cmd,
      c.args,
      { HOME: setup.dir, TZ: 'UTC' },
      { runs: Number(values.runs), timeoutS: 60, after },
    );
    if (result.ok && problem !== null) Object.assign(result, { ok: false, error: problem });
    if (!result.ok) {
      console.error(`FAILED: ${result.error}`);
      process.exitCode = 1;
      return;
    }
    const target = hookTarget(result);
    console.log(
      `${c.name}: median ${result.wallS.toFixed(3)} s, peak RSS ${result.rssMB.toFixed(0)} MB over ${result.runs.length} runs`,
    );
    console.log(`${target.target}: ${target.holds ? 'holds' : 'FAILS'} (${target.detail})`);
    if (!target.holds) process.exitCode = 1;
  } finally {
    setup.cleanup();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
