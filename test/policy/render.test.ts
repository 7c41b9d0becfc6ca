import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import {
  budgetBar,
  renderAdvice,
  renderBaseline,
  renderBudgetHeadline,
  renderLocalTotal,
} from '../../src/render/policy.js';
import { applyPolicy } from '../../src/policy/index.js';
import { defaultConfig } from '../../src/policy/config.js';
import { book, config, dollars, judge, NOW, record } from './fixtures.js';
import { buildReport } from '../../src/report/build.js';

describe('budgetBar', () => {
  it('fills one cell per 10%, and is full only at or past the limit', () => {
    expect(budgetBar(0, 0)).toBe('▱▱▱▱▱▱▱▱▱▱');
    expect(budgetBar(0.52, 1)).toBe('▰▰▰▰▰▱▱▱▱▱');
    expect(budgetBar(0.99, 1)).toBe('▰▰▰▰▰▰▰▰▰▱');
    expect(budgetBar(1, 1)).toBe('▰▰▰▰▰▰▰▰▰▰');
    expect(budgetBar(3.2, 1)).toBe('▰▰▰▰▰▰▰▰▰▰');
    expect(budgetBar(null, 5)).toBe('▰▰▰▰▰▰▰▰▰▰');
  });
});

describe('policy markdown pieces', () => {
  it('are empty when there is nothing to say', () => {
    const report = judge([record({ usage: [dollars(1)] })]);
    expect(renderBaseline(report)).toBe('');
    expect(renderAdvice(report)).toBe('');
    expect(renderLocalTotal(report)).toBe('');
    expect(renderBudgetHeadline(judge([]))).toBe('');
    expect(renderBudgetHeadline(buildReport({ sessions: [], skipped: [], notes: [], book, generator: 'x' }))).toBe('');
  });

  it('escape every string that came from data or the config', () => {
    const yaml =
      'tasks:\n  labels: { "<img src=x>|[link](http://evil)": bugfix }\nbudgets:\n  bugfix:\n    allowedModels: [claude-haiku-4-5]\n';
    const report = judge([record({ usage: [dollars(1, { model: 'claude-opus-4-6' })] })], {
      config: config(yaml),
      pr: { labels: ['<img src=x>|[link](http://evil)'] },
    });
    const headline = renderBudgetHeadline(report);
    expect(headline).toContain('from label &lt;img src=x&gt;\\|\\[link\\]');
    expect(headline).toContain('http:\u200b//evil');
    expect(headline).not.toContain('<img');
    expect(headline).toContain('- ⚠️ Not allowed for bugfix work: claude-opus-4-6');
  });

  it('show the display currency beside USD', () => {
    const report = judge([record({ usage: [dollars(2)] })], {
      config: config('currency: { code: HKD, perUsd: 7.8 }\nbudgets:\n  default:\n    perPr: { local: 39 }\n'),
    });
    expect(renderLocalTotal(report)).toBe('HKD 15.60 at 7.8 HKD/USD');
    expect(renderBudgetHeadline(report)).toContain(
      '▰▰▰▰▱▱▱▱▱▱ 40% of $5.00 (HKD 39.00) per-PR budget: $2.00 (HKD 15.60) used',
    );
  });
});

describe('applyPolicy', () => {
  it('adds task, budget, baseline, advice and currency to the report JSON', () => {
    const report = judge([record({ usage: [dollars(1)] })]);
    const json = JSON.parse(renderJson(report)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['task', 'budget', 'baseline', 'advice', 'currency']));
    expect(json.budget).toMatchObject({ status: 'none', costIsLowerBound: false, reasons: [] });
    expect(json.currency).toBeNull();
  });

  it('refuses records that are not the ones the report was built from', () => {
    const sessions = [record({ usage: [dollars(1)] })];
    const report = buildReport({ sessions, skipped: [], notes: [], book, generator: 'x' });
    const input = { config: defaultConfig(), pr: { labels: [] }, now: NOW, book };
    expect(() => applyPolicy(report, { ...input, sessions: [] })).toThrow(/1 sessions but 0 records/);
    expect(() => applyPolicy(report, { ...input, sessions: [record()] })).toThrow(/report order/);
  });
});
