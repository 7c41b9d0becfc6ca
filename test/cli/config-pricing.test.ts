import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { bucket, cli, record, tmp, writeJson } from './helpers.js';

/** A gateway's own model, as a team would add it in `.github/claude-cost.yml`. */
const GATEWAY_ROW = `pricing:
  models:
    - model: acme-gateway-sonnet
      ids: ["acme-sonnet"]
      source: "Our gateway contract, schedule B"
      checked: "2026-11-01"
      prices:
        - from: null
          input: 2
          output: 10
          cacheWrite5m: 2.5
          cacheWrite1h: 4
          cacheRead: 0.2
`;

/** The shipped Sonnet 4.5 row with a negotiated input rate (the whole row is replaced). */
const SONNET_DISCOUNT = `pricing:
  models:
    - model: claude-sonnet-4-5-20250929
      ids: ["claude-sonnet-4-5"]
      source: "Enterprise agreement"
      checked: "2026-11-01"
      prices:
        - from: null
          input: 2.4
          output: 12
          cacheWrite5m: 3
          cacheWrite1h: 4.8
          cacheRead: 0.24
`;

function setup(config: string): { dir: string; configPath: string } {
  const dir = tmp();
  const configPath = join(dir, 'claude-cost.yml');
  writeFileSync(configPath, config);
  writeJson(
    join(dir, 'records', 'r.json'),
    record({
      usage: [
        bucket({ model: 'acme-sonnet', inputTokens: 1_000_000, outputTokens: 100_000 }),
        bucket({ inputTokens: 1_000_000 }),
      ],
    }),
  );
  return { dir, configPath };
}

async function reportWith(dir: string, ...flags: string[]): Promise<Report> {
  const run = await cli(['report', join(dir, 'records'), '--format', 'json', ...flags]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

describe('price rows from the config', () => {
  it('prices a model the shipped book does not know', async () => {
    const { dir, configPath } = setup(GATEWAY_ROW);
    const without = await reportWith(dir);
    expect(without.unpriced.map((u) => u.model)).toEqual(['acme-sonnet']);
    expect(without.totals.costUsd).toBe(3); // the Sonnet 4.5 bucket only: 1M input × $3

    const report = await reportWith(dir, '--config', configPath);
    expect(report.unpriced).toEqual([]);
    expect(report.totals.costIsLowerBound).toBe(false);
    // 1M input × $2 + 0.1M output × $10 on the gateway row, plus 1M input × $3 on the shipped one.
    expect(report.totals.costUsd).toBe(2 + 1 + 3);
  });

  it('replaces a shipped row, and a pricing file replaces the config in turn', async () => {
    const { dir, configPath } = setup(SONNET_DISCOUNT);
    const report = await reportWith(dir, '--config', configPath);
    expect(report.models.find((m) => m.model === 'claude-sonnet-4-5-20250929')?.costUsd).toBe(2.4);

    const file = writeJson(join(dir, 'prices.json'), {
      asOf: '2026-11-01',
      currency: 'USD',
      unit: 'per million tokens',
      models: [
        {
          model: 'claude-sonnet-4-5-20250929',
          ids: ['claude-sonnet-4-5'],
          source: 'A later agreement',
          checked: '2026-11-20',
          prices: [{ from: null, input: 2, output: 10, cacheWrite5m: 2.5, cacheWrite1h: 4, cacheRead: 0.2 }],
        },
      ],
    });
    const both = await reportWith(dir, '--config', configPath, '--pricing-file', file);
    expect(both.models.find((m) => m.model === 'claude-sonnet-4-5-20250929')?.costUsd).toBe(2);
  });

  it('shows the configured row in `prices`', async () => {
    const { configPath } = setup(GATEWAY_ROW);
    const one = await cli(['prices', 'acme-sonnet', '--config', configPath, '--day', '2026-11-20']);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('acme-gateway-sonnet');
    expect(one.stdout).toContain('Our gateway contract, schedule B');
  });

  it('refuses bad rows as an invalid config (exit 2), naming the file and the key', async () => {
    const { dir, configPath } = setup(GATEWAY_ROW.replace('input: 2', 'input: -2'));
    const bad = await cli(['report', join(dir, 'records'), '--config', configPath]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('claude-cost.yml');
    expect(bad.stderr).toMatch(/pricing\.models\[0\]\.prices\[0\]\.input/);

    // An id another row already has would make resolution ambiguous.
    writeFileSync(configPath, GATEWAY_ROW.replace('["acme-sonnet"]', '["claude-sonnet-4-5"]'));
    const clash = await cli(['report', join(dir, 'records'), '--config', configPath]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('claude-cost.yml');
    expect(clash.stderr).toMatch(/pricing: .*'claude-sonnet-4-5' is already used/);
  });
});
