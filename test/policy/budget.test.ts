import { describe, expect, it } from 'vitest';
import { config, DOLLAR_TOKENS, dollars, HAIKU, judge, record } from './fixtures.js';

const PR = { labels: [], branch: 'feat/x' };

function verdict(sessionDollars: number[], yaml: string, models?: string[]) {
  const sessions = sessionDollars.map((n, i) =>
    record({ usage: [dollars(n, models?.[i] ? { model: models[i] } : {})] }),
  );
  const report = judge(sessions, { config: config(yaml), pr: PR });
  if (report.budget === undefined) throw new Error('no budget');
  return report.budget;
}

describe('budget: per-PR USD', () => {
  const yaml = 'budgets:\n  feature:\n    perPr: { usd: 4 }\n';

  it('is ok under the warning threshold', () => {
    const b = verdict([1, 1], yaml);
    expect(b).toMatchObject({ status: 'ok', kind: 'feature', budgetKey: 'feature', warnAt: 0.75, reasons: [] });
    expect(b.checks).toEqual([
      expect.objectContaining({ budget: 'perPr', unit: 'usd', limit: 4, used: 2, share: 0.5, status: 'ok' }),
    ]);
  });

  it('warns from 75% of the limit', () => {
    const b = verdict([2, 1], yaml);
    expect(b.status).toBe('warning');
    expect(b.reasons).toEqual(['Per-PR budget: used $3.00 of $4.00 (75%), past the 75% warning threshold.']);
  });

  it('is over past the limit, saying by how much', () => {
    const b = verdict([3, 2], yaml);
    expect(b.status).toBe('over');
    expect(b.reasons).toEqual(['Per-PR budget: used $5.00 of $4.00, over by $1.00 (125%).']);
  });

  it('exactly at the limit is a warning, not over', () => {
    expect(verdict([4], yaml).status).toBe('warning');
  });
});

describe('budget: per-PR tokens', () => {
  const limit = 4 * DOLLAR_TOKENS;
  const yaml = `budgets:\n  default:\n    perPr: { tokens: ${limit} }\n    warnAt: 0.5\n`;

  it('crosses its own warning threshold, then the limit', () => {
    expect(verdict([1], yaml).status).toBe('ok');
    const warn = verdict([1, 1], yaml);
    expect(warn).toMatchObject({ status: 'warning', budgetKey: 'default', warnAt: 0.5 });
    expect(warn.reasons).toEqual([
      'Per-PR token budget: used 852k tokens of 1.7M tokens (50%), past the 50% warning threshold.',
    ]);
    const over = verdict([3, 2], yaml);
    expect(over.status).toBe('over');
    expect(over.reasons).toEqual([
      'Per-PR token budget: used 2.13M tokens of 1.7M tokens, over by 426k tokens (125%).',
    ]);
  });
});

describe('budget: per-session USD and tokens', () => {
  it('judges the largest session and counts the others', () => {
    const yaml = 'budgets:\n  feature:\n    perSession: { usd: 2 }\n';
    expect(verdict([1, 1, 1], yaml).status).toBe('ok');
    const warn = verdict([1, 1.5], yaml);
    expect(warn.status).toBe('warning');
    expect(warn.checks[0]).toMatchObject({ budget: 'perSession', used: 1.5, sessionsOver: 0, sessionsWarning: 1 });
    const over = verdict([3, 2.5, 1.5, 1], yaml);
    expect(over.status).toBe('over');
    expect(over.used.perSession.usd).toBe(3);
    expect(over.reasons).toEqual([
      `Per-session budget: session ${over.checks[0]?.sessionId?.slice(0, 8)} used $3.00 of $2.00, over by $1.00 (150%); sessions: 2 over, 1 past the warning threshold.`,
    ]);
  });

  it('tokens per session, as the teams-quoted 500k limit', () => {
    const yaml = 'budgets:\n  default:\n    perSession: { tokens: 500000 }\n';
    expect(verdict([0.5], yaml).status).toBe('ok'); // 213k
    expect(verdict([1], yaml).status).toBe('warning'); // 426k = 85%
    const over = verdict([1.5, 0.5], yaml); // 639k
    expect(over.status).toBe('over');
    expect(over.reasons[0]).toMatch(
      /^Per-session token budget: session \w+ used 639k tokens of 500k tokens, over by 139k tokens \(128%\)\.$/,
    );
  });

  it('the worst limit decides the verdict', () => {
    const yaml = 'budgets:\n  default:\n    perPr: { usd: 100 }\n    perSession: { usd: 1 }\n';
    const b = verdict([2], yaml);
    expect(b.checks.map((c) => c.status)).toEqual(['ok', 'over']);
    expect(b.status).toBe('over');
  });
});

