import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A throwaway git checkout: a base commit on main and a PR branch on top of it. */
export interface Checkout {
  dir: string;
  baseSha: string;
  headSha: string;
  git(...args: string[]): string;
}

export function makeCheckout(): Checkout {
  const dir = mkdtempSync(join(tmpdir(), 'claude-cost-checkout-'));
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    ).trim();
  git('init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'README.md'), '# widgets\n');
  mkdirSync(join(dir, '.claude-cost/sessions'), { recursive: true });
  // A record already on main: not part of the PR, so not in its report.
  writeFileSync(join(dir, '.claude-cost/sessions/old.json'), '{}\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const baseSha = git('rev-parse', 'HEAD');
  git('checkout', '-q', '-b', 'feat/widgets');
  return { dir, baseSha, headSha: baseSha, git };
}

/** Writes files (path → content) and commits them on the current branch. */
export function commit(checkout: Checkout, files: Record<string, string | Buffer>, message = 'work'): string {
  for (const [path, content] of Object.entries(files)) {
    const full = join(checkout.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  checkout.git('add', '-A');
  checkout.git('commit', '-q', '-m', message);
  checkout.headSha = checkout.git('rev-parse', 'HEAD');
  return checkout.headSha;
}
