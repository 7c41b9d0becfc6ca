import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, optedInRepo, payload, problems, readRecords, REPO, runCli, tmp, totals } from './helpers.js';

/**
 * The hook on a 50 MiB transcript, through the built CLI, once. The time is printed, not
 * asserted (a loaded CI machine would make a timed test flaky): `node scripts/bench/hook.mjs`
 * holds the target.
 */
describe('claude-cost hook on a 50 MiB transcript', () => {
  let cli: string;
  beforeAll(async () => {
    cli = await buildCli();
  });

  it('records the whole session exactly', async () => {
    const repo = optedInRepo('main');
    const sessionId = '0b1d5e55-0000-4000-8000-00000000b00c';
    const config = tmp('claude-config-');
    const transcript = join(config, 'projects', '-home-dev-big-repo', `${sessionId}.jsonl`);
    mkdirSync(join(transcript, '..'), { recursive: true });
    const generated = JSON.parse(
      execFileSync(process.execPath, [join(REPO, 'scripts/bench/generate.mjs'), 'file', transcript, '50'], {
        encoding: 'utf8',
      }),
    ) as {
      bytes: number;
      truth: Record<
        string,
        Record<'input' | 'output' | 'cacheWrite5m' | 'cacheWrite1h' | 'cacheRead' | 'responses', number>
      >;
    };
    expect(generated.bytes).toBeGreaterThan(50 * 1024 * 1024 * 0.95);

    const run = await runCli(cli, ['hook'], JSON.stringify(payload('SessionEnd', sessionId, transcript, repo)));
    console.log(
      `claude-cost hook on ${(generated.bytes / 1048576).toFixed(0)} MiB: ${run.ms.toFixed(0)} ms (built CLI, Node start-up included)`,
    );
    expect(run.code).toBe(0);
    expect(problems(run.stderr)).toEqual([]);

    const truth = Object.values(generated.truth).reduce(
      (sum, t) => ({
        requests: sum.requests + t.responses,
        inputTokens: sum.inputTokens + t.input,
        outputTokens: sum.outputTokens + t.output,
        cacheWrite5mTokens: sum.cacheWrite5mTokens + t.cacheWrite5m,
        cacheWrite1hTokens: sum.cacheWrite1hTokens + t.cacheWrite1h,
        cacheReadTokens: sum.cacheReadTokens + t.cacheRead,
      }),
      {
        requests: 0,
        inputTokens: 0,
        outputTokens: 0,
        cacheWrite5mTokens: 0,
        cacheWrite1hTokens: 0,
        cacheReadTokens: 0,
      },
    );
    expect(totals(readRecords(repo).values())).toEqual(truth);
    rmSync(config, { recursive: true, force: true }); // 50 MiB: not left behind in the temp dir
  }, 60_000);
});
