import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '../local/git.js';
import { applyPlan, planInit, type PlannedFile } from '../setup/plan.js';
import { HOOK_COMMAND, SettingsError } from '../setup/settings.js';
import { ACTION_REF, actionRefIsPlaceholder } from '../setup/templates.js';
import { EXIT, UsageError } from './errors.js';
import type { CommandIo } from './io.js';
import { parseCommandArgs } from './options.js';

export const INIT_HELP = `Usage: claude-cost init [--dry-run]

Set up the current git repository for claude-cost:
  .github/workflows/claude-cost.yml         the pull-request check (comment and budget gate)
  .github/workflows/claude-cost-period.yml  the monthly team report, as an issue
  .github/claude-cost.yml                   the team policy, commented
  .claude/settings.json                     the Claude Code hook that records each session
                                            (SessionEnd and PreCompact), merged into what is there
  .claude-cost/sessions/                    where session records go

Files that already exist are left as they are; the hook entries are added to an existing
settings file without changing anything else in it. Running it again changes nothing.

Options:
  --dry-run    print what would be done; write nothing
  -h, --help   show this help

Exit codes: 0 success, 2 not in a git repository or a settings file that is not valid JSON.
`;

const VERBS: Record<PlannedFile['action'], [done: string, planned: string]> = {
  create: ['created', 'would create'],
  update: ['updated', 'would update'],
  exists: ['exists, left unchanged', 'exists, left unchanged'],
  unchanged: ['unchanged', 'unchanged'],
};

export async function initCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    'dry-run': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(INIT_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]?.slice(0, 40)}"`);
  const dryRun = values['dry-run'] === true;
  const root = await repoRoot(io.cwd);
  if (root === undefined) throw new UsageError('not inside a git repository: run claude-cost init at the top of one');

  let plan;
  try {
    plan = await planInit(root);
  } catch (error) {
    if (error instanceof SettingsError) throw new UsageError(`${error.message}. Nothing was changed.`);
    throw error;
  }
  if (!dryRun) await applyPlan(root, plan);

  const width = Math.max(...plan.map((f) => VERBS[f.action][dryRun ? 1 : 0].length));
  io.stdout(`${dryRun ? 'claude-cost init --dry-run' : 'claude-cost init'} in ${root}\n\n`);
  for (const file of plan)
    io.stdout(`  ${VERBS[file.action][dryRun ? 1 : 0].padEnd(width)}  ${file.path}${detail(file)}\n`);

  const changed = plan.filter((f) => f.action === 'create' || f.action === 'update').map((f) => f.path);
  io.stdout('\n');
  if (changed.length === 0) {
    io.stdout('Nothing to do: this repository is already set up.\n');
  } else {
    io.stdout(`${dryRun ? 'After running it for real, commit' : 'Commit'} the setup:\n\n`);
    io.stdout(`  git add ${changed.join(' ')}\n  git commit -m "Record Claude Code costs with claude-cost"\n`);
  }
  for (const note of await notes(root, plan)) io.stdout(`\n${note}\n`);
  if (dryRun) io.stdout('\nDry run: nothing was written.\n');
  return EXIT.ok;
}

function detail(file: PlannedFile): string {
  if (file.addedHooks !== undefined)
    return ` (the ${file.addedHooks.join(' and ')} hook${file.addedHooks.length === 1 ? '' : 's'})`;
  if (file.action === 'unchanged') return ' (the claude-cost hooks are already there)';
  return '';
}

async function notes(root: string, plan: readonly PlannedFile[]): Promise<string[]> {
  const out: string[] = [];
  const writesWorkflow = plan.some((f) => f.action === 'create' && f.path.startsWith('.github/workflows/'));
  if (writesWorkflow && actionRefIsPlaceholder()) {
    out.push(
      `The workflows use "${ACTION_REF.uses}": replace it with the Action's repository and the full\n` +
        'commit SHA of the release you use before committing them.',
    );
  }
  if (!(await hasDependency(root, 'claude-cost'))) {
    out.push(
      `The hook runs "${HOOK_COMMAND}", which needs claude-cost installed in this\n` +
        'repository (npm install --save-dev claude-cost) or globally (npm install -g claude-cost).',
    );
  }
  return out;
}

async function hasDependency(root: string, name: string): Promise<boolean> {
  try {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    return ['dependencies', 'devDependencies'].some((field) => {
      const deps = pkg[field];
      return typeof deps === 'object' && deps !== null && name in deps;
    });
  } catch {
    return false;
  }
}
