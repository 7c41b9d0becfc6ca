// Writes schema/config.schema.json from the zod schema in src/policy/config.ts, so the JSON Schema
// editors validate `.github/claude-cost.yml` with cannot drift from what `parseConfig` accepts.
// `node scripts/gen-config-schema.mjs --check` exits 1 instead of writing when the file is stale.
// The TypeScript is bundled with esbuild into a temporary module, so this runs on plain Node 20.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = join(root, 'schema', 'config.schema.json');
const check = process.argv.includes('--check');

const temp = await mkdtemp(join(tmpdir(), 'claude-cost-config-schema-'));
let text;
try {
  const outfile = join(temp, 'config-schema.mjs');
  await build({
    entryPoints: [join(root, 'src', 'policy', 'config-schema.ts')],
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
  const { renderConfigJsonSchema } = await import(pathToFileURL(outfile).href);
  text = renderConfigJsonSchema();
} finally {
  await rm(temp, { recursive: true, force: true });
}

const current = await readFile(target, 'utf8').catch(() => undefined);
if (check) {
  if (current !== text) {
    console.error('schema/config.schema.json is stale: run node scripts/gen-config-schema.mjs');
    process.exit(1);
  }
} else if (current !== text) {
  await writeFile(target, text);
  console.log('wrote schema/config.schema.json');
} else {
  console.log('schema/config.schema.json is up to date');
}
