import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_HELP, checkCommand, exitCodeFor } from '../../src/commands/check.js';
import { UsageError } from '../../src/commands/errors.js';
import type { CommandIo } from '../../src/commands/io.js';
import type { SessionRecord } from '../../src/records/schema.js';
import { dollars, NOW, record } from './fixtures.js';

let dir: string;

async function writeRecords(name: string, records: SessionRecord[]): Promise<string> {
  const path = join(dir, name);
  await mkdir(path, { recursive: true });
  for (const r of records) await writeFile(join(path, `${r.sessionId}.json`), JSON.stringify(r));
  return path;
}

async function run(argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const io: CommandIo = { cwd: dir, env: {}, stdout: (t) => (stdout += t), stderr: () => {} };
  const code = await checkCommand(argv, io, NOW);
  return { code, stdout };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claude-cost-check-'));
  await writeRecords('pr', [record({ usage: [dollars(2)] }), record({ usage: [dollars(1)] })]);
  await writeFile(join(dir, 'budget.yml'), 'budgets:\n  default:\n    perPr: { usd: 4 }\n');
  await writeFile(join(dir, 'tight.yml'), 'budgets:\n  feature:\n    perPr: { usd: 2.5 }\n');
  await writeFile(join(dir, 'bad.yml'), 'budgets:\n  feature:\n    perPr: { usd: -1 }\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('claude-cost check', () => {
  it('exits 0 within budget and prints each limit', async () => {
    await writeFile(join(dir, 'roomy.yml'), 'budgets:\n  default:\n    perPr: { usd: 10, tokens: 2000000 }\n');
    const { code, stdout } = await run(['pr', '--config', 'roomy.yml', '--branch', 'feat/x']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'ok: feature work (branch prefix "feat/"), default budget',
        '  Per-PR budget: used $3.00 of $10.00 (30%).',
        '  Per-PR token budget: used 1.28M tokens of 2M tokens (64%).',
        'Total: $3.00, 1.28M tokens, 2 sessions.',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 on a warning unless --fail-on warning', async () => {
    expect((await run(['pr', '--config', 'budget.yml', '--branch', 'x'])).code).toBe(0);
    expect((await run(['pr', '--config', 'budget.yml', '--branch', 'x', '--fail-on', 'warning'])).code).toBe(1);
  });

  it('exits 1 over budget, with the reason', async () => {
    const { code, stdout } = await run(['pr', '--config', 'tight.yml', '--labels', 'wontfix,enhancement']);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'over: feature work (label "enhancement")\n  Per-PR budget: used $3.00 of $2.50, over by $0.50 (120%).\n',
    );
    expect((await run(['pr', '--config', 'tight.yml', '--fail-on', 'never'])).code).toBe(0);
  });

  it('says none, and exits 0, when no budget applies', async () => {
    const { code, stdout } = await run(['pr', '--title', 'docs: typo', '--branch', 'x']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('none: docs work (PR title type "docs"): no budget applies');
  });

  it('is a usage error (exit 2) for a bad config, naming the key and value', async () => {
    await expect(run(['pr', '--config', 'bad.yml'])).rejects.toThrow(
      new UsageError('bad.yml: budgets.feature.perPr.usd: must not be negative (got -1)'),
    );
    await expect(run(['pr', '--config', 'missing.yml'])).rejects.toThrow('missing.yml: cannot read the config file');
    await expect(run(['pr', '--fail-on', 'sometimes'])).rejects.toThrow(UsageError);
    await expect(run(['nowhere'])).rejects.toThrow(UsageError);
  });

  it('has help', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: CHECK_HELP });
    expect(CHECK_HELP).toContain('--fail-on LEVEL');
    expect(CHECK_HELP).toContain('--history DIR');
  });

  it('maps verdicts to exit codes', () => {
    expect(exitCodeFor('over', 'over')).toBe(1);
    expect(exitCodeFor('warning', 'over')).toBe(0);
    expect(exitCodeFor('warning', 'warning')).toBe(1);
    expect(exitCodeFor('none', 'warning')).toBe(0);
    expect(exitCodeFor('over', 'never')).toBe(0);
  });
});
