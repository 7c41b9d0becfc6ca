import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const repo = new URL('..', import.meta.url).pathname;
const bin = (name: string) => `${repo}node_modules/.bin/${name}`;

/** Type errors and lint findings fail the suite, so the README's one test command covers them. */
describe('static checks', () => {
  it('typechecks (strict, noUncheckedIndexedAccess)', () => {
    expect(() => execFileSync(bin('tsc'), ['--noEmit'], { cwd: repo, stdio: 'pipe' })).not.toThrow();
  });

  it('lints clean, including the rule that keeps the core free of process.env and @actions', () => {
    expect(() => execFileSync(bin('eslint'), ['.'], { cwd: repo, stdio: 'pipe' })).not.toThrow();
  });
});
