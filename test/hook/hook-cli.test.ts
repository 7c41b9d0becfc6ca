import { appendFileSync, existsSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli as cliInProcess } from '../cli/helpers.js';
import {
  buildCli,
  gitRepo,
  listDir,
  optedInRepo,
  payload,
  problems,
  readRecords,
  runCli,
  SAMPLE_ID,
  sampleLines,
  SUBAGENT_ID,
  tmp,
  totals,
  writeSubagentSession,
  writeTranscript,
} from './helpers.js';

let cli: string;
beforeAll(async () => {
  cli = await buildCli();
});

const hook = (input: unknown, env: Record<string, string> = {}) =>
  runCli(cli, ['hook'], typeof input === 'string' ? input : JSON.stringify(input), { env });

describe('claude-cost hook (built CLI)', () => {
  it.each(['SessionEnd', 'Stop', 'PreCompact'])(
    'records the session on %s, as claude-cost record would',
    async (event) => {
      const repo = optedInRepo('feat/x');
      const config = tmp('claude-config-');
      const transcript = writeTranscript(
        config,
        repo,
        SAMPLE_ID,
        sampleLines(repo, () => 'feat/x'),
      );

      const run = await hook(payload(event, SAMPLE_ID, transcript, repo));
      expect(run.code).toBe(0);
      expect(problems(run.stderr)).toEqual([]);
      const records = readRecords(repo);
      expect([...records.keys()]).toHaveLength(1);
      const [name, rec] = [...records][0]!;
      expect(run.stdout).toBe(`claude-cost: created .claude-cost/sessions/${name}\n`);
      expect(rec.sessionId).toBe(SAMPLE_ID);
      expect(rec.branch).toBe('feat/x');
      expect(rec.developer).toBe('dev@example.com');
      expect(rec.requests).toBeGreaterThan(0);

      const expected = tmp('claude-cost-expected-');
      const manual = await cliInProcess(
        ['record', '--transcripts', transcript, '--session', SAMPLE_ID, '--any-branch', '--out', expected],
        repo,
      );
      expect(manual.code).toBe(0);
      expect(readFileSync(join(repo, '.claude-cost/sessions', name), 'utf8')).toBe(
        readFileSync(join(expected, name), 'utf8'),
      );
    },
  );

  it('writes one record per branch when the session moved between branches', async () => {
    const repo = optedInRepo('feat/b');
    const config = tmp('claude-config-');
    const oneBranch = writeTranscript(
      tmp('claude-config-'),
      repo,
      SAMPLE_ID,
      sampleLines(repo, () => 'feat/a'),
    );
    const lines = sampleLines(repo, (i) => (i < 26 ? 'feat/a' : 'feat/b'));
    const transcript = writeTranscript(config, repo, SAMPLE_ID, lines);

    const run = await hook(payload('SessionEnd', SAMPLE_ID, transcript, repo));
    expect(problems(run.stderr)).toEqual([]);
    const records = [...readRecords(repo).values()];
    expect(records.map((r) => r.branch).sort()).toEqual(['feat/a', 'feat/b']);
    // Split, not duplicated: together the two records hold exactly the session's usage.
    const whole = await runAndRead(oneBranch);
    expect(totals(records)).toEqual(totals(whole));
  });

  it('includes the subagent logs in <session>/subagents/', async () => {
    const repo = optedInRepo('feat/csv-export');
    const transcript = writeSubagentSession(tmp('claude-config-'), repo);
    const run = await hook(payload('SessionEnd', SUBAGENT_ID, transcript, repo));
    expect(problems(run.stderr)).toEqual([]);
    const [rec] = [...readRecords(repo).values()];
    expect(rec?.branch).toBe('feat/csv-export');
    expect(rec?.usage.some((b) => b.origin === 'subagent' && b.model.includes('haiku'))).toBe(true);
  });

  it('does nothing in a repository that has not opted in, or outside any repository', async () => {
    const repo = gitRepo('feat/x');
    const transcript = writeTranscript(
      tmp('claude-config-'),
      repo,
      SAMPLE_ID,
      sampleLines(repo, () => 'feat/x'),
    );
    const run = await hook(payload('SessionEnd', SAMPLE_ID, transcript, repo));
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(problems(run.stderr)).toEqual([]);
    expect(listDir(repo)).toEqual(['.git']);

    const nowhere = tmp('not-a-repo-');
    const outside = await hook(payload('SessionEnd', SAMPLE_ID, transcript, nowhere));
    expect(outside).toMatchObject({ code: 0, stdout: '' });
    expect(problems(outside.stderr)).toEqual([]);
    expect(listDir(nowhere)).toEqual([]);
  });

  it('counts .github/claude-cost.yml as opting in, and finds the top level from a subdirectory', async () => {
    const repo = gitRepo('feat/x');
    mkdirSync(join(repo, '.github'));
    writeFileSync(join(repo, '.github/claude-cost.yml'), 'version: 1\n');
    mkdirSync(join(repo, 'packages/web'), { recursive: true });
    const cwd = join(repo, 'packages/web');
    const transcript = writeTranscript(
      tmp('claude-config-'),
      cwd,
      SAMPLE_ID,
      sampleLines(cwd, () => 'feat/x'),
    );
    const run = await hook(payload('PreCompact', SAMPLE_ID, transcript, cwd));
    expect(problems(run.stderr)).toEqual([]);
    expect(readRecords(repo).size).toBe(1);
  });

  it('turns every broken input into one stderr line and exit code 0', async () => {
    const repo = optedInRepo();
    const missing = join(tmp('claude-config-'), 'projects/x', `${SAMPLE_ID}.jsonl`);
    const cases: Array<[unknown, RegExp]> = [
      ['', /no hook payload on stdin/],
      ['{"session_id":', /not valid JSON/],
      [{ ...payload('SessionEnd', SAMPLE_ID, missing, repo), session_id: undefined }, /session_id/],
      [payload('SessionEnd', '../../etc', missing, repo), /session_id: must be a session id/],
      [payload('SessionEnd', SAMPLE_ID, missing, repo), /no such file or directory/],
    ];
    for (const [input, message] of cases) {
      const run = await hook(input);
      expect(run.code).toBe(0);
      const lines = problems(run.stderr);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
    }
    expect(readRecords(repo).size).toBe(0);
  });

  it('ignores events it does not record on', async () => {
    const repo = optedInRepo();
    const transcript = writeTranscript(
      tmp('claude-config-'),
      repo,
      SAMPLE_ID,
      sampleLines(repo, () => 'feat/x'),
    );
    const run = await hook(payload('UserPromptSubmit', SAMPLE_ID, transcript, repo));
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(problems(run.stderr)).toEqual([]);
    expect(readRecords(repo).size).toBe(0);
  });

  it('refuses a transcript that is a symbolic link', async () => {
    const repo = optedInRepo();
    const real = writeTranscript(
      tmp('claude-config-'),
      repo,
      SAMPLE_ID,
      sampleLines(repo, () => 'feat/x'),
    );
    const link = join(tmp('claude-config-'), `${SAMPLE_ID}.jsonl`);
    symlinkSync(real, link);
    const run = await hook(payload('SessionEnd', SAMPLE_ID, link, repo));
    expect(run.code).toBe(0);
    expect(problems(run.stderr)).toEqual([expect.stringMatching(/symbolic link not followed/)]);
    expect(readRecords(repo).size).toBe(0);
  });

  it('will not write through a .claude-cost that is a symbolic link', async () => {
    const repo = realpathSync(gitRepo('feat/x'));
    const elsewhere = tmp('elsewhere-');
    symlinkSync(elsewhere, join(repo, '.claude-cost'));
    const transcript = writeTranscript(
      tmp('claude-config-'),
      repo,
      SAMPLE_ID,
      sampleLines(repo, () => 'feat/x'),
    );
    const run = await hook(payload('SessionEnd', SAMPLE_ID, transcript, repo));
    expect(run.code).toBe(0);
    expect(problems(run.stderr)).toEqual([expect.stringMatching(/\.claude-cost: not a directory/)]);
    expect(listDir(elsewhere)).toEqual([]);
  });

  it('gives the same record for a transcript appended between two runs as for one run at the end', async () => {
    const lines = (repo: string) => sampleLines(repo, () => 'feat/x');
    const twice = optedInRepo();
    const all = lines(twice);
    const transcript = writeTranscript(tmp('claude-config-'), twice, SAMPLE_ID, all.slice(0, 20));
    const first = await hook(payload('PreCompact', SAMPLE_ID, transcript, twice));
    expect(first.stdout).toMatch(/^claude-cost: created /);
    appendFileSync(
      transcript,
      all
        .slice(20)
        .map((l) => `${l}\n`)
        .join(''),
    );
    const second = await hook(payload('SessionEnd', SAMPLE_ID, transcript, twice));
    expect(second.stdout).toMatch(/^claude-cost: updated /);

    const once = optedInRepo();
    const full = writeTranscript(tmp('claude-config-'), once, SAMPLE_ID, lines(once));
    await hook(payload('SessionEnd', SAMPLE_ID, full, once));
    expect(recordTexts(twice)).toEqual(recordTexts(once));

    // And a third run with nothing new changes nothing.
    const third = await hook(payload('SessionEnd', SAMPLE_ID, transcript, twice));
    expect(third.stdout).toBe('');
    expect(recordTexts(twice)).toEqual(recordTexts(once));
  });

  it('leaves correct records when hooks for different sessions and for the same session finish at once', async () => {
    const repo = optedInRepo('feat/csv-export');
    const config = tmp('claude-config-');
    const sample = writeTranscript(
      config,
      repo,
      SAMPLE_ID,
      sampleLines(repo, () => 'feat/csv-export'),
    );
    const sub = writeSubagentSession(config, repo);
    const runs = await Promise.all([
      hook(payload('SessionEnd', SAMPLE_ID, sample, repo)),
      hook(payload('SessionEnd', SUBAGENT_ID, sub, repo)),
      hook(payload('Stop', SAMPLE_ID, sample, repo)),
      hook(payload('PreCompact', SAMPLE_ID, sample, repo)),
      hook(payload('SessionEnd', SUBAGENT_ID, sub, repo)),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(problems(run.stderr)).toEqual([]);
    }
    // Exactly one run created each record; the others found it and merged without change.
    expect(runs.filter((r) => r.stdout.startsWith('claude-cost: created')).length).toBe(2);

    const sequential = optedInRepo('feat/csv-export');
    await hook(payload('SessionEnd', SAMPLE_ID, sample, sequential));
    await hook(payload('SessionEnd', SUBAGENT_ID, sub, sequential));
    expect(recordTexts(repo)).toEqual(recordTexts(sequential));
    expect(listDir(join(repo, '.claude-cost/sessions')).filter((n) => !n.endsWith('.json'))).toEqual([]);
  });

  it('does not lose a fuller record to a concurrent run that read less', async () => {
    const repo = optedInRepo();
    const all = sampleLines(repo, () => 'feat/x');
    const config = tmp('claude-config-');
    const partial = writeTranscript(config, repo, SAMPLE_ID, all.slice(0, 15));
    // The same session, fully logged, in a second config dir: one hook saw less than the other.
    const full = writeTranscript(tmp('claude-config-'), repo, SAMPLE_ID, all);
    await Promise.all([
      hook(payload('PreCompact', SAMPLE_ID, partial, repo)),
      hook(payload('SessionEnd', SAMPLE_ID, full, repo)),
      hook(payload('PreCompact', SAMPLE_ID, partial, repo)),
    ]);
    const once = optedInRepo();
    await hook(payload('SessionEnd', SAMPLE_ID, writeTranscript(tmp('claude-config-'), once, SAMPLE_ID, all), once));
    expect(recordTexts(repo)).toEqual(recordTexts(once));
  });

  describe('with the transcript cache shared between runs, as on a developer machine', () => {
    it('a transcript appended between two runs, even cut mid-line, gives the record one run at the end gives', async () => {
      const env = { CLAUDE_COST_CACHE_DIR: tmp('claude-cost-cache-') };
      const twice = optedInRepo();
      const all = sampleLines(twice, () => 'feat/x');
      const transcript = writeTranscript(tmp('claude-config-'), twice, SAMPLE_ID, all.slice(0, 20));
      const first = await hook(payload('Stop', SAMPLE_ID, transcript, twice), env);
      expect(first.stdout).toMatch(/^claude-cost: created /);
      expect(listDir(join(env.CLAUDE_COST_CACHE_DIR, 'transcripts'))).toHaveLength(1);
      appendFileSync(
        transcript,
        all
          .slice(20)
          .map((l) => `${l}\n`)
          .join(''),
      );
      const second = await hook(payload('SessionEnd', SAMPLE_ID, transcript, twice), env);
      expect(second.stdout).toMatch(/^claude-cost: updated /);
      expect(problems(second.stderr)).toEqual([]);

      const once = optedInRepo();
      await hook(payload('SessionEnd', SAMPLE_ID, writeTranscript(tmp('claude-config-'), once, SAMPLE_ID, all), once));
      expect(recordTexts(twice)).toEqual(recordTexts(once));

      // A hook that fires while a line is being written reads that line again next time, whole.
      const cut = optedInRepo();
      const cutLines = sampleLines(cut, () => 'feat/x');
      const cutFile = writeTranscript(tmp('claude-config-'), cut, SAMPLE_ID, cutLines.slice(0, 30));
      const text = cutLines
        .slice(30)
        .map((l) => `${l}\n`)
        .join('');
      appendFileSync(cutFile, text.slice(0, 100));
      await hook(payload('Stop', SAMPLE_ID, cutFile, cut), env);
      appendFileSync(cutFile, text.slice(100));
      await hook(payload('SessionEnd', SAMPLE_ID, cutFile, cut), env);
      const fresh = optedInRepo();
      await hook(
        payload('SessionEnd', SAMPLE_ID, writeTranscript(tmp('claude-config-'), fresh, SAMPLE_ID, cutLines), fresh),
      );
      expect(totals(readRecords(cut).values())).toEqual(totals(readRecords(fresh).values()));
    });

    it('reads a truncated-and-rewritten transcript again from the start', async () => {
      const env = { CLAUDE_COST_CACHE_DIR: tmp('claude-cost-cache-') };
      const repo = optedInRepo('feat/y');
      const config = tmp('claude-config-');
      const transcript = writeTranscript(
        config,
        repo,
        SAMPLE_ID,
        sampleLines(repo, () => 'feat/x'),
      );
      await hook(payload('SessionEnd', SAMPLE_ID, transcript, repo), env);
      // The same session rewritten on another branch from line 3 on, and longer.
      const rewritten = sampleLines(repo, (i) => (i < 3 ? 'feat/x' : 'feat/y'));
      writeTranscript(config, repo, SAMPLE_ID, [...rewritten, ...rewritten.slice(3, 8)]);
      const run = await hook(payload('SessionEnd', SAMPLE_ID, transcript, repo), env);
      expect(problems(run.stderr)).toEqual([]);
      const branches = [...readRecords(repo).values()].map((r) => r.branch).sort();
      expect(branches).toEqual(['feat/x', 'feat/y']);

      const once = optedInRepo('feat/y');
      const onceFile = writeTranscript(tmp('claude-config-'), once, SAMPLE_ID, [
        ...rewritten,
        ...rewritten.slice(3, 8),
      ]);
      await hook(payload('SessionEnd', SAMPLE_ID, onceFile, once));
      const yOf = (r: string) => [...readRecords(r).values()].filter((x) => x.branch === 'feat/y');
      expect(yOf(repo)).toEqual(yOf(once));
    });

    it('leaves correct records when hooks sharing one cache finish at once', async () => {
      const env = { CLAUDE_COST_CACHE_DIR: tmp('claude-cost-cache-') };
      const repo = optedInRepo('feat/csv-export');
      const config = tmp('claude-config-');
      const lines = sampleLines(repo, () => 'feat/csv-export');
      const sample = writeTranscript(config, repo, SAMPLE_ID, lines.slice(0, 25));
      const sub = writeSubagentSession(config, repo);
      await hook(payload('Stop', SAMPLE_ID, sample, repo), env);
      appendFileSync(
        sample,
        lines
          .slice(25)
          .map((l) => `${l}\n`)
          .join(''),
      );
      const runs = await Promise.all([
        hook(payload('SessionEnd', SAMPLE_ID, sample, repo), env),
        hook(payload('SessionEnd', SUBAGENT_ID, sub, repo), env),
        hook(payload('Stop', SAMPLE_ID, sample, repo), env),
        hook(payload('PreCompact', SAMPLE_ID, sample, repo), env),
        hook(payload('SessionEnd', SUBAGENT_ID, sub, repo), env),
      ]);
      for (const run of runs) expect(problems(run.stderr)).toEqual([]);
      const sequential = optedInRepo('feat/csv-export');
      const fullConfig = tmp('claude-config-');
      await hook(
        payload('SessionEnd', SAMPLE_ID, writeTranscript(fullConfig, sequential, SAMPLE_ID, lines), sequential),
      );
      await hook(payload('SessionEnd', SUBAGENT_ID, writeSubagentSession(fullConfig, sequential), sequential));
      expect(recordTexts(repo)).toEqual(recordTexts(sequential));
      // And the cache the racing runs left behind still gives the same records.
      const after = await hook(payload('SessionEnd', SAMPLE_ID, sample, repo), env);
      expect(after.stdout).toBe('');
      expect(recordTexts(repo)).toEqual(recordTexts(sequential));
    });
  });

  it('prints its help with --help, even with a payload waiting, and records nothing', async () => {
    const repo = optedInRepo();
    const transcript = writeTranscript(
      tmp('claude-config-'),
      repo,
      SAMPLE_ID,
      sampleLines(repo, () => 'feat/x'),
    );
    const run = await runCli(
      cli,
      ['hook', '--help'],
      JSON.stringify(payload('SessionEnd', SAMPLE_ID, transcript, repo)),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: claude-cost hook/);
    expect(existsSync(join(repo, '.claude-cost/sessions'))).toBe(false);
  });
});

async function runAndRead(transcript: string) {
  const repo = optedInRepo('feat/a');
  await hook(payload('SessionEnd', SAMPLE_ID, transcript, repo));
  return [...readRecords(repo).values()];
}

function recordTexts(repo: string): Record<string, string> {
  const dir = join(repo, '.claude-cost/sessions');
  return Object.fromEntries(
    listDir(dir)
      .filter((n) => n.endsWith('.json'))
      .map((n) => [n, readFileSync(join(dir, n), 'utf8')]),
  );
}
