import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PrFacts } from '../../src/policy/types.js';
import type { SessionRecord } from '../../src/records/schema.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { bucket, config, dollars, HAIKU, judge, OPUS, record } from './fixtures.js';

/**
 * The PR comment for each verdict, committed under test/golden/ so a change to the comment shows
 * in review. `UPDATE_GOLDEN=1 npx vitest run test/policy/golden.test.ts` rewrites them.
 */

const TEAMS_QUOTED = readFileSync('examples/config/teams-quoted.yml', 'utf8');

function session(id: string, fields: Partial<SessionRecord>): SessionRecord {
  return record({ sessionId: `${id}-1111-4222-8333-444455556666`, developer: 'dev@example.com', ...fields });
}

const at = (start: string, minutes: number) => ({
  startedAt: `2026-11-18T${start}:00.000Z`,
  endedAt: new Date(Date.parse(`2026-11-18T${start}:00.000Z`) + minutes * 60_000).toISOString(),
});

/** Opus 4.6 with a 20% cache hit: $2.30. */
const lowCache = bucket({ model: OPUS, inputTokens: 400_000, outputTokens: 10_000, cacheReadTokens: 100_000 });

interface Scenario {
  sessions: SessionRecord[];
  yaml: string;
  pr: PrFacts;
}

const SCENARIOS: Record<string, Scenario> = {
  'within-budget': {
    yaml: [
      'currency: { code: HKD, perUsd: 7.8 }',
      'budgets:',
      '  default:',
      '    perPr: { usd: 10 }',
      '    perSession: { usd: 5 }',
      'baseline:',
      '  perTask:',
      '    default: { scopedUsd: 0.94, openEndedUsd: 2.87 }',
    ].join('\n'),
    pr: { labels: [], branch: 'feat/export-csv', title: 'feat(report): CSV export' },
    sessions: [
      session('a1b2c3d4', { ...at('09:00', 25), turns: 9, usage: [dollars(1.2)] }),
      session('b2c3d4e5', { ...at('10:00', 40), turns: 14, usage: [dollars(0.9)] }),
    ],
  },
  warning: {
    yaml: [
      'tasks:',
      '  labels: { "type: bug|@team <b>": bugfix }',
      'budgets:',
      '  bugfix:',
      '    perPr: { usd: 4 }',
      '    perSession: { tokens: 2000000 }',
    ].join('\n'),
    pr: { labels: ['type: bug|@team <b>'], branch: 'alice/crash' },
    sessions: [
      session('c3d4e5f6', { ...at('09:00', 50), turns: 20, usage: [dollars(2)] }),
      session('d4e5f6a7', { ...at('11:00', 30), turns: 11, usage: [dollars(1.2)] }),
    ],
  },
  'over-budget': {
    yaml: `${TEAMS_QUOTED}\n`.replace('    perSession:', '    perPr:\n      usd: 5\n    perSession:'),
    pr: { labels: ['enhancement'], branch: 'feat/importer' },
    sessions: [
      session('e5f6a7b8', {
        ...at('09:00', 150),
        turns: 52,
        compactions: 2,
        peakContextTokens: 182_000,
        usage: [dollars(4.5)],
      }),
      session('f6a7b8c9', { ...at('13:00', 35), turns: 10, usage: [dollars(1)] }),
      session('a7b8c9d0', { ...at('15:00', 45), turns: 12, usage: [dollars(1)] }),
    ],
  },
  'no-budget': {
    yaml: '',
    pr: { labels: [], branch: 'docs/install-guide' },
    sessions: [session('b8c9d0e1', { ...at('09:00', 20), turns: 6, usage: [lowCache] })],
  },
  'unpriced-model': {
    yaml: 'budgets:\n  default:\n    perPr: { usd: 5 }\n',
    pr: { labels: [], branch: 'fix/timeout' },
    sessions: [
      session('c9d0e1f2', { ...at('09:00', 30), turns: 8, usage: [dollars(2)] }),
      session('d0e1f2a3', { ...at('10:00', 30), turns: 8, usage: [dollars(1, { model: 'claude-opus-9-preview' })] }),
    ],
  },
  'open-ended-heavy': {
    yaml: TEAMS_QUOTED,
    pr: { labels: [], branch: 'refactor/pipeline', title: 'refactor: one pipeline for the Action and the CLI' },
    sessions: [
      session('e1f2a3b4', {
        ...at('08:00', 190),
        turns: 64,
        compactions: 3,
        peakContextTokens: 196_000,
        usage: [dollars(3.1), { ...lowCache, day: '2026-11-17' }],
      }),
      session('f2a3b4c5', { ...at('12:00', 95), turns: 45, scope: 'open-ended', usage: [dollars(2.4)] }),
      session('a3b4c5d6', { ...at('14:00', 130), turns: 30, usage: [dollars(1.1)] }),
      session('b4c5d6e7', { ...at('17:00', 20), turns: 7, scope: 'scoped', usage: [dollars(0.8)] }),
    ],
  },
  'mechanical-docs': {
    yaml: `budgets:\n  docs:\n    perPr: { usd: 3 }\n    allowedModels: [${HAIKU}, claude-sonnet-4-6]\n    preferredModel: ${HAIKU}\n`,
    pr: { labels: ['documentation'], branch: 'update-readme' },
    sessions: [session('c5d6e7f8', { ...at('09:00', 15), turns: 5, task: { kind: 'docs' }, usage: [dollars(1.5)] })],
  },
};

describe('golden PR comments', () => {
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    it(name, () => {
      const report = judge(scenario.sessions, { config: config(scenario.yaml), pr: scenario.pr });
      const markdown = renderMarkdown(report);
      const path = `test/golden/${name}.md`;
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, markdown);
      expect(markdown).toBe(readFileSync(path, 'utf8'));
    });
  }
});
