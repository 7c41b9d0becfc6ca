import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SessionRecordSchema } from '../../src/records/schema.js';
import { REAL_PROJECTS, REPO, cli, gitRepo, tmp } from './helpers.js';

const SAMPLE = join(REAL_PROJECTS, 'sample-project', '1af7fc5e-8455-4414-9ccd-011d40f70b2a.jsonl');

/** A Claude config dir holding one real transcript, its `cwd` rewritten to `cwd`. */
function configDirWith(cwd: string, branch: string): string {
  const config = tmp('claude-config-');
  const dir = join(config, 'projects', cwd.replace(/[^A-Za-z0-9]/g, '-'));
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(SAMPLE, 'utf8')
    .replaceAll('"cwd":"/path/to/Demo"', `"cwd":${JSON.stringify(cwd)}`)
    .replaceAll('"gitBranch":""', `"gitBranch":${JSON.stringify(branch)}`);
  writeFileSync(join(dir, '1af7fc5e-8455-4414-9ccd-011d40f70b2a.jsonl'), text);
  return config;
}

describe('claude-cost record', () => {
  it('finds this repository’s sessions in CLAUDE_CONFIG_DIR and writes them under .claude-cost/sessions', async () => {
    const repo = realpathSync(gitRepo('feat/x'));
    const config = configDirWith(join(repo, 'packages', 'web'), 'feat/x');
    const run = await cli(['record'], repo, { CLAUDE_CONFIG_DIR: config });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const files = readdirSync(join(repo, '.claude-cost', 'sessions'));
    expect(files).toHaveLength(1);
    const text = readFileSync(join(repo, '.claude-cost', 'sessions', files[0] ?? ''), 'utf8');
    const rec = SessionRecordSchema.parse(JSON.parse(text));
    expect(rec.branch).toBe('feat/x');
    expect(rec.developer).toBe('dev@example.com');
    // Numbers and identifiers only: no prompt text, no paths.
    expect(text).not.toContain('CLAUDE.md');
    expect(text).not.toContain(repo);
    expect(text).not.toContain('/packages/web');
  });

  it('ignores sessions from other repositories and other branches', async () => {
    const repo = realpathSync(gitRepo('feat/x'));
    const elsewhere = configDirWith('/somewhere/else', 'feat/x');
    const otherBranch = configDirWith(repo, 'main');
    const a = await cli(['record', '--all'], repo, { CLAUDE_CONFIG_DIR: elsewhere });
    expect(a.stderr).toMatch(/no sessions to record/);
    const b = await cli(['record', '--all'], repo, { CLAUDE_CONFIG_DIR: otherBranch });
    expect(b.stderr).toMatch(/no sessions to record on branch feat\/x/);
    const c = await cli(['record', '--all', '--any-branch'], repo, { CLAUDE_CONFIG_DIR: otherBranch });
    expect(c.stdout).toMatch(/^created /);
  });

  it('records one session by id, and fails clearly outside a repository without --transcripts', async () => {
    const out = tmp();
    const one = await cli([
      'record',
      '--transcripts',
      REAL_PROJECTS,
      '--session',
      'ba79134d-b6e9-4867-af0c-6941038c9e4b',
      '--any-branch',
      '--out',
      out,
    ]);
    expect(one.code).toBe(0);
    expect(readdirSync(out)).toEqual(['ba79134d-b6e9-4867-af0c-6941038c9e4b.json']);
    const outside = await cli(['record'], tmp(), { CLAUDE_CONFIG_DIR: configDirWith('/x', 'y') });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/not inside a git repository/);
  });
});

