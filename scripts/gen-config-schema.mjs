// Writes schema/config.schema.json from the zod schema in src/policy/config.ts, so the JSON Schema
// editors use cannot drift from what `parseConfig` accepts. test/policy/config-schema.test.ts runs
// this with `--out` and compares with the committed file.
//   node scripts/gen-config-schema.mjs [--out FILE]
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { out: { type: 'string', default: join(root, 'schema', 'config.schema.json') } } });

const dir = await mkdtemp(join(tmpdir(), 'claude-cost-schema-'));
try {
  const bundle = join(dir, 'config-schema.mjs');
  await build({
    entryPoints: [join(root, 'src', 'policy', 'config-schema.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // The yaml package is CommonJS and calls require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  const { configJsonSchema } = await import(pathToFileURL(bundle).href);
  await writeFile(values.out, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
