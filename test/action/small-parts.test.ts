import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { globMatcher } from '../../src/action/glob.js';
import { escapeCommandData, getInput, runnerIo } from '../../src/action/runner.js';
import { isSafeRelativePath } from '../../src/action/stage.js';
import { InputError, readInputs } from '../../src/inputs.js';
import { parseOutputs } from './harness.js';

describe('records globs', () => {
  it('match like the records input promises', () => {
    const isRecord = globMatcher(['.claude-cost/sessions/**']);
    expect(isRecord('.claude-cost/sessions/a.json')).toBe(true);
    expect(isRecord('.claude-cost/sessions/2026/11/a.json')).toBe(true);
    expect(isRecord('.claude-cost/sessionsX/a.json')).toBe(false);
    expect(isRecord('src/.claude-cost/sessions/a.json')).toBe(false);

    const several = globMatcher(['ai/*.json', 'logs/**/session-?.jsonl', 'records/{a,b}/*', 'plain/dir']);
    expect(several('ai/x.json')).toBe(true);
    expect(several('ai/sub/x.json')).toBe(false);
    expect(several('logs/session-1.jsonl')).toBe(true);
    expect(several('logs/deep/er/session-2.jsonl')).toBe(true);
    expect(several('records/b/r.json')).toBe(true);
    expect(several('records/c/r.json')).toBe(false);
    expect(several('plain/dir/any/file.json')).toBe(true);
    expect(several('plain/directory.json')).toBe(false);
  });
});

describe('inputs', () => {
  const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';

  it('reads defaults and several record globs', () => {
    const inputs = readInputs(from({ 'github-token': 't', records: 'a/**\n# comment\n\n b/*.json ' }));
    expect(inputs).toEqual({
      githubToken: 't',
      mode: 'auto',
      records: ['a/**', 'b/*.json'],
      source: 'auto',
      config: '.github/claude-cost.yml',
      commentMode: 'update',
      reportKey: 'default',
      failOn: 'over-budget',
      pricingFile: undefined,
      period: undefined,
      timeZone: undefined,
      periodSource: 'records',
      recordsDir: '.claude-cost/sessions',
      outputDir: undefined,
      commentAuthor: undefined,
    });
  });

  it('reads the period inputs: a month, a week or a range', () => {
    const read = (values: Record<string, string>) => readInputs(from({ 'github-token': 't', ...values }));
    expect(read({ period: '2026-10' }).period).toBe('2026-10');
    expect(read({ period: '2026-W44' }).period).toBe('2026-W44');
    expect(read({ period: '2026-10-01..2026-10-15' }).period).toEqual({ since: '2026-10-01', until: '2026-10-15' });
    expect(read({ period: '2026-10-01..' }).period).toEqual({ since: '2026-10-01', until: undefined });
    expect(read({ 'period-source': 'comments', 'comment-author': 'my-app[bot]' })).toMatchObject({
      periodSource: 'comments',
      commentAuthor: 'my-app[bot]',
    });
  });

  it.each([
    [{ 'github-token': '' }, 'github-token is empty'],
    [{ 'fail-on': 'sometimes' }, 'fail-on must be one of over-budget, warning, never (got "sometimes")'],
    [{ 'report-key': 'a b -->' }, 'report-key must be 1-64 letters'],
    [{ records: '../outside/**' }, 'records must be a path inside the repository'],
    [{ config: '/etc/claude-cost.yml' }, 'config must be a path inside the repository'],
    [{ 'pricing-file': 'a\\b.json' }, 'pricing-file must be a path inside the repository'],
    [{ 'period-source': 'git' }, 'period-source must be one of records, comments (got "git")'],
    [{ 'records-dir': '../other' }, 'records-dir must be a path inside the repository, like .claude-cost/sessions'],
    [{ 'comment-author': 'a b' }, 'comment-author must be a GitHub login'],
  ])('refuses %o with a named error', (values, message) => {
    const read = () => readInputs(from({ 'github-token': 't', ...values }));
    expect(read).toThrow(InputError);
    expect(read).toThrow(message);
  });
});

describe('the runner protocol', () => {
  it('reads INPUT_ names the way the runner writes them', () => {
    expect(getInput({ 'INPUT_GITHUB-TOKEN': ' tok ' }, 'github-token')).toBe('tok');
    expect(getInput({}, 'comment-mode')).toBe('');
  });

  it('encodes command data so a message cannot start a command of its own', () => {
    expect(escapeCommandData('50%\r\n::error::x')).toBe('50%25%0D%0A::error::x');
    let out = '';
    runnerIo({}, (t) => (out += t)).warning('line 1\n::set-env name=X::y');
    expect(out).toBe('::warning::line 1%0A::set-env name=X::y\n');
  });

  it('writes outputs as heredoc blocks with a random delimiter', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'claude-cost-out-')), 'output');
    const io = runnerIo({ GITHUB_OUTPUT: file }, () => {});
    io.setOutput('comment-url', 'https://x');
    io.setOutput('multi', 'a\nb');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^comment-url<<ghadelimiter_[0-9a-f-]{36}\nhttps:\/\/x\nghadelimiter_/);
    expect(parseOutputs(text)).toEqual({ 'comment-url': 'https://x', multi: 'a\nb' });
  });
});

describe('staged paths', () => {
  it('are plain relative paths', () => {
    expect(isSafeRelativePath('.claude-cost/sessions/a.json')).toBe(true);
    for (const bad of ['', '/etc/passwd', '../x', 'a/../../x', 'a//b', 'a\\b', 'a/./b', 'a\0b']) {
      expect(isSafeRelativePath(bad), bad).toBe(false);
    }
  });
});
