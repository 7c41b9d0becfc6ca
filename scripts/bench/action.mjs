// The Action end to end in PR mode: `node dist/index.js` on a pull request that adds `records`
// session records, against the local fake GitHub API of the tests, with the runner environment
// the tests build (test/action/harness.ts). Each run starts with no comment, so each one lists,
// creates and re-lists, as a PR's first run does.
//
//   node scripts/bench/action.mjs [--records 50] [--runs 5]
//
// For scripts/bench.mjs: `const action = await prepareActionBench({ root, records: 50 })`, push
// `action.case` onto `cases`, print `action.describe(result)` and `await action.stop()` at the end.
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { measure } from './measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Bundles the test fake, harness and record maker into .bench/action/ (two levels below the
 * root, as in test/, so the harness finds action.yml), starts the fake and sets up the PR.
 */
export async function prepareActionBench({ root = ROOT, records = 50 } = {}) {
  const outdir = path.join(root, '.bench', 'action');
  await build({
    entryPoints: {
      'fake-github': path.join(root, 'test/github/fake-github.ts'),
      harness: path.join(root, 'test/action/harness.ts'),
      records: path.join(root, 'test/action/records.ts'),
    },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Dependencies (yaml) load from node_modules, as in the tests.
    packages: 'external',
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  const load = (name) => import(pathToFileURL(path.join(outdir, `${name}.mjs`)).href);
  const [{ FakeGitHub, fakeSha }, { runnerEnv, pullRequestEvent }, { makeRecord, sessionId }] = await Promise.all([
    load('fake-github'),
    load('harness'),
    load('records'),
  ]);

  const fake = new FakeGitHub();
  await fake.start();
  const pull = fake.addPull({ number: 7, headSha: fakeSha('bench-head'), baseSha: fakeSha('bench-base') });
  for (let i = 0; i < records; i++) {
    const id = sessionId(i + 1);
    fake.addPullFile(7, `.claude-cost/sessions/${id}.json`, makeRecord({ sessionId: id, day: '2026-11-20' }));
  }
  const { env } = runnerEnv({ fake, event: pullRequestEvent(fake, pull) });
  const index = path.join(root, 'dist', 'index.js');
  return {
    case: {
      id: 'action-pr',
      data: 'action',
      needs: 'cli',
      name: `the Action, PR mode, ${records} records, local fake GitHub API (node dist/index.js)`,
      cmd: process.execPath,
      args: () => {
        fake.comments.splice(0);
        return [index];
      },
      env,
    },
    /** One line for the bench output: the wall time and the size of what a runner loads. */
    describe(result) {
      const size = statSync(index).size;
      const wall = result?.ok ? `${result.wallS.toFixed(2)} s wall (median)` : 'not measured';
      return `Action (PR mode, ${records} records, fake API): ${wall}; dist/index.js ${(size / 1048576).toFixed(2)} MiB (${size.toLocaleString('en-US')} bytes).`;
    },
    stop: () => fake.stop(),
  };
}

async function main() {
  const { values } = parseArgs({
    options: { records: { type: 'string', default: '50' }, runs: { type: 'string', default: '5' } },
  });
  const action = await prepareActionBench({ records: Number(values.records) });
  try {
    const c = action.case;
    const result = await measure(c.name, c.cmd, c.args, c.env, { runs: Number(values.runs), timeoutS: 120 });
    if (!result.ok) {
      console.error(`FAILED: ${result.error}`);
      process.exitCode = 1;
      return;
    }
    console.log(action.describe(result));
  } finally {
    await action.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
