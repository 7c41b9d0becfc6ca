import { describe, expect, it } from 'vitest';
import { budgetStatusOf } from '../../src/action/budget.js';
import type { Report } from '../../src/report/types.js';
import { fakeSha, FakeGitHub, READ_ONLY_TOKEN } from '../github/fake-github.js';
import { addFixtureRecords, pullRequestEvent, runBundle, useActionSuite } from './harness.js';

/**
 * The budget gate, end to end: the team policy at the base commit sets the budget, the two
 * fixture records cost $2.32, and the exit code follows `fail-on`, after the comment, summary
 * and outputs are written.
 */

let bundle: string;
let fake: FakeGitHub;
useActionSuite((b, f) => {
  bundle = b;
  fake = f;
});

const POLICIES = {
  over: 'budgets:\n  default:\n    perPr: { usd: 2 }\n',
  // $2.32 of $3 is 77%: past the 75% warning threshold.
  warning: 'budgets:\n  default:\n    perPr: { usd: 3 }\n',
  ok: 'budgets:\n  default:\n    perPr: { usd: 10 }\n',
  none: 'version: 1\n',
} as const;

function pullUnder(policy: keyof typeof POLICIES, fork = false) {
  const pull = fake.addPull({
    number: 21,
    headSha: fakeSha('h'),
    baseSha: fakeSha('b'),
    ...(fork ? { headRepo: 'fork/widgets' } : {}),
  });
  fake.putFile(pull.baseSha, '.github/claude-cost.yml', POLICIES[policy]);
  addFixtureRecords(fake, pull.number);
  return pull;
}

describe('the budget gate', () => {
  it.each([
    ['over', 'over-budget', 1],
    ['over', 'warning', 1],
    ['over', 'never', 0],
    ['warning', 'over-budget', 0],
    ['warning', 'warning', 1],
    ['warning', 'never', 0],
    ['ok', 'warning', 0],
    ['none', 'warning', 0],
  ] as const)('budget %s with fail-on %s exits %i', async (status, failOn, code) => {
    const pull = pullUnder(status);
    const result = await runBundle(bundle, {
      fake,
      event: pullRequestEvent(fake, pull),
      inputs: { 'fail-on': failOn },
    });
    expect(result.code, result.stdout).toBe(code);
    expect(result.outputs['budget-status']).toBe(status);
    // Delivered before the decision, whatever it is.
    expect(fake.commentsOn(21)).toHaveLength(1);
    expect(result.summary).toContain('### Claude Code cost');
    if (code === 1)
      expect(result.stdout).toMatch(
        /^::error::The Claude Code sessions in this PR (are over budget|reached the budget warning)/m,
      );
  });

  it('still gates a fork PR whose token cannot comment', async () => {
    const pull = pullUnder('over', true);
    const result = await runBundle(bundle, { fake, token: READ_ONLY_TOKEN, event: pullRequestEvent(fake, pull) });
    expect(result.code).toBe(1);
    expect(fake.commentsOn(21)).toHaveLength(0);
    expect(result.outputs['budget-status']).toBe('over');
    expect(result.summary).toContain('pull_request_target');
    expect(result.stdout).toContain('::warning::claude-cost could not comment');
  });

  it('fails on a bad policy file before anything is posted', async () => {
    const pull = pullUnder('ok');
    fake.putFile(pull.baseSha, '.github/claude-cost.yml', 'budgets:\n  default:\n    perPr: { dollars: 2 }\n');
    const result = await runBundle(bundle, { fake, event: pullRequestEvent(fake, pull) });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error::ConfigError: .*claude-cost\.yml/m);
    expect(fake.commentsOn(21)).toHaveLength(0);
  });

  it('treats a report without a verdict, or with an unknown one, as no budget', () => {
    const report = { totals: {} } as unknown as Report;
    expect(budgetStatusOf(report)).toBe('none');
    expect(budgetStatusOf({ ...report, budget: { status: 'exploded' } } as unknown as Report)).toBe('none');
    expect(budgetStatusOf({ ...report, budget: null } as unknown as Report)).toBe('none');
  });
});
