import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPeriodReport } from '../../src/period/build.js';
import { writePeriodFiles } from '../../src/period/files.js';
import { loadPeriodRecords } from '../../src/period/load.js';
import { resolvePeriod } from '../../src/period/resolve.js';
import type { AttributedRecord, PeriodReport } from '../../src/period/types.js';
import { renderPeriodHtml } from '../../src/render/html.js';
import { mermaidBars, mermaidPie } from '../../src/render/mermaid.js';
import { SESSION_COLUMNS } from '../../src/render/period-csv.js';
import { MAX_BODY, periodMarker, periodTitle, renderPeriodMarkdown } from '../../src/render/period-markdown.js';
import { book, config, dollars, record } from '../policy/fixtures.js';
import { HOSTILE, makeHostileRepo } from './hostile.js';
import { makeStoryRepo, RECORDS_DIR, STORY_CONFIG } from './story.js';

/**
 * The period report's outputs: golden markdown (`UPDATE_GOLDEN=1 npx vitest run test/period`
 * rewrites test/golden/period-*.md), hostile strings, the five files, and the issue size limit.
 */

const NOW = new Date('2026-11-05T00:00:00Z');

async function fromRepo(
  dir: string,
  spec: string,
  zone = 'UTC',
  repository: string | null = 'acme/widgets',
): Promise<PeriodReport> {
  const loaded = await loadPeriodRecords(join(dir, RECORDS_DIR));
  return buildPeriodReport({
    records: loaded.records,
    period: resolvePeriod(spec, zone, NOW),
    config: config(STORY_CONFIG),
    book,
    generator: 'claude-cost test',
    dailyLimit: { usd: 10, tokens: 5_000_000 },
    repository,
    notes: loaded.notes,
    skipped: loaded.skipped,
  });
}

function golden(name: string, text: string): void {
  const path = `test/golden/${name}.md`;
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

let story: PeriodReport;
let hostile: PeriodReport;

beforeAll(async () => {
  story = await fromRepo(makeStoryRepo().dir, '2026-10');
  hostile = await fromRepo(makeHostileRepo().dir, '2026-10');
});

describe('golden period markdown', () => {
  it('period-story: October in UTC', () => golden('period-story', renderPeriodMarkdown(story)));
  it('period-hong-kong: October in Asia/Hong_Kong', async () => {
    golden('period-hong-kong', renderPeriodMarkdown(await fromRepo(makeStoryRepo().dir, '2026-10', 'Asia/Hong_Kong')));
  });
  it('period-empty: a month without sessions', async () => {
    golden('period-empty', renderPeriodMarkdown(await fromRepo(makeStoryRepo().dir, '2026-12')));
  });
  it('period-hostile: data strings escaped', () => golden('period-hostile', renderPeriodMarkdown(hostile)));
  it('names the issue and its hidden marker from the period alone', () => {
    expect(periodTitle(story)).toBe('Claude Code cost: 2026-10');
    expect(periodMarker(story)).toBe('<!-- claude-cost:period:v1 2026-10 UTC -->');
  });
});

describe('hostile strings in records and commit messages', () => {
  it('the markdown carries no tag, link, image, mention or table break from data', () => {
    const markdown = renderPeriodMarkdown(hostile);
    expect(hostile.topPrs[0]?.title).toBe(HOSTILE.title);
    for (const bad of [
      '<img',
      '<script',
      '<b>',
      '<style',
      '<!--',
      '@octocat',
      '@everyone',
      '#123',
      'https://',
      'www.evil',
    ]) {
      expect(markdown).not.toContain(bad);
    }
    // Brackets are escaped, so `[x](…)` and `![i](…)` are text, not a link or an image.
    expect(markdown).not.toMatch(/(?<!\\)\]\(/);
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Every row of every table has as many unescaped pipes as its header.
    for (const table of markdown.split('\n\n').filter((b) => b.startsWith('|'))) {
      const pipes = table.split('\n').map((row) => row.replace(/\\\|/g, '').split('|').length);
      expect(new Set(pipes).size).toBe(1);
    }
  });

  it('the HTML page carries no element or attribute from data', () => {
    const page = renderPeriodHtml(hostile);
    for (const bad of ['<img', '<script', '<b>', '<style>*', '<!-- claude', 'href=']) expect(page).not.toContain(bad);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; @octocat [x](https://evil.example) | pipe'.slice(0, 60));
    expect(page).toContain('feat/&lt;script&gt;alert(1)&lt;/script&gt;|x');
    expect(page).toContain('&lt;b&gt;bold&lt;/b&gt;, &quot;quoted&quot;');
    expect(page).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
  });

  it('Mermaid labels outside the safe character set are replaced, never escaped into the chart', () => {
    const pie = mermaidPie('Spend', [
      { label: 'claude-opus-4-6', value: 1 },
      { label: 'x"\n```\n<b>', value: 2 },
      { label: 'zero', value: 0 },
    ]);
    expect(pie).toBe(
      [
        '```mermaid',
        'pie showData',
        '    title Spend',
        '    "claude-opus-4-6" : 1.00',
        '    "item 2" : 2.00',
        '```',
      ].join('\n'),
    );
    expect(
      mermaidBars(
        'By week',
        [
          { label: '2026-W40', value: 11 },
          { label: '2026-W41', value: 6.005 },
        ],
        'USD',
      ),
    ).toContain('    x-axis ["2026-W40", "2026-W41"]\n    y-axis "USD" 0 --> 20\n    bar [11.00, 6.01]');
  });
});

describe('the five files', () => {
  it('writes report.md, report.json, sessions.csv, sessions.ndjson and report.html', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claude-cost-out-'));
    const paths = await writePeriodFiles(join(dir, 'period'), hostile);
    expect(Object.values(paths).map((p) => p.slice(dir.length + 1))).toEqual([
      'period/report.md',
      'period/report.json',
      'period/sessions.csv',
      'period/sessions.ndjson',
      'period/report.html',
    ]);
    expect(JSON.parse(readFileSync(paths.json, 'utf8'))).toEqual(JSON.parse(JSON.stringify(hostile)));
    expect(readFileSync(paths.markdown, 'utf8')).toBe(renderPeriodMarkdown(hostile));
  });

  it('sessions.csv is RFC 4180: CRLF rows, quoted fields, doubled quotes, formulas neutralised', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claude-cost-out-'));
    const paths = await writePeriodFiles(dir, hostile);
    const csv = readFileSync(paths.csv, 'utf8');
    const rows = csv.split('\r\n');
    expect(rows.at(-1)).toBe('');
    expect(rows[0]).toBe(SESSION_COLUMNS.join(','));
    expect(rows).toHaveLength(hostile.sessions.length + 2);
    expect(csv).not.toMatch(/[^\r]\n/);
    expect(rows[1]).toContain(`,"${HOSTILE.title.replace(/"/g, '""')}",`);
    expect(rows[1]).toContain(`,${HOSTILE.ref},`);

    const formula = withRecords([
      record({
        sessionId: 'frm00001-0000-4000-8000-000000000000',
        developer: '=HYPERLINK("x")',
        startedAt: '2026-10-01T00:00:00.000Z',
        usage: [dollars(1, { day: '2026-10-01' })],
      }),
    ]);
    await writePeriodFiles(dir, formula);
    expect(readFileSync(paths.csv, 'utf8')).toContain(`,"'=HYPERLINK(""x"")",`);
  });

  it('sessions.ndjson: one documented object per line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claude-cost-out-'));
    const paths = await writePeriodFiles(dir, story);
    const lines = readFileSync(paths.ndjson, 'utf8').split('\n');
    expect(lines.at(-1)).toBe('');
    const rows = lines.slice(0, -1).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(10);
    expect(Object.keys(rows[0] ?? {})).toEqual(NDJSON_KEYS);
    expect(rows[0]).toMatchObject({
      schema: 'claude-cost/period-session@1',
      repository: 'acme/widgets',
      period: '2026-10',
      timeZone: 'UTC',
      sessionId: 'cccc0001-0000-4000-8000-000000000000',
      developer: 'alice@example.com',
      pr: 12,
      prTitle: 'feat: x',
      taskKind: 'feature',
      scope: 'scoped',
      localDate: '2026-10-02',
      week: '2026-W40',
      costUsd: 2,
      models: [{ model: 'claude-opus-4-6', totalTokens: 852_000, costUsd: 2 }],
    });
  });
});

