import { readRunContext } from './action/context.js';
import { runAction } from './action/run.js';
import { getInput, runnerIo } from './action/runner.js';
import { scaledTiming, type Timing } from './github/client.js';
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
    const outcome = await runAction(inputs, context, io, { timing: apiTiming(env) });
    if (outcome.failure !== undefined) io.setFailed(outcome.failure);
  } catch (error) {
    io.setFailed(describeFailure(error));
  }
}

/**
 * CLAUDE_COST_API_TIME_SCALE (0 to 1, default 1) shortens every API wait: retry back-off,
 * rate-limit waits and the spacing between writes. The end-to-end tests run the bundle with a
 * small scale; nobody needs it in a workflow.
 */
function apiTiming(env: NodeJS.ProcessEnv): Timing | undefined {
  const raw = env.CLAUDE_COST_API_TIME_SCALE;
  const scale = raw === undefined || raw === '' ? Number.NaN : Number(raw);
  return scale >= 0 && scale <= 1 ? scaledTiming(scale) : undefined;
}

function describeFailure(error: unknown): string {
  if (error instanceof Error) return error.name === 'Error' ? error.message : `${error.name}: ${error.message}`;
  return `claude-cost failed: ${String(error)}`;
}