describe('budget: which budget applies', () => {
  it('none when no budget is configured', () => {
    const b = verdict([5], '');
    expect(b).toMatchObject({ status: 'none', budgetKey: null, checks: [], reasons: [] });
  });

  it("none when only another kind's budget exists", () => {
    expect(verdict([5], 'budgets:\n  docs:\n    perPr: { usd: 1 }\n').status).toBe('none');
  });

  it("the kind's entry overrides the default field by field", () => {
    const yaml =
      'budgets:\n  default:\n    perPr: { usd: 10 }\n    warnAt: 0.5\n  feature:\n    perSession: { usd: 10 }\n';
    const b = verdict([6], yaml);
    expect(b.budgetKey).toBe('feature');
    expect(b.limits).toEqual({ perPr: { usd: 10, tokens: null }, perSession: { usd: 10, tokens: null } });
    expect(b.status).toBe('warning');
  });

  it('a limit in the display currency is converted at its rate', () => {
    const yaml = 'currency: { code: HKD, perUsd: 7.8 }\nbudgets:\n  default:\n    perPr: { local: 39 }\n';
    const b = verdict([6], yaml);
    expect(b.checks[0]).toMatchObject({ limit: 5, limitLocal: 39, status: 'over' });
    expect(b.reasons).toEqual(['Per-PR budget: used $6.00 of HKD 39.00 ($5.00), over by $1.00 (120%).']);
  });

  it('a zero limit is over at any use', () => {
    const b = verdict([0.5], 'budgets:\n  default:\n    perPr: { usd: 0 }\n');
    expect(b.checks[0]).toMatchObject({ share: null, status: 'over' });
  });
});

describe('budget: allowed models', () => {
  const yaml = `budgets:\n  feature:\n    allowedModels: [claude-haiku-4-5, claude-sonnet-4-6]\n`;

  it('warns on a model outside the list, naming it', () => {
    const b = verdict([1, 1], yaml, [HAIKU, 'claude-opus-4-6']);
    expect(b.status).toBe('warning');
    expect(b.disallowedModels).toEqual(['claude-opus-4-6']);
    expect(b.reasons).toEqual([
      'Model claude-opus-4-6 is not allowed for feature work (allowed: claude-haiku-4-5, claude-sonnet-4-6).',
    ]);
  });

  it('matches dated and cloud ids of an allowed model', () => {
    const b = verdict([1, 1], yaml, ['claude-haiku-4-5-20251001', 'us.anthropic.claude-haiku-4-5-20251001-v1:0']);
    expect(b).toMatchObject({ status: 'ok', disallowedModels: [] });
  });
});

describe('budget: unpriced models make the cost a lower bound', () => {
  const yaml = 'budgets:\n  feature:\n    perPr: { usd: 4, tokens: 10000000 }\n';

  it('says so in the verdict and in each USD figure', () => {
    const b = verdict([1, 1], yaml, ['claude-opus-4-6', 'claude-opus-9-unreleased']);
    expect(b.costIsLowerBound).toBe(true);
    expect(b.status).toBe('ok');
    expect(b.used.perPr.usd).toBe(1);
    expect(b.checks[0]).toMatchObject({ unit: 'usd', lowerBound: true });
    expect(b.checks[1]).toMatchObject({ unit: 'tokens', used: 2 * DOLLAR_TOKENS, lowerBound: false });
    expect(b.reasons).toEqual([
      'The cost is a lower bound: 426k tokens are on models the price book does not know, so USD budgets may be used more than shown.',
    ]);
  });

  it('an over verdict is "over by at least"', () => {
    const b = verdict([5, 1], yaml, ['claude-opus-4-6', 'claude-opus-9-unreleased']);
    expect(b.status).toBe('over');
    expect(b.reasons[0]).toBe('Per-PR budget: used at least $5.00 of $4.00, over by at least $1.00 (125%).');
  });

  it('no lower-bound reason when only tokens are limited', () => {
    const b = verdict([1], 'budgets:\n  feature:\n    perPr: { tokens: 10000000 }\n', ['claude-opus-9-unreleased']);
    expect(b).toMatchObject({ status: 'ok', costIsLowerBound: true, reasons: [] });
  });
});
