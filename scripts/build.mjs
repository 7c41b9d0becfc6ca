// Bundles the CLI (and, later, the Action) into dist/, committed so `node dist/cli.js` needs no
// node_modules. `node scripts/build.mjs --outdir DIR` builds elsewhere (the freshness test).
import { build } from 'esbuild';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });

export const ENTRY_POINTS = { cli: 'src/cli.ts', index: 'src/index.ts', 'ingest-worker': 'src/ingest/worker.ts' };

await build({
  entryPoints: ENTRY_POINTS,
  outdir: values.outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
