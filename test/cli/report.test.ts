import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { REAL_PROJECTS, REPO, bucket, cli, record, tmp, writeJson } from './helpers.js';

async function jsonReport(...paths: string[]): Promise<Report> {
  const run = await cli(['report', ...paths, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

describe('claude-cost report on the real transcripts', () => {
  it('matches the independent totals in SOURCES.md', async () => {
    const report = await jsonReport(REAL_PROJECTS);
    expect(report.schema).toBe('claude-cost/report@1');
    expect(report.totals.costUsd).toBe(3.14098425);
    expect(report.totals.inputTokens).toBe(1_219);
    expect(report.totals.outputTokens).toBe(59_059);
    expect(report.totals.cacheWrite5mTokens + report.totals.cacheWrite1hTokens).toBe(230_493);
    expect(report.totals.cacheReadTokens).toBe(4_623_645);
    expect(report.totals.requests).toBe(225);
    expect(report.totals.sessions).toBe(5);
    expect(report.unpriced).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.priceBook.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives the same totals after recording the transcripts and reporting the records', async () => {
    const out = tmp();
    const recorded = await cli(['record', '--transcripts', REAL_PROJECTS, '--all', '--any-branch', '--out', out]);
    expect(recorded.code).toBe(0);
    expect(recorded.stdout.match(/^created /gm)).toHaveLength(5);
    const fromRecords = await jsonReport(out);
    const fromTranscripts = await jsonReport(REAL_PROJECTS);
    expect(fromRecords.totals).toEqual(fromTranscripts.totals);
    expect(fromRecords.sessions.map((s) => s.costUsd)).toEqual(fromTranscripts.sessions.map((s) => s.costUsd));

    const again = await cli(['record', '--transcripts', REAL_PROJECTS, '--all', '--any-branch', '--out', out]);
    expect(again.stdout.match(/^unchanged /gm)).toHaveLength(5);
  });

  it('counts a session once when its transcript and its record are both given', async () => {
    const out = tmp();
    await cli(['record', '--transcripts', REAL_PROJECTS, '--all', '--any-branch', '--out', out]);
    const both = await jsonReport(REAL_PROJECTS, out);
    expect(both.totals.costUsd).toBe(3.14098425);
    expect(both.totals.sessions).toBe(5);
  });

  it('renders csv with one row per session', async () => {
    const run = await cli(['report', REAL_PROJECTS, '--format', 'csv']);
    const rows = run.stdout.trimEnd().split('\r\n');
    expect(rows[0]?.startsWith('sessionId,branch,developer')).toBe(true);
    expect(rows).toHaveLength(6);
  });
});

describe('claude-cost report on hostile and partial data', () => {
  it('escapes every data string in the markdown and keeps the tables intact', async () => {
    const dir = tmp();
    writeJson(
      join(dir, 'evil.json'),
      record({
        developer: '@octocat <img src=x onerror=alert(1)> [click](https://evil.example) | x',
        branch: '<!-- claude-cost:v1 --> **bold** ![i](https://evil.example/i.png)',
      }),
    );
    const run = await cli(['report', dir]);
    expect(run.code).toBe(0);
    const md = run.stdout;
    expect(md).not.toMatch(/<img/);
    expect(md).not.toMatch(/<!-- claude-cost/);
    expect(md).not.toMatch(/\]\(https?:/);
    expect(md).not.toMatch(/(^|[^\u200b])@octocat/);
    expect(md).not.toContain('https://evil');
    const sessionRow = md.split('\n').find((l) => l.startsWith('| aaaaaaaa'));
    // Nine columns: ten unescaped pipes. An escaped `\|` is text, not a column.
    expect(sessionRow?.replace(/\\\|/g, '').match(/\|/g)).toHaveLength(10);
  });

  it('reports unpriced models as a lower bound, never as $0', async () => {
    const dir = tmp();
    writeJson(
      join(dir, 'r.json'),
      record({ usage: [bucket({ inputTokens: 1_000_000 }), bucket({ model: 'opus', outputTokens: 5_000 })] }),
    );
    const report = await jsonReport(dir);
    expect(report.totals.costUsd).toBe(3);
    expect(report.totals.costIsLowerBound).toBe(true);
    expect(report.unpriced).toEqual([{ model: 'opus', reason: expect.any(String), tokens: 5_000, requests: 1 }]);
    expect(report.models.find((m) => m.model === 'opus')?.costUsd).toBeNull();
    const md = (await cli(['report', dir])).stdout;
    expect(md).toContain('$3.00+');
    expect(md).toMatch(/lower bound/);
    expect(md).toMatch(/Unpriced: opus/);
  });

  it('names the file and line of a bad line, keeps the rest, and never echoes the content', async () => {
    const dir = tmp();
    const projects = join(dir, 'projects', 'p');
    mkdirSync(projects, { recursive: true });
    copyFileSync(
      join(REAL_PROJECTS, 'sample-project', '1af7fc5e-8455-4414-9ccd-011d40f70b2a.jsonl'),
      join(projects, 's.jsonl'),
    );
    writeFileSync(join(projects, 's.jsonl'), '{"usage": SECRET-PROMPT-TEXT\n', { flag: 'a' });
    const report = await jsonReport(dir);
    expect(report.skipped).toHaveLength(1);
    expect(report.skipped[0]?.file).toMatch(/s\.jsonl$/);
    expect(report.skipped[0]?.line).toBeGreaterThan(1);
    expect(JSON.stringify(report)).not.toContain('SECRET-PROMPT-TEXT');
    expect(report.totals.requests).toBeGreaterThan(0);
  });

  it('prefers a result object over the transcript of the same session, and says so', async () => {
    const dir = tmp();
    const transcript = join(REAL_PROJECTS, 'sample-project', '1af7fc5e-8455-4414-9ccd-011d40f70b2a.jsonl');
    copyFileSync(transcript, join(dir, 't.jsonl'));
    writeJson(join(dir, 'result.json'), {
      type: 'result',
      subtype: 'success',
      session_id: '1af7fc5e-8455-4414-9ccd-011d40f70b2a',
      total_cost_usd: 0.003,
      num_turns: 1,
      timestamp: '2025-09-03T00:50:00Z',
      usage: { input_tokens: 1000, output_tokens: 0 },
      modelUsage: {
        'claude-sonnet-4-20250514': {
          inputTokens: 1000,
          outputTokens: 0,
          cacheReadInputTokens: 0,
          cacheCreationInputTokens: 0,
          webSearchRequests: 0,
          costUSD: 0.003,
        },
      },
    });
    const report = await jsonReport(dir);
    expect(report.totals.sessions).toBe(1);
    expect(report.totals.costUsd).toBe(0.003);
    expect(report.totals.reportedCostUsd).toBe(0.003);
    expect(report.sessions[0]?.source).toBe('result');
    expect(report.notes.join('\n')).toMatch(/result object was used/);
  });
});

describe('claude-cost exit codes and help', () => {
  it('exits 2 with a clear message on bad usage or an unreadable path', async () => {
    expect((await cli(['report', '/no/such/dir'])).stderr).toMatch(/\/no\/such\/dir: no such file or directory/);
    expect((await cli(['report', '/no/such/dir'])).code).toBe(2);
    expect((await cli(['report', REAL_PROJECTS, '--format', 'xml'])).code).toBe(2);
    expect((await cli(['report', '--bogus'])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['record', '--session', 'x', '--all', '--transcripts', REAL_PROJECTS])).code).toBe(2);
  });

  it('reports a bad policy before a bad path, though both are read at once', async () => {
    const config = join(tmp(), 'claude-cost.yml');
    writeFileSync(config, 'budgets: [1]\n');
    for (const command of ['report', 'check']) {
      const run = await cli([command, '/no/such/dir', '--config', config]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/claude-cost\.yml/);
      expect(run.stderr).not.toMatch(/no such file/);
      expect(run.stdout).toBe('');
    }
    const good = join(tmp(), 'claude-cost.yml');
    writeFileSync(good, 'version: 1\n');
    expect((await cli(['check', '/no/such/dir', '--config', good])).stderr).toMatch(/no such file or directory/);
  });

  it('has --help on every command', async () => {
    for (const command of ['report', 'record', 'prices']) {
      const run = await cli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: claude-cost ${command}`));
    }
    expect((await cli(['--help'])).stdout).toMatch(/Commands:/);
  });

  it('runs from the committed bundle without node_modules', () => {
    const dir = tmp();
    // The CLI is split into chunks: the whole of dist/, and nothing else.
    cpSync(join(REPO, 'dist'), dir, { recursive: true });
    const out = execFileSync(process.execPath, [join(dir, 'cli.js'), 'report', REAL_PROJECTS, '--format', 'json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect((JSON.parse(out) as Report).totals.costUsd).toBe(3.14098425);
    const bad = spawnSync(process.execPath, [join(dir, 'cli.js'), 'report', join(dir, 'missing')], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
  });

  it('prints the price book and one resolved model', async () => {
    const book = await cli(['prices']);
    expect(book.stdout).toMatch(/claude-sonnet-4-5-20250929/);
    const one = await cli(['prices', 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', '--day', '2026-11-01']);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/claude-sonnet-4-5-20250929/);
  });
});
