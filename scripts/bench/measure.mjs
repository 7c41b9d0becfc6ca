// Run a command as a child process and measure wall time, CPU time and peak RSS.
//
// Peak RSS and CPU time come from GNU time (`/usr/bin/time -f '%e %M %U %S'`: the largest RSS of
// the child and its waited-for descendants, and their user + system seconds, every thread
// counted). Without GNU time we poll /proc/<pid>/status VmHWM of the child and its descendants
// every 10 ms instead (may miss a final spike), and CPU time is not measured.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const GNU_TIME = process.env.BENCH_NO_GNU_TIME
  ? null
  : (['/usr/bin/time', '/bin/time'].find((p) => {
      const r = spawnSync(p, ['--version'], { encoding: 'utf8' });
      return r.status === 0 && /GNU/.test(`${r.stdout}${r.stderr}`);
    }) ?? null);

function readHwmKb(pid) {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function descendants(pid, out = []) {
  let kids = [];
  try {
    kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    /* no children file: only the direct child is measured */
  }
  for (const k of kids) {
    out.push(k);
    descendants(k, out);
  }
  return out;
}

/**
 * Run once. Returns { wallS, cpuS, rssMB, code, signal, stdoutFile, stderr, timedOut }; `cpuS` is
 * undefined without GNU time.
 * stdout goes to `stdoutFile` (so large outputs do not sit in this process), stderr is kept
 * (last 64 KB) for error messages.
 */
export function runOnce(cmd, args, { env = {}, cwd, stdoutFile, timeoutS = 900 } = {}) {
  return new Promise((resolve) => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-run-'));
    const timeFile = path.join(tmp, 'time.txt');
    const outFile = stdoutFile ?? path.join(tmp, 'stdout.txt');
    const outFd = openSync(outFile, 'w');
    const useTime = !!GNU_TIME;
    const argv = useTime ? ['-f', '%e %M %U %S', '-o', timeFile, cmd, ...args] : args;
    const t0 = process.hrtime.bigint();
    const child = spawn(useTime ? GNU_TIME : cmd, argv, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', outFd, 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
      if (stderr.length > 1 << 17) stderr = stderr.slice(-(1 << 16));
    });
    let pollKb = 0;
    const poll = useTime
      ? null
      : setInterval(() => {
          if (!child.pid) return;
          for (const p of [child.pid, ...descendants(child.pid)]) pollKb = Math.max(pollKb, readHwmKb(p));
        }, 10);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutS * 1000);
    const finish = (code, signal, error) => {
      const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      closeSync(outFd);
      let rssKb = pollKb;
      let cpuS;
      if (useTime) {
        try {
          // GNU time prepends "Command exited with non-zero status N" lines; the figures are last
          const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop();
          const m = /^([\d.]+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)$/.exec(last ?? '');
          if (m) {
            rssKb = Number(m[2]);
            cpuS = Number(m[3]) + Number(m[4]);
          }
        } catch {
          /* killed before time wrote its file */
        }
      }
      if (error) stderr += String(error);
      const res = { wallS, cpuS, rssMB: rssKb / 1024, code, signal, timedOut, stdoutFile: outFile, stderr, tmp };
      resolve(res);
    };
    child.on('error', (e) => finish(null, null, e));
    child.on('exit', (code, signal) => {
      // 'close' waits for stderr to drain
      child.on('close', () => finish(code, signal));
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * measure(name, cmd, args, env, opts): one untimed warm-up run, then `runs` timed runs.
 * `args` may be a function (run index -> args) for commands that need a fresh output dir.
 * `before(i)` runs before each run, untimed (e.g. dropping the page cache for a cold run).
 * Returns { name, cmd, args, runs:[{wallS, cpuS, rssMB}], wallS (median), cpuS (median, when
 *           measured), rssMB (max), ok, error, stdoutFile (of the last run) }.
 */
export async function measure(name, cmd, args, env = {}, { runs = 3, warmup = 1, timeoutS, cwd, before, after } = {}) {
  const argsFor = typeof args === 'function' ? args : () => args;
  const results = [];
  let last;
  let lastArgs;
  for (let i = 0; i < warmup + runs; i++) {
    const a = argsFor(i);
    lastArgs = a;
    if (before) await before(i);
    const r = await runOnce(cmd, a, { env, timeoutS, cwd });
    if (after) await after(a, r);
    if (last) rmSync(last.tmp, { recursive: true, force: true });
    last = r;
    if (r.code !== 0 || r.timedOut) {
      const why = r.timedOut ? `timed out after ${timeoutS}s` : `exit ${r.code ?? r.signal}`;
      return {
        name,
        cmd,
        args: a,
        ok: false,
        error: `${why}: ${r.stderr.trim().split('\n').slice(-8).join('\n')}`,
        runs: results,
        stdoutFile: r.stdoutFile,
      };
    }
    if (i >= warmup) results.push({ wallS: r.wallS, cpuS: r.cpuS, rssMB: r.rssMB });
    const cpu = r.cpuS === undefined ? '' : ` (CPU ${r.cpuS.toFixed(2)} s)`;
    process.stderr.write(
      `  ${i < warmup ? 'warm-up' : `run ${i - warmup + 1}/${runs}`}: ${r.wallS.toFixed(2)} s${cpu}, ${r.rssMB.toFixed(0)} MB\n`,
    );
  }
  return {
    name,
    cmd,
    args: lastArgs,
    ok: true,
    runs: results,
    wallS: median(results.map((r) => r.wallS)),
    cpuS: results.every((r) => r.cpuS !== undefined) ? median(results.map((r) => r.cpuS)) : undefined,
    rssMB: Math.max(...results.map((r) => r.rssMB)),
    stdoutFile: last.stdoutFile,
    tmp: last.tmp,
  };
}

/**
 * A cold run: write dirty pages out and drop the kernel's page cache, so the next command reads
 * its files from disk. Needs root; returns false (and changes nothing) where that is not allowed.
 */
export function dropPageCache() {
  try {
    spawnSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3\n');
    return true;
  } catch {
    return false;
  }
}
