import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };

const repo = new URL('..', import.meta.url).pathname;

// dist/ is the entries plus the chunks they share, all in one flat folder.
let out = '';
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'claude-cost-dist-'));
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', out], { cwd: repo });
});

describe('committed dist/', () => {
  it('is exactly what the build produces from the current sources', () => {
    const built = readdirSync(out).sort();
    const committed = readdirSync(join(repo, 'dist')).sort();
    expect(committed, 'dist/ has other files than the build writes: run npm run build and commit dist/').toEqual(built);
    for (const file of built) {
      const fresh = readFileSync(join(out, file), 'utf8');
      const inRepo = readFileSync(join(repo, 'dist', file), 'utf8');
      // A plain equality message would print megabytes; say which file is stale and how to fix it.
      expect(inRepo === fresh, `dist/${file} is stale: run npm run build and commit dist/`).toBe(true);
    }
  });
});

describe('the committed line scanner', () => {
  it('is exactly what wasm/line-scan.ts compiles to', async () => {
    const script = join(repo, 'scripts/build-wasm.mjs');
    const { WASM_MODULE, wasmModuleSource } = (await import(pathToFileURL(script).href)) as {
      WASM_MODULE: string;
      wasmModuleSource(): Promise<string>;
    };
    const fresh = await wasmModuleSource();
    expect(readFileSync(WASM_MODULE, 'utf8') === fresh, 'run npm run build and commit the result').toBe(true);
  });
});

describe('the build', () => {
  // The temporary folder has no node_modules above it: every import must resolve inside the build.
  const run = (args: string[]): string =>
    execFileSync(process.execPath, [join(out, 'cli.js'), ...args], { encoding: 'utf8' });

  it('runs the CLI from its own folder, loading a command from its chunk', () => {
    expect(run(['--version'])).toBe(`${pkg.version}\n`);
    expect(run(['prices'])).toMatch(/price book as of/);
  });

  it('keeps the CLI entry small: commands are loaded when they run', () => {
    const cli = readFileSync(join(out, 'cli.js'), 'utf8');
    expect(cli.length).toBeLessThan(20_000);
    expect(cli).not.toMatch(/node_modules\/(yaml|zod|@octokit)\//);
  });

  it('gives the Action and the ingest worker one file each: they start without loading the CLI chunks', () => {
    for (const entry of ['index.js', 'ingest-worker.js']) {
      const bundle = readFileSync(join(out, entry), 'utf8');
      expect(bundle, entry).not.toMatch(/from\s+["']\.\//);
      expect(bundle, entry).not.toMatch(/import\(["']\.\//);
    }
  });
});
