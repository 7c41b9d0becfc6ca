import { readdirSync, readFileSync, realpathSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SessionRecordSchema } from '../../src/records/schema.js';
import { REAL_PROJECTS, cli, gitRepo, tmp } from './helpers.js';

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
    const one = await cli(['record', '--transcripts', REAL_PROJECTS, '--session', 'ba79134d-b6e9-4867-af0c-6941038c9e4b', '--any-branch', '--out', out]);
    expect(one.code).toBe(0);
    expect(readdirSync(out)).toEqual(['ba79134d-b6e9-4867-af0c-6941038c9e4b.json']);
    const outside = await cli(['record'], tmp(), { CLAUDE_CONFIG_DIR: configDirWith('/x', 'y') });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/not inside a git repository/);
  });
});
