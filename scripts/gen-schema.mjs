// Writes schema/session.schema.json from the zod schema in src/records/schema.ts.
// `node scripts/gen-schema.mjs --check` exits 1 instead of writing when the file is stale.
// The TypeScript is bundled with esbuild into a temporary module, so this runs on plain Node 20.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = join(root, 'schema', 'session.schema.json');
const check = process.argv.includes('--check');

const temp = await mkdtemp(join(tmpdir(), 'claude-cost-schema-'));
let text;
try {
  const outfile = join(temp, 'json-schema.mjs');
  await build({
    entryPoints: [join(root, 'src', 'records', 'json-schema.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  const { renderSessionJsonSchema } = await import(pathToFileURL(outfile).href);
  text = renderSessionJsonSchema();
} finally {
  await rm(temp, { recursive: true, force: true });
}

const current = await readFile(target, 'utf8').catch(() => undefined);
if (check) {
  if (current !== text) {
    console.error('schema/session.schema.json is stale: run node scripts/gen-schema.mjs');
    process.exit(1);
  }
} else if (current !== text) {
  await writeFile(target, text);
  console.log('wrote schema/session.schema.json');
} else {
  console.log('schema/session.schema.json is up to date');
}
