import { readRunContext } from './action/context.js';
import { runAction } from './action/run.js';
import { getInput, runnerIo } from './action/runner.js';
import { readInputs } from './inputs.js';

/**
 * The Action's entry: inputs → orchestrator → fail decision. Nothing runs at import time, and
 * one catch turns anything thrown (an Error or not) into a failed step.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const io = runnerIo(env, (text) => process.stdout.write(text));
  try {
    const inputs = readInputs((name) => getInput(env, name));
    const context = readRunContext(env);
    const outcome = await runAction(inputs, context, io);
    if (outcome.failure !== undefined) io.setFailed(outcome.failure);
  } catch (error) {
    io.setFailed(describeFailure(error));
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof Error) return error.name === 'Error' ? error.message : `${error.name}: ${error.message}`;
  return `claude-cost failed: ${String(error)}`;
}