describe('size', () => {
  it('a report with hundreds of developers still fits an issue body', () => {
    const records: AttributedRecord[] = Array.from({ length: 600 }, (_, i) => ({
      record: record({
        sessionId: `many${String(i).padStart(4, '0')}-0000-4000-8000-000000000000`,
        developer: `developer-${i}-${'x'.repeat(200)}@example.com`,
        startedAt: '2026-10-05T10:00:00.000Z',
        usage: [dollars(1 + (i % 7), { day: '2026-10-05' })],
      }),
      pr: {
        number: i + 1,
        title: `feat: ${'y'.repeat(300)}`,
        via: 'squash',
        commit: 'c'.repeat(40),
        landedAt: null,
        branch: null,
      },
    }));
    const report = withRecords(
      records.map((r) => r.record),
      records,
    );
    const markdown = renderPeriodMarkdown(report);
    expect(markdown.length).toBeLessThan(MAX_BODY);
    expect(markdown).toMatch(/\| 575 more +\|/);
    expect(markdown).toContain('**$2,395.00**');
  });
});

const NDJSON_KEYS = [
  'schema',
  'repository',
  'period',
  'timeZone',
  'sessionId',
  'developer',
  'branch',
  'pr',
  'prTitle',
  'commit',
  'taskKind',
  'taskRef',
  'scope',
  'scopeSource',
  'startedAt',
  'endedAt',
  'localDate',
  'week',
  'durationMinutes',
  'turns',
  'compactions',
  'peakContextTokens',
  'models',
  'requests',
  'inputTokens',
  'outputTokens',
  'cacheWrite5mTokens',
  'cacheWrite1hTokens',
  'cacheReadTokens',
  'webSearchRequests',
  'totalTokens',
  'cacheHitRate',
  'costUsd',
  'unpricedTokens',
  'reportedCostUsd',
  'source',
];

function withRecords(records: ReturnType<typeof record>[], attributed?: AttributedRecord[]): PeriodReport {
  return buildPeriodReport({
    records: attributed ?? records.map((r) => ({ record: r, pr: null })),
    period: resolvePeriod('2026-10', 'UTC', NOW),
    config: config(''),
    book,
    generator: 'claude-cost test',
  });
}
