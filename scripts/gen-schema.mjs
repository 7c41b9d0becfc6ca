// Writes the JSON Schemas editors validate with, from the zod schemas the code validates with, so
// the two cannot drift: schema/session.schema.json (src/records/schema.ts) and
// schema/config.schema.json (src/policy/config.ts).
// `node scripts/gen-schema.mjs --check` exits 1 instead of writing when a file is stale.
// The TypeScript is bundled with esbuild into a temporary module, so this runs on plain Node 20.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');

const SCHEMAS = [
  { file: 'session.schema.json', entry: 'src/records/json-schema.ts', render: 'renderSessionJsonSchema' },
  { file: 'config.schema.json', entry: 'src/policy/config-schema.ts', render: 'renderConfigJsonSchema' },
];

async function render({ entry, render: name }) {
  const temp = await mkdtemp(join(tmpdir(), 'claude-cost-schema-'));
  try {
    const outfile = join(temp, 'schema.mjs');
    await build({
      entryPoints: [join(root, entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'warning',
      // The yaml package is CommonJS and calls require(); give the ESM bundle one.
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
    });
    return (await import(pathToFileURL(outfile).href))[name]();
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

let stale = false;
for (const schema of SCHEMAS) {
  const target = join(root, 'schema', schema.file);
  const text = await render(schema);
  const current = await readFile(target, 'utf8').catch(() => undefined);
  if (current === text) {
    if (!check) console.log(`schema/${schema.file} is up to date`);
  } else if (check) {
    console.error(`schema/${schema.file} is stale: run node scripts/gen-schema.mjs`);
    stale = true;
  } else {
    await writeFile(target, text);
    console.log(`wrote schema/${schema.file}`);
  }
}
if (stale) process.exit(1);
