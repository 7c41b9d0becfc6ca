/**
 * What the Action does to the runner: log lines, outputs, the job summary. main.ts implements it
 * with @actions/core, so nothing under src/action/ imports @actions/*.
 *
 * Messages are our own text. Anything that came from a PR (paths, record fields) must go
 * through `md()` first: a raw newline followed by `::` would be read as a workflow command.
 */
export interface ActionIo {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): Promise<void>;
}

export interface Outcome {
  /** Set when the gate (or anything else) fails the step, after everything was delivered. */
  failure: string | undefined;
}
