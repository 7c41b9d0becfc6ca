import { constants } from 'node:fs';
import { lstat, mkdir, open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomically } from '../local/atomic-write.js';
import { mergeHookSettings, SettingsError, type InstalledEvent } from './settings.js';
import { CONFIG_FILE, GITKEEP, PERIOD_WORKFLOW, PR_WORKFLOW } from './templates.js';

/** What `claude-cost init` does to one path. Paths are relative to the repository, with `/`. */
export type SetupAction = 'create' | 'update' | 'exists' | 'unchanged';

export interface PlannedFile {
  path: string;
  action: SetupAction;
  /** The new content, for `create` and `update`. */
  text?: string;
  /** For the settings file: the hook events this run adds. */
  addedHooks?: InstalledEvent[];
}

export const SETTINGS_PATH = '.claude/settings.json';

/**
 * Lock files and temp files only exist while a record is being written, but an interrupted
 * write can leave one behind, and `git add .claude-cost` would then commit it.
 */
const RECORDS_GITIGNORE = `# Left behind only when claude-cost is interrupted mid-write: never commit them.
sessions/*.lock
sessions/*.lock.stale-*
sessions/.claude-cost-*.tmp
`;

/** Files written only when absent: init never overwrites what a team has already edited. */
const CREATE_ONLY: ReadonlyArray<{ path: string; text: string }> = [
  { path: '.github/workflows/claude-cost.yml', text: PR_WORKFLOW },
  { path: '.github/workflows/claude-cost-period.yml', text: PERIOD_WORKFLOW },
  { path: '.github/claude-cost.yml', text: CONFIG_FILE },
];
const RECORDS_FILES: ReadonlyArray<{ path: string; text: string; unlessExists?: string }> = [
  // Only for a new directory: one that already holds records needs no placeholder.
  { path: '.claude-cost/sessions/.gitkeep', text: GITKEEP, unlessExists: '.claude-cost/sessions' },
  { path: '.claude-cost/.gitignore', text: RECORDS_GITIGNORE },
];

/**
 * Decide everything before writing anything, so a settings file init cannot merge into stops
 * the run with nothing changed. Throws SettingsError (its message starts with the path).
 */
export async function planInit(root: string): Promise<PlannedFile[]> {
  const plan: PlannedFile[] = [];
  for (const file of CREATE_ONLY) plan.push(await planCreate(root, file));
  plan.push(await planSettings(root));
  for (const file of RECORDS_FILES) plan.push(await planCreate(root, file));
  return plan;
}

async function planCreate(
  root: string,
  file: { path: string; text: string; unlessExists?: string },
): Promise<PlannedFile> {
  const guard = file.unlessExists ?? file.path;
  const exists = (await lstatOrUndefined(join(root, guard))) !== undefined;
  return exists ? { path: guard, action: 'exists' } : { path: file.path, action: 'create', text: file.text };
}

async function planSettings(root: string): Promise<PlannedFile> {
  const full = join(root, SETTINGS_PATH);
  const info = await lstatOrUndefined(full);
  let existing: string | undefined;
  if (info !== undefined) {
    if (!info.isFile()) {
      throw new SettingsError(`${SETTINGS_PATH} is not a regular file (a symbolic link?); add the hooks by hand`);
    }
    const handle = await open(full, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    try {
      existing = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  }
  let merge;
  try {
    merge = mergeHookSettings(existing);
  } catch (error) {
    if (error instanceof SettingsError) {
      throw new SettingsError(
        `${SETTINGS_PATH} ${error.message}; fix it (or move it away) and run claude-cost init again`,
      );
    }
    throw error;
  }
  if (merge.status === 'unchanged') return { path: SETTINGS_PATH, action: 'unchanged' };
  return {
    path: SETTINGS_PATH,
    action: merge.status === 'created' ? 'create' : 'update',
    text: merge.text,
    addedHooks: merge.added,
  };
}

/** Carry out a plan from planInit. Creations never replace a file that appeared meanwhile. */
export async function applyPlan(root: string, plan: readonly PlannedFile[]): Promise<void> {
  for (const file of plan) {
    if (file.text === undefined) continue;
    const full = join(root, file.path);
    await mkdir(dirname(full), { recursive: true });
    if (file.action === 'create') await createFile(full, file.text);
    else if (file.action === 'update') await replaceKeepingMode(full, file.text);
  }
}

async function createFile(path: string, text: string): Promise<void> {
  const handle = await open(path, 'wx', 0o644);
  try {
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
}

async function lstatOrUndefined(path: string) {
  try {
    return await lstat(path);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/** Temp file and rename, keeping the file's mode: the settings file is never seen half-written. */
async function replaceKeepingMode(path: string, text: string): Promise<void> {
  await writeFileAtomically(path, text, (await lstat(path)).mode & 0o777);
}
