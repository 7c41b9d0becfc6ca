import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = new URL('..', import.meta.url).pathname;

describe('committed dist/', () => {
  it('is exactly what the build produces from the current sources', () => {
    const out = mkdtempSync(join(tmpdir(), 'claude-cost-dist-'));
    execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', out], { cwd: repo });
    const built = readdirSync(out).sort();
    expect(readdirSync(join(repo, 'dist')).sort()).toEqual(built);
    for (const file of built) {
      const fresh = readFileSync(join(out, file), 'utf8');
      const committed = readFileSync(join(repo, 'dist', file), 'utf8');
      // A plain equality message would print megabytes; say which file is stale and how to fix it.
      expect(committed === fresh, `dist/${file} is stale: run npm run build and commit dist/`).toBe(true);
    }
  });
});
