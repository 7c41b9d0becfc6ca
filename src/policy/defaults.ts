/**
 * What a repository gets without `.github/claude-cost.yml` (or with an empty one):
 *
 * - task kinds feature, bugfix, refactor, docs, test, chore; the default kind is feature;
 *   docs and chore are mechanical (cheaper-model advice, once a budget names a preferred model);
 * - the label, branch-prefix and conventional-commit-title mappings below;
 * - no budgets, so the verdict is `none`; a budget's warning threshold is 75% unless it sets one;
 * - a session is open-ended when it compacted at least once, or reached 150k tokens of context,
 *   40 turns or 2 hours, unless its record declares its scope;
 * - the baseline is measured from history when history is given, else taken from
 *   `baseline.perTask`; history covers 90 days, and a kind needs 3 sessions of a scope for its
 *   own median (else the median over all kinds is used, and labelled so);
 * - cache-hit target 60%; no display currency; developers named by git e-mail.
 *
 * A mapping or threshold set that the file gives replaces the default one (it is not merged),
 * so what the file says is the whole rule.
 */

export const DEFAULT_KINDS = ['feature', 'bugfix', 'refactor', 'docs', 'test', 'chore'] as const;
export type DefaultKind = (typeof DEFAULT_KINDS)[number];

export const DEFAULT_TASK_MAPPINGS = {
  labels: {
    feature: 'feature',
    enhancement: 'feature',
    bug: 'bugfix',
    bugfix: 'bugfix',
    refactor: 'refactor',
    refactoring: 'refactor',
    documentation: 'docs',
    docs: 'docs',
    test: 'test',
    tests: 'test',
    chore: 'chore',
    dependencies: 'chore',
  },
  branchPrefixes: {
    'feat/': 'feature',
    'feature/': 'feature',
    'fix/': 'bugfix',
    'bugfix/': 'bugfix',
    'hotfix/': 'bugfix',
    'refactor/': 'refactor',
    'docs/': 'docs',
    'doc/': 'docs',
    'test/': 'test',
    'tests/': 'test',
    'chore/': 'chore',
    'ci/': 'chore',
    'build/': 'chore',
    'deps/': 'chore',
    'dependabot/': 'chore',
  },
  titleTypes: {
    feat: 'feature',
    fix: 'bugfix',
    refactor: 'refactor',
    perf: 'refactor',
    docs: 'docs',
    test: 'test',
    chore: 'chore',
    ci: 'chore',
    build: 'chore',
    style: 'chore',
  },
} as const satisfies Record<string, Record<string, DefaultKind>>;

export const DEFAULT_MECHANICAL = ['docs', 'chore'] as const satisfies readonly DefaultKind[];
export const DEFAULT_WARN_AT = 0.75;
export const DEFAULT_OPEN_ENDED = { compactions: 1, peakContextTokens: 150_000, turns: 40, durationMinutes: 120 };
export const DEFAULT_HISTORY_DAYS = 90;
export const DEFAULT_MIN_SESSIONS = 3;
export const DEFAULT_CACHE_TARGET = 0.6;
export const DEFAULT_USE_DECLARED = true;
export const DEFAULT_BASELINE_SOURCE = 'auto';
export const DEFAULT_TIME_ZONE = 'UTC';
export const DEFAULT_DEVELOPER = 'email';
/** The budget (and baseline) key that applies to every kind without its own entry. */
export const FALLBACK_KEY = 'default';
