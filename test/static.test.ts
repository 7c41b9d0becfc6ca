import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const repo = new URL('..', import.meta.url).pathname;

/** The tool's findings, or '' when it passes. */
function findings(tool: string, args: string[]): string {
  try {
    execFileSync(`${repo}node_modules/.bin/${tool}`, args, { cwd: repo, stdio: 'pipe', encoding: 'utf8' });
    return '';
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    return `${stdout ?? ''}${stderr ?? ''}`.trim() || String(error);
  }
}

/** Type errors and lint findings fail the suite, so the README's one test command covers them. */
describe('static checks', () => {
  it('typechecks (strict, noUncheckedIndexedAccess)', () => {
    expect(findings('tsc', ['--noEmit'])).toBe('');
  });

  it('lints clean, including the rule that keeps the core free of process.env and @actions', () => {
    expect(findings('eslint', ['.'])).toBe('');
  });

  it('is formatted', () => {
    expect(findings('prettier', ['--check', '--log-level', 'warn', '.'])).toBe('');
  });
});
