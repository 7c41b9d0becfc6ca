import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/policy/config.js';
import { classifyScope } from '../../src/policy/scope.js';
import { config } from './fixtures.js';

type Facts = Parameters<typeof classifyScope>[0];
const small: Facts = {
  sessionId: 's1',
  scope: null,
  peakContextTokens: 60_000,
  turns: 8,
  durationMinutes: 30,
  compactions: 0,
  totalTokens: 400_000,
};

describe('classifyScope', () => {
  it('a declared scope wins over the thresholds', () => {
    expect(classifyScope({ ...small, scope: 'open-ended' }, defaultConfig())).toEqual({
      sessionId: 's1',
      scope: 'open-ended',
      source: 'declared',
      reason: 'declared in the record',
    });
    expect(classifyScope({ ...small, compactions: 3, scope: 'scoped' }, defaultConfig())).toMatchObject({
      scope: 'scoped',
      source: 'declared',
    });
  });

  it('unless the config turns declarations off', () => {
    const c = config('scope: { useDeclared: false }\n');
    expect(classifyScope({ ...small, compactions: 2, scope: 'scoped' }, c)).toEqual({
      sessionId: 's1',
      scope: 'open-ended',
      source: 'inferred',
      reason: 'compactions 2 ≥ 1',
    });
  });

  it('is scoped under every threshold', () => {
    expect(classifyScope(small, defaultConfig())).toEqual({
      sessionId: 's1',
      scope: 'scoped',
      source: 'inferred',
      reason: 'under every open-ended threshold',
    });
  });

  it('is open-ended at each default threshold, reached inclusively, naming it', () => {
    const cases: [Partial<Facts>, string][] = [
      [{ compactions: 1 }, 'compactions 1 ≥ 1'],
      [{ peakContextTokens: 150_000 }, 'peak context 150k ≥ 150k'],
      [{ turns: 40 }, 'turns 40 ≥ 40'],
      [{ durationMinutes: 125 }, 'duration 2h 05m ≥ 2h 00m'],
    ];
    for (const [facts, reason] of cases) {
      expect(classifyScope({ ...small, ...facts }, defaultConfig())).toMatchObject({ scope: 'open-ended', reason });
    }
    expect(classifyScope({ ...small, peakContextTokens: 149_999, turns: 39 }, defaultConfig()).scope).toBe('scoped');
  });

  it('uses only the thresholds the config gives, total tokens included', () => {
    const c = config('scope:\n  openEnded: { totalTokens: 500000 }\n');
    expect(classifyScope({ ...small, compactions: 4, turns: 90 }, c).scope).toBe('scoped');
    expect(classifyScope({ ...small, totalTokens: 620_000, turns: 90 }, c)).toMatchObject({
      scope: 'open-ended',
      reason: 'tokens 620k ≥ 500k',
    });
  });

  it('lists every threshold reached; a session without timestamps has no duration', () => {
    expect(classifyScope({ ...small, compactions: 2, turns: 55, durationMinutes: null }, defaultConfig()).reason).toBe(
      'compactions 2 ≥ 1; turns 55 ≥ 40',
    );
  });
});
