import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT, UsageError } from '../../src/commands/errors.js';
import { periodCommand } from '../../src/commands/period.js';
import type { PeriodReport } from '../../src/period/types.js';
import { makeStoryRepo, type StoryRepo } from './story.js';

/**
 * `claude-cost period`, called as the CLI calls it (src/commands/cli.ts turns a UsageError into
 * exit 2 and its message on stderr; `run` does the same here).
 */

const NOW = new Date('2026-11-05T00:00:00Z');
let repo: StoryRepo;

async function run(argv: string[], cwd = repo.dir): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), cwd, env: {} };
  try {
    return { code: await periodCommand(argv, io, NOW), stdout, stderr };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { code: EXIT.usage, stdout, stderr: `${stderr}claude-cost: ${error.message}\n` };
  }
}

beforeAll(() => {
  repo = makeStoryRepo();
  mkdirSync(join(repo.dir, '.github'));
  writeFileSync(join(repo.dir, '.github/claude-cost.yml'), 'budgets:\n  feature:\n    perPr: { usd: 10 }\n');
  repo.git('remote', 'add', 'origin', 'git@github.com:acme/widgets.git');
});

describe('claude-cost period', () => {
  it('reads the repository records, its config and its history by default', async () => {
    const { code, stdout } = await run(['2026-10', '--format', 'json']);
    expect(code).toBe(EXIT.ok);
    const report = JSON.parse(stdout) as PeriodReport;
    expect(report.totals.sessions).toBe(10);
    expect(report.repository).toBe('acme/widgets');
    expect(report.topPrs.map((p) => p.pr)).toEqual([12, 13, 15, 14]);
    // The repository's .github/claude-cost.yml has a feature budget only.
    expect(report.budgets.overruns.map((p) => [p.pr, p.status])).toEqual([[12, 'over']]);
  });

  it("prices with the config's own price rows", async () => {
    const listed = JSON.parse((await run(['2026-10', '--format', 'json'])).stdout) as PeriodReport;
    const shipped = JSON.parse(readFileSync(new URL('../../pricing/prices.json', import.meta.url), 'utf8')) as {
      models: Array<{ prices: Array<Record<string, unknown>> }>;
    };
    // Every shipped row at half its rates: the same tokens cost half (web searches stay $0.01).
    const RATES = ['input', 'output', 'cacheWrite5m', 'cacheWrite1h', 'cacheRead'];
    const half = (value: unknown, key = ''): unknown =>
      typeof value === 'number'
        ? RATES.includes(key)
          ? value / 2
          : value
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, half(v, k)]))
          : value;
    const models = shipped.models.map((row) => ({ ...row, prices: row.prices.map((entry) => half(entry)) }));
    const config = join(mkdtempSync(join(tmpdir(), 'period-config-')), 'claude-cost.yml');
    writeFileSync(config, `pricing: ${JSON.stringify({ models })}\n`);
    const { code, stdout, stderr } = await run(['2026-10', '--format', 'json', '--config', config]);
    expect(code, stderr).toBe(EXIT.ok);
    const cheaper = JSON.parse(stdout) as PeriodReport;
    expect(cheaper.totals.costUsd).toBeGreaterThan(0);
    expect(cheaper.totals.costUsd).toBeLessThan(listed.totals.costUsd * 0.51);
  });

  it('markdown by default, and the previous month when no period is given', async () => {
    const { code, stdout } = await run([]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/^## Claude Code cost: 2026-10\n/);
  });

  it('counts days in --time-zone, and takes --since/--until ranges', async () => {
    const hk = JSON.parse(
      (await run(['2026-10', '--time-zone', 'Asia/Hong_Kong', '--format', 'json'])).stdout,
    ) as PeriodReport;
    expect(hk.totals.sessions).toBe(9);
    const csv = (await run(['--since', '2026-10-01', '--until', '2026-10-07', '--format', 'csv'])).stdout;
    expect(csv.split('\r\n').filter((l) => l !== '')).toHaveLength(1 + 3);
  });

  it('--out writes the five files and prints their paths; with --format it prints the report too', async () => {
    const out = mkdtempSync(join(tmpdir(), 'claude-cost-cli-out-'));
    const listed = await run(['2026-10', '--out', out, '--daily-limit-usd', '10']);
    expect(listed.code).toBe(EXIT.ok);
    expect(
      listed.stdout
        .trim()
        .split('\n')
        .map((p) => p.split('/').pop()),
    ).toEqual(['report.md', 'report.json', 'sessions.csv', 'sessions.ndjson', 'report.html']);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('1 developer-day over it');
    const printed = await run(['2026-10', '--out', out, '--format', 'ndjson', '--repository', 'acme/other']);
    expect(printed.stdout.split('\n')[0]).toContain('"repository":"acme/other"');
    expect(readFileSync(join(out, 'sessions.ndjson'), 'utf8')).toBe(printed.stdout);
  });

  it('--help prints the usage', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('Usage: claude-cost period [PERIOD] [options]');
  });

  it.each([
    [['2026-13'], /not a month/],
    [['2026-W54'], /ISO weeks 01 to 53/],
    [['2026-10', '--time-zone', 'Mars/Base'], /not an IANA time zone/],
    [['2026-10', '--since', '2026-10-01'], /not both/],
    [['--until', '2026-10-01'], /--until needs --since/],
    [['2026-10', '--format', 'xml'], /--format must be one of markdown, json, csv, ndjson, html/],
    [['2026-10', '--daily-limit-usd', 'lots'], /--daily-limit-usd must be a number/],
    [['2026-10', '--repository', 'not a repo'], /OWNER\/NAME/],
    [['2026-10', '--records', 'no/such/dir'], /--records .*no such file or directory/],
    [['2026-10', '--config', 'missing.yml'], /cannot read the config file/],
    [['2026-10', '2026-11'], /at most one PERIOD/],
    [['2026-10', '--bogus'], /Unknown option/],
  ])('exits 2 on bad usage: %j', async (argv, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(message);
  });

  it('exits 2 outside a repository without --records', async () => {
    const { code, stderr } = await run(['2026-10'], mkdtempSync(join(tmpdir(), 'claude-cost-empty-')));
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(/pass --records DIR/);
  });
});
