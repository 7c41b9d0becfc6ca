import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import type { ActionIo } from './io.js';

/**
 * The runner's side of the Action protocol: inputs from `INPUT_*`, log lines and workflow
 * commands on stdout, outputs and the job summary appended to the files the runner names.
 * It is what @actions/core does for these calls, in a few lines: that package also brings an
 * HTTP client (for OIDC) that would double the size of dist/index.js.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */

type Env = Readonly<Record<string, string | undefined>>;
type Write = (text: string) => void;

/** The runner upper-cases the input name and keeps hyphens: `INPUT_GITHUB-TOKEN`. */
export function getInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Workflow-command data: %, CR and LF are encoded so a message cannot start a new command. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function runnerIo(env: Env, write: Write): ActionIo & { setFailed(message: string): void } {
  const command = (name: string, message: string) => write(`::${name}::${escapeCommandData(message)}${EOL}`);
  return {
    // Plain lines: a line of our own can only start with "::" if we wrote it so.
    info: (message) => write(`${message.replace(/\r?\n/g, ' ')}${EOL}`),
    notice: (message) => command('notice', message),
    warning: (message) => command('warning', message),
    setFailed: (message) => {
      process.exitCode = 1;
      command('error', message);
    },
    setOutput: (name, value) => {
      const file = env.GITHUB_OUTPUT;
      if (!file) return void write(`Output ${name}: ${value.replace(/\r?\n/g, ' ')}${EOL}`);
      // A random heredoc delimiter: a value cannot end the block early and inject an output.
      const delimiter = `ghadelimiter_${randomUUID()}`;
      if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`output ${name} contains its delimiter`);
      appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
    },
    appendSummary: async (markdown) => {
      const file = env.GITHUB_STEP_SUMMARY;
      if (file) appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
    },
  };
}
