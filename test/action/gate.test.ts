import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shouldFail, budgetStatusOf } from '../../src/action/budget.js';
import type { RunContext } from '../../src/action/context.js';
import type { ActionIo } from '../../src/action/io.js';
import { buildActionReport } from '../../src/action/pipeline.js';
import { runAction } from '../../src/action/run.js';
import { readInputs } from '../../src/inputs.js';
import type { Report } from '../../src/report/types.js';
import { ACTIONS_TOKEN, fakeSha, FakeGitHub, READ_ONLY_TOKEN } from '../github/fake-github.js';
import { addFixtureRecords, pullRequestEvent } from './harness.js';

/**
 * The gate, in process: the pipeline is given a verdict (the team-policy pipeline computes it),
 * and the run must deliver everything before it fails.
 */

let fake: FakeGitHub;

beforeAll(async () => {
  fake = new FakeGitHub();
  await fake.start();
});

afterAll(async () => {
  await fake.stop();
});

function recordingIo() {
  const log: string[] = [];
  const outputs: Record<string, string> = {};
  let summary = '';
  const io: ActionIo = {
    info: (m) => log.push(`info ${m}`),
    notice: (m) => log.push(`notice ${m}`),
    warning: (m) => log.push(`warning ${m}`),
    setOutput: (name, value) => void (outputs[name] = value),
    appendSummary: async (text) => void (summary += text),
  };
  return { io, log, outputs, summary: () => summary };
}

function context(event: unknown): RunContext {
  const dir = mkdtempSync(join(tmpdir(), 'claude-cost-gate-'));
  return {
    eventName: 'pull_request',
    owner: fake.owner,
    repo: fake.repo,
    workspace: dir,
    runnerTemp: dir,
    apiUrl: fake.url,
    graphqlUrl: undefined,
    runUrl: undefined,
    event,
    outputFile: undefined,
    summaryFile: undefined,
  };
}

const withVerdict = (status: string) => async (request: Parameters<typeof buildActionReport>[0]) =>
  ({ ...(await buildActionReport(request)), budget: { status } }) as Report;

let prNumber = 100;

async function runWith(status: string, failOn: string, token = ACTIONS_TOKEN) {
  const fork = token === READ_ONLY_TOKEN ? { headRepo: 'fork/widgets' } : {};
  const pull = fake.addPull({ number: ++prNumber, headSha: fakeSha(`gate-${prNumber}`), baseSha: fakeSha('base'), ...fork });
  addFixtureRecords(fake, pull.number);
  const inputs = readInputs((name) => ({ 'github-token': token, 'fail-on': failOn })[name] ?? '');
  const recorded = recordingIo();
  const outcome = await runAction(inputs, context(pullRequestEvent(fake, pull)), recorded.io, {
    timing: { backoffUnitMs: 1, writeSpacingMs: 0, notificationSpacingMs: 0 },
    buildReport: withVerdict(status),
  });
  return { outcome, recorded, comments: fake.commentsOn(pull.number) };
}

describe('the budget gate', () => {
  it.each([
    ['over', 'over-budget', true],
    ['over', 'warning', true],
    ['over', 'never', false],
    ['warning', 'over-budget', false],
    ['warning', 'warning', true],
    ['warning', 'never', false],
    ['ok', 'warning', false],
    ['none', 'warning', false],
  ] as const)('status %s with fail-on %s fails: %s', async (status, failOn, fails) => {
    expect(shouldFail(status, failOn)).toBe(fails);
    const { outcome, recorded, comments } = await runWith(status, failOn);
    expect(outcome.failure !== undefined).toBe(fails);
    // Delivered before the decision, whatever it is.
    expect(comments).toHaveLength(1);
    expect(recorded.outputs['budget-status']).toBe(status);
    expect(recorded.summary()).toContain('### Claude Code cost');
  });

  it('still gates a fork PR whose token cannot comment', async () => {
    const { outcome, recorded, comments } = await runWith('over', 'over-budget', READ_ONLY_TOKEN);
    expect(comments).toHaveLength(0);
    expect(outcome.failure).toBe('The Claude Code sessions in this PR are over budget (see the PR comment or the job summary).');
    expect(recorded.log.some((l) => l.startsWith('warning claude-cost could not comment'))).toBe(true);
    expect(recorded.summary()).toContain('pull_request_target');
  });

  it('treats a report without a verdict, or with an unknown one, as no budget', () => {
    const report = { totals: {} } as unknown as Report;
    expect(budgetStatusOf(report)).toBe('none');
    expect(budgetStatusOf({ ...report, budget: { status: 'exploded' } } as unknown as Report)).toBe('none');
    expect(budgetStatusOf({ ...report, budget: null } as unknown as Report)).toBe('none');
  });
});