describe('claude-cost record, incrementally', () => {
  const SESSION = '5c0375b4-57a5-4f26-b12d-d022ee4e51b7';
  const FULL = join(REAL_PROJECTS, 'sample-project', `${SESSION}.jsonl`);

  /** The real transcript of SESSION, run in `cwd` on `branch`, as lines. */
  function lines(cwd: string, branch: string, file = FULL): string[] {
    return readFileSync(file, 'utf8')
      .replaceAll('"cwd":"/path/to/Demo"', `"cwd":${JSON.stringify(cwd)}`)
      .replaceAll(/"gitBranch":"[^"]*"/g, `"gitBranch":${JSON.stringify(branch)}`)
      .split('\n')
      .filter((l) => l !== '');
  }

  function transcriptIn(config: string, cwd: string, text: string, session = SESSION): string {
    const dir = join(config, 'projects', cwd.replace(/[^A-Za-z0-9]/g, '-'));
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${session}.jsonl`);
    writeFileSync(file, text);
    return file;
  }

  /** The records in `dir`, name → bytes. */
  function recordsIn(dir: string): Record<string, string> {
    let names: string[] = [];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return {};
    }
    return Object.fromEntries(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
  }

  /** What one run over the transcripts as they are now writes into a fresh directory. */
  async function oneRun(
    repo: string,
    env: Record<string, string>,
    args: string[] = [],
  ): Promise<Record<string, string>> {
    const out = tmp('claude-cost-once-');
    const run = await cli(['record', '--all', '--no-cache', '--out', out, ...args], repo, env);
    expect(run.code).toBe(0);
    return recordsIn(out);
  }

  it('a transcript appended to between two runs gives the record one run at the end gives', async () => {
    const repo = realpathSync(gitRepo('feat/x'));
    const config = tmp('claude-config-');
    const env = { CLAUDE_CONFIG_DIR: config, CLAUDE_COST_CACHE_DIR: tmp('claude-cost-cache-') };
    const all = lines(repo, 'feat/x');
    const half = Math.floor(all.length / 2);
    const file = transcriptIn(config, repo, `${all.slice(0, half).join('\n')}\n`);

    const first = await cli(['record'], repo, env);
    expect(first.stdout).toMatch(/^created /);
    appendFileSync(file, `${all.slice(half).join('\n')}\n`);
    const second = await cli(['record'], repo, env);
    expect(second.stdout).toMatch(/^updated /);
    const records = recordsIn(join(repo, '.claude-cost', 'sessions'));
    expect(records).toEqual(await oneRun(repo, env));

    // Nothing new: nothing rewritten.
    const third = await cli(['record'], repo, env);
    expect(third.stdout).toMatch(/^unchanged /);
    expect(recordsIn(join(repo, '.claude-cost', 'sessions'))).toEqual(records);
  });

  it('reads a truncated-and-rewritten transcript again, and ignores a damaged cache', async () => {
    const repo = realpathSync(gitRepo('feat/x'));
    const config = tmp('claude-config-');
    const cacheDir = tmp('claude-cost-cache-');
    const env = { CLAUDE_CONFIG_DIR: config, CLAUDE_COST_CACHE_DIR: cacheDir };
    const all = lines(repo, 'feat/x');
    const file = transcriptIn(config, repo, `${all.join('\n')}\n`);
    const out = (): string => tmp('claude-cost-out-');

    expect((await cli(['record', '--out', out()], repo, env)).code).toBe(0);
    // Same first lines, then the rest on another branch: a different file, longer than before.
    const rewritten = [...all.slice(0, 4), ...lines(repo, 'feat/y').slice(4), ...all.slice(4, 10)];
    writeFileSync(file, `${rewritten.join('\n')}\n`);
    const again = out();
    expect((await cli(['record', '--any-branch', '--out', again], repo, env)).code).toBe(0);
    expect(Object.keys(recordsIn(again))).toHaveLength(2);
    expect(recordsIn(again)).toEqual(await oneRun(repo, env, ['--any-branch']));

    for (const name of readdirSync(join(cacheDir, 'transcripts'))) {
      writeFileSync(join(cacheDir, 'transcripts', name), '{"format":"claude-cost/transcript-cache","vers');
    }
    appendFileSync(file, `${all.slice(10, 30).join('\n')}\n`);
    const damaged = out();
    const run = await cli(['record', '--any-branch', '--out', damaged], repo, env);
    expect(run.stderr).toBe('');
    expect(recordsIn(damaged)).toEqual(await oneRun(repo, env, ['--any-branch']));
  });

  it('a rerun with nothing new writes nothing; a record deleted or edited by hand is written again', async () => {
    const out = tmp('claude-cost-out-');
    const env = { CLAUDE_COST_CACHE_DIR: tmp('claude-cost-cache-') };
    const args = ['record', '--transcripts', REAL_PROJECTS, '--all', '--any-branch', '--out', out];
    const first = await cli(args, REPO, env);
    expect(first.code).toBe(0);
    const names = readdirSync(out).sort();
    expect(names.length).toBeGreaterThan(2);
    expect(first.stdout.split('\n').filter((l) => l.startsWith('created '))).toHaveLength(names.length);
    const records = recordsIn(out);
    const stamps = (): string[] =>
      names.map((name) => {
        const info = statSync(join(out, name));
        return `${name} ${info.ino} ${info.mtimeMs} ${info.size}`;
      });
    const before = stamps();

    const again = await cli(args, REPO, env);
    expect(again.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('unchanged '))).toEqual([]);
    expect(stamps()).toEqual(before);

    const [deleted, edited] = names as [string, string];
    rmSync(join(out, deleted));
    // Fewer turns than the transcripts show: the merge restores them.
    const record = JSON.parse(records[edited] ?? '') as { turns: number };
    writeFileSync(join(out, edited), JSON.stringify({ ...record, turns: 0 }, null, 2));
    const third = await cli(args, REPO, env);
    expect(third.code).toBe(0);
    expect(third.stdout).toContain(`created ${join(relative(REPO, out), deleted)}\n`);
    expect(third.stdout).toContain(`updated ${join(relative(REPO, out), edited)}\n`);
    expect(recordsIn(out)).toEqual(records);
  });

  it('finds sessions run in a worktree of the repository, from any Claude config dir', async () => {
    const repo = realpathSync(gitRepo('main'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    git('commit', '-q', '--allow-empty', '-m', 'start');
    const worktree = join(realpathSync(tmp('claude-cost-wt-')), 'feature');
    git('worktree', 'add', '-q', '-b', 'feat/wt', worktree);
    const first = tmp('claude-config-');
    const second = tmp('claude-config-');
    transcriptIn(second, join(worktree, 'src'), `${lines(join(worktree, 'src'), 'feat/wt').join('\n')}\n`);
    transcriptIn(
      first,
      '/somewhere/else',
      `${lines('/somewhere/else', 'feat/wt').join('\n').replaceAll(SESSION, 'aaaaaaaa-0000-4000-8000-00000000000e')}\n`,
      'aaaaaaaa-0000-4000-8000-00000000000e',
    );
    const env = { CLAUDE_CONFIG_DIR: `${first},${second}`, CLAUDE_COST_CACHE_DIR: tmp('claude-cost-cache-') };

    const run = await cli(['record', '--all', '--any-branch'], repo, env);
    expect(run.code).toBe(0);
    const records = recordsIn(join(repo, '.claude-cost', 'sessions'));
    expect(Object.keys(records)).toEqual([expect.stringMatching(new RegExp(`^${SESSION}--feat-wt-`))]);
    // From the worktree itself, on its branch, too.
    const inWorktree = await cli(['record', '--out', tmp('claude-cost-out-')], worktree, env);
    expect(inWorktree.stdout).toMatch(/^created /);
  });

  it('--since keeps sessions active on or after that UTC day', async () => {
    const repo = realpathSync(gitRepo('feat/x'));
    const config = tmp('claude-config-');
    const env = { CLAUDE_CONFIG_DIR: config, CLAUDE_COST_CACHE_DIR: tmp('claude-cost-cache-') };
    // 2025-09-07, and an older session of 2025-09-03.
    transcriptIn(config, repo, `${lines(repo, 'feat/x').join('\n')}\n`);
    const older = '1af7fc5e-8455-4414-9ccd-011d40f70b2a';
    transcriptIn(
      config,
      repo,
      `${lines(repo, 'feat/x', join(REAL_PROJECTS, 'sample-project', `${older}.jsonl`)).join('\n')}\n`,
      older,
    );
    const names = async (since: string) => {
      const out = tmp('claude-cost-out-');
      const run = await cli(['record', '--all', '--since', since, '--out', out], repo, env);
      expect(run.code).toBe(0);
      return Object.keys(recordsIn(out)).map((name) => name.slice(0, 8));
    };
    expect(await names('2025-09-03')).toEqual(['1af7fc5e', '5c0375b4']);
    expect(await names('2025-09-04')).toEqual(['5c0375b4']);
    expect(await names('2025-09-07')).toEqual(['5c0375b4']);
    expect(await names('2025-09-08')).toEqual([]);
    const bad = await cli(['record', '--since', '2025-02-30'], repo, env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--since must be a date as YYYY-MM-DD/);
  });
});
