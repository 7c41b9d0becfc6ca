import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPeriodReport } from '../../src/period/build.js';
import { writePeriodFiles } from '../../src/period/files.js';
import { loadPeriodRecords } from '../../src/period/load.js';
import { resolvePeriod } from '../../src/period/resolve.js';
import { book, config } from '../policy/fixtures.js';
import { HOSTILE, makeHostileRepo } from './hostile.js';
import { makeStoryRepo, RECORDS_DIR, STORY_CONFIG } from './story.js';

/**
 * report.html opened in Debian's headless Chromium through playwright-core (which downloads no
 * browser). CI installs `chromium`; on a machine without it the test fails and says so, unless
 * CLAUDE_COST_SKIP_BROWSER=1 skips it on purpose. Screenshots go to test-output/.
 */

const CHROMIUM = process.env.CLAUDE_COST_CHROMIUM ?? '/usr/bin/chromium';
const SKIP = process.env.CLAUDE_COST_SKIP_BROWSER === '1';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const OUTPUT = 'test-output';

let context: BrowserContext;
let profile: string;

async function pageFor(repoDir: string, name: string) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} not found. Install Debian's chromium (apt-get install -y chromium), point CLAUDE_COST_CHROMIUM at a Chromium binary, or set CLAUDE_COST_SKIP_BROWSER=1 to skip the browser test on this machine.`,
    );
  }
  const loaded = await loadPeriodRecords(join(repoDir, RECORDS_DIR));
  const report = buildPeriodReport({
    records: loaded.records,
    period: resolvePeriod('2026-10', 'UTC', new Date('2026-11-05T00:00:00Z')),
    config: config(STORY_CONFIG),
    book,
    generator: 'claude-cost test',
    dailyLimit: { usd: 10 },
    notes: loaded.notes,
  });
  const { html } = await writePeriodFiles(mkdtempSync(join(tmpdir(), `claude-cost-${name}-`)), report);
  const url = pathToFileURL(html).href;
  const requests: string[] = [];
  const errors: string[] = [];
  const page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // Anything but the page itself is refused, so a request cannot leave even if one were made.
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, url, requests, errors };
}

describe.skipIf(SKIP)('report.html in headless Chromium', () => {
  beforeAll(async () => {
    // Each test fails on its own below (a failing hook would only mark them skipped).
    if (!existsSync(CHROMIUM)) return;
    mkdirSync(OUTPUT, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'claude-cost-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('shows the headline figures and both charts, and requests nothing but itself', async () => {
    const { page, url, requests, errors } = await pageFor(makeStoryRepo().dir, 'story');
    const text = async (selector: string) => (await page.textContent(selector))?.trim();
    expect(await page.title()).toBe('Claude Code cost: 2026-10');
    expect(await text('#total-cost')).toBe('$22.75');
    expect(await text('#sessions')).toBe('10');
    expect(await text('#per-session')).toBe('$2.28');
    expect(await text('#cache-hit')).toBe('72.1%');
    expect(await text('#prs')).toBe('4');
    expect(await page.locator('svg.pie path').count()).toBe(2);
    expect(await page.locator('svg.bars rect').count()).toBe(5);
    expect(await page.locator('section h2').allTextContents()).toEqual([
      'Spend by model',
      'Spend by week',
      'By developer',
      'By task kind',
      'Top PRs',
      'Top sessions',
      'Budgets',
      'Scoped and open-ended sessions',
      'Advice',
      'Outliers',
      'Data notes',
    ]);
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'period-report.png'), fullPage: true });
  });

  it('renders hostile strings as text: no element, no request, no script', async () => {
    const { page, url, requests, errors } = await pageFor(makeHostileRepo().dir, 'hostile');
    expect(await page.locator('img, script, iframe, object, embed, link, a, style:not(head style)').count()).toBe(0);
    expect(await page.locator('style').count()).toBe(1);
    const body = (await page.textContent('body')) ?? '';
    expect(body).toContain(HOSTILE.developer.slice(0, 40));
    expect(body).toContain('feat/<script>alert(1)</script>|x');
    expect(body).toContain('feat: <b>bold</b>, "quoted"');
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'period-hostile.png'), fullPage: true });
  });
});
