// Bundles the CLI, the Action and the ingest worker into dist/, committed so `node dist/cli.js`
// needs no node_modules. `node scripts/build.mjs --outdir DIR` builds elsewhere (the freshness test);
// tests import `buildDist` to run the bundles exactly as dist/ holds them.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const ENTRY_POINTS = { cli: 'src/cli.ts', index: 'src/index.ts', 'ingest-worker': 'src/ingest/worker.ts' };

/**
 * Only the CLI is split into chunks (see below); these entries are bundled into one file each.
 * Both load everything they import at once, and as one file they start sooner than as an entry
 * importing shared chunks (measured: the Action ~7 ms, the worker ~5 ms, which starts on every
 * large read). The worker must not load the CLI's chunks either: they carry code it never runs.
 */
const STANDALONE = new Set(['index', 'ingest-worker']);

// Chunks sit beside the entries, not in a folder: bundled code finds the worker with
// `new URL('./ingest-worker.js', import.meta.url)`, and import.meta.url is the chunk's own URL.
// The hash is of the content, so a rebuild of the same sources writes the same file names.
const CHUNK_NAMES = '[name]-[hash]';
const CHUNK_FILE = /^[\w.-]+-[A-Z0-9]{8}\.js$/;

/** The settings of every bundle (tests bundle their own helper scripts with them too). */
export const BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  // Some dependencies are CommonJS and call require(); give every ESM output file one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
};

const entries = (standalone) =>
  Object.fromEntries(
    Object.entries(ENTRY_POINTS)
      .filter(([name]) => STANDALONE.has(name) === standalone)
      .map(([name, path]) => [name, join(ROOT, path)]),
  );

/** Builds every entry into `outdir`, and removes chunks of earlier builds there. */
export async function buildDist(outdir) {
  const options = { ...BUNDLE_OPTIONS, outdir };
  const results = await Promise.all([
    // The CLI imports each command when it runs (src/commands/cli.ts): split there, a command loads
    // its own code and the chunks it shares, not the yaml, Octokit and renderers it never calls.
    build({ ...options, entryPoints: entries(false), splitting: true, chunkNames: CHUNK_NAMES }),
    ...Object.entries(entries(true)).map(([name, path]) => build({ ...options, entryPoints: { [name]: path } })),
  ]);

  // A chunk whose content changed gets a new name: remove the old ones so dist/ holds one build.
  const written = new Set(
    results.flatMap((result) => Object.keys(result.metafile.outputs).map((file) => basename(file))),
  );
  for (const file of readdirSync(outdir)) {
    if (CHUNK_FILE.test(file) && !written.has(file)) rmSync(join(outdir, file));
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
  await buildDist(resolve(values.outdir));
}
