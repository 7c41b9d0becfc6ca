import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig } from '../../src/policy/config.js';
import { parseConfig } from '../../src/policy/config-yaml.js';

const FILE = '.github/claude-cost.yml';

function errorOf(yaml: string): string {
  try {
    parseConfig(yaml, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig: defaults', () => {
  it('gives the documented defaults for an empty file', () => {
    const config = parseConfig('', FILE);
    expect(config).toEqual(defaultConfig());
    expect(config.tasks.kinds).toEqual(['feature', 'bugfix', 'refactor', 'docs', 'test', 'chore']);
    expect(config.tasks.default).toBe('feature');
    expect(config.tasks.mechanical).toEqual(['docs', 'chore']);
    expect(config.budgets.size).toBe(0);
    expect(config.scope.openEnded).toEqual({
      compactions: 1,
      peakContextTokens: 150_000,
      turns: 40,
      durationMinutes: 120,
    });
    expect(config.baseline).toMatchObject({ source: 'auto', historyDays: 90, minSessions: 3 });
    expect(config.cache.hitRateTarget).toBe(0.6);
    expect(config.currency).toBeNull();
    expect(parseConfig('# only a comment\n', FILE)).toEqual(defaultConfig());
  });

  it('replaces a default mapping with the one the file gives, rather than merging', () => {
    const config = parseConfig('tasks:\n  labels:\n    kind/docs: docs\n', FILE);
    expect([...config.tasks.labels]).toEqual([['kind/docs', 'docs']]);
    expect(config.tasks.branchPrefixes.get('feat/')).toBe('feature');
  });

  it('keeps only the default mappings whose kind the file still has', () => {
    const config = parseConfig('tasks:\n  kinds: [feature, ops]\n', FILE);
    expect([...config.tasks.titleTypes.values()]).toEqual(['feature']);
    expect(config.tasks.mechanical).toEqual([]);
    expect(config.tasks.default).toBe('feature');
  });

  it('reads both shipped examples', () => {
    const general = parseConfig(readFileSync('examples/config/claude-cost.yml', 'utf8'), 'claude-cost.yml');
    expect(general.budgets.get('docs')?.preferredModel).toBe('claude-haiku-4-5');
    const quoted = parseConfig(readFileSync('examples/config/teams-quoted.yml', 'utf8'), 'teams-quoted.yml');
    expect(quoted.budgets.get('default')).toEqual({ perSession: { tokens: 500_000 }, warnAt: 0.75 });
    expect(quoted.cache.hitRateTarget).toBe(0.6);
    expect(quoted.baseline.perTask.get('default')).toEqual({ scopedUsd: 0.94, openEndedUsd: 2.87 });
  });

  it('accepts a display currency and limits written in it', () => {
    const config = parseConfig(
      'currency: { code: HKD, perUsd: 7.8 }\nbudgets:\n  default:\n    perPr: { local: 39 }\n',
      FILE,
    );
    expect(config.currency).toEqual({ code: 'HKD', perUsd: 7.8 });
  });
});

describe('parseConfig: bad config names the file, the key path and the value', () => {
  it('wrong types', () => {
    expect(errorOf('budgets:\n  feature:\n    perPr:\n      usd: five\n')).toBe(
      `${FILE}: budgets.feature.perPr.usd: Invalid input: expected number, received string (got "five")`,
    );
    expect(errorOf('cache: { hitRateTarget: "60%" }\n')).toContain(
      'cache.hitRateTarget: Invalid input: expected number',
    );
    expect(errorOf('scope: { useDeclared: "no" }\n')).toContain('scope.useDeclared: Invalid input: expected boolean');
    expect(errorOf('tasks: { kinds: feature }\n')).toContain(
      'tasks.kinds: Invalid input: expected array, received string (got "feature")',
    );
    expect(errorOf('- just\n- a list\n')).toBe(`${FILE}: the file must be a mapping of keys (got ["just","a list"])`);
  });

  it('unknown keys, with the key it probably meant', () => {
    expect(errorOf('budgets:\n  feature:\n    perPR: { usd: 5 }\n')).toBe(
      `${FILE}: budgets.feature.perPR: unknown key (did you mean perPr?)`,
    );
    expect(errorOf('budget:\n  feature: {}\n')).toBe(`${FILE}: budget: unknown key`);
    expect(errorOf('scope:\n  open-ended: { turns: 5 }\n')).toBe(
      `${FILE}: scope.open-ended: unknown key (did you mean openEnded?)`,
    );
  });

  it('kinds the config does not define', () => {
    expect(errorOf('budgets:\n  feture:\n    perPr: { usd: 5 }\n')).toBe(
      `${FILE}: budgets.feture: not a task kind (kinds: feature, bugfix, refactor, docs, test, chore) (got "feture")`,
    );
    expect(errorOf('tasks:\n  labels:\n    "type: docs": documentation\n')).toContain(
      'tasks.labels["type: docs"]: not a task kind',
    );
  });

  it('negative budgets and out-of-range shares', () => {
    expect(errorOf('budgets:\n  feature:\n    perPr:\n      usd: -5\n')).toBe(
      `${FILE}: budgets.feature.perPr.usd: must not be negative (got -5)`,
    );
    expect(errorOf('budgets:\n  default:\n    perSession: { tokens: -1 }\n')).toContain(
      'budgets.default.perSession.tokens: must not be negative (got -1)',
    );
    expect(errorOf('budgets:\n  default:\n    perSession: { tokens: 1.5 }\n')).toContain(
      'must be a whole number of tokens',
    );
    expect(errorOf('baseline:\n  perTask:\n    default: { scopedUsd: -0.94 }\n')).toContain(
      'baseline.perTask.default.scopedUsd: must not be negative (got -0.94)',
    );
  });

  it('lists every problem in one message', () => {
    const message = errorOf('budgets:\n  default:\n    warnAt: 1.5\nscope:\n  openEnded: { turns: 0 }\n');
    expect(message).toBe(
      `${FILE}: 2 problems:\n  budgets.default.warnAt: must be between 0 and 1 (got 1.5)\n  scope.openEnded.turns: must be at least 1 (got 0)`,
    );
  });

  it('malformed YAML, with line and column', () => {
    expect(errorOf('budgets:\n  feature:\n    perPr: { usd: 5\n')).toMatch(
      /^\.github\/claude-cost\.yml: malformed YAML at line 4, column 1: /,
    );
    expect(errorOf('version: 1\nversion: 1\n')).toBe(
      `${FILE}: malformed YAML at line 2, column 1: Map keys must be unique`,
    );
    expect(errorOf('budgets:\n\t- x\n')).toMatch(/malformed YAML at line 2, column \d+/);
  });

  it('truncates a long value at 60 characters', () => {
    const message = errorOf(`developer: ${'x'.repeat(200)}\n`);
    const got = /\(got (.*)\)$/.exec(message)?.[1] ?? '';
    expect(got.length).toBe(60);
    expect(got.endsWith('…')).toBe(true);
  });

  it('currency rules', () => {
    expect(errorOf('currency: { perUsd: 7.8 }\n')).toBe(`${FILE}: currency.code: required, but missing`);
    expect(errorOf('currency: { code: XYZ, perUsd: 7.8 }\n')).toBe(
      `${FILE}: currency.code: not an ISO 4217 currency code (got "XYZ")`,
    );
    expect(errorOf('currency: { code: HKD, perUsd: 0 }\n')).toContain('currency.perUsd: must be more than 0 (got 0)');
    expect(errorOf('budgets:\n  default:\n    perPr: { local: 39 }\n')).toBe(
      `${FILE}: budgets.default.perPr.local: a local-currency limit needs \`currency\` (got 39)`,
    );
    expect(
      errorOf('currency: { code: HKD, perUsd: 7.8 }\nbudgets:\n  default:\n    perPr: { usd: 5, local: 39 }\n'),
    ).toContain('budgets.default.perPr: give usd or local, not both');
  });

  it('an unsupported version', () => {
    expect(errorOf('version: 2\n')).toBe(`${FILE}: version: Invalid input: expected 1 (got 2)`);
  });
});

describe('parseConfig: the period report settings', () => {
  it('defaults to UTC and no daily limit', () => {
    expect(defaultConfig().period).toEqual({ timeZone: 'UTC', dailyLimit: { usd: undefined, tokens: undefined } });
  });

  it('reads an IANA zone and a daily limit, converting a local-currency limit at the configured rate', () => {
    const config = parseConfig(
      'currency: { code: HKD, perUsd: 7.8 }\nperiod:\n  timeZone: Asia/Hong_Kong\n  dailyLimit: { local: 390, tokens: 20000000 }\n',
      FILE,
    );
    expect(config.period.timeZone).toBe('Asia/Hong_Kong');
    expect(config.period.dailyLimit).toEqual({ usd: 390 / 7.8, tokens: 20_000_000 });
  });

  it('names a zone that does not exist and a local limit without a currency', () => {
    expect(errorOf('period: { timeZone: Mars/Olympus_Mons }\n')).toContain(
      'period.timeZone: must be an IANA time zone such as Asia/Hong_Kong',
    );
    expect(errorOf('period: { dailyLimit: { local: 5 } }\n')).toContain(
      'period.dailyLimit.local: a local-currency limit needs `currency`',
    );
  });
});
