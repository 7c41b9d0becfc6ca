import * as core from '@actions/core';
import { readRunContext } from './action/context.js';
import type { ActionIo } from './action/io.js';
import { runAction } from './action/run.js';
import { readInputs } from './inputs.js';

/**
 * The Action's entry: inputs → orchestrator → fail decision. Nothing runs at import time, and
 * one catch turns anything thrown (an Error or not) into a failed step.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const context = readRunContext(process.env);
    const outcome = await runAction(inputs, context, runnerIo());
    if (outcome.failure !== undefined) core.setFailed(outcome.failure);
  } catch (error) {
    core.setFailed(describeFailure(error));
  }
}

function runnerIo(): ActionIo {
  return {
    info: (message) => core.info(message),
    notice: (message) => core.notice(message),
    warning: (message) => core.warning(message),
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async (markdown) => {
      // Outside a runner (no GITHUB_STEP_SUMMARY) there is nowhere to write; not an error.
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write();
    },
  };
}

function describeFailure(error: unknown): string {
  if (error instanceof Error) return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`;
  return `claude-cost failed: ${String(error)}`;
}
