import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { repoRoot } from '../local/git.js';
import { ConfigError, defaultConfig, type Config } from '../policy/config.js';
import { UsageError } from './errors.js';

export const DEFAULT_CONFIG_PATH = join('.github', 'claude-cost.yml');

/**
 * The config named by `--config`, else `.github/claude-cost.yml` at the top of the repository
 * (`root`, when the caller knows it; else the one holding `cwd`) when there is one, else the
 * defaults. A bad or missing named file is a usage error.
 */
export async function loadConfig(
  flag: string | undefined,
  cwd: string,
  root?: string,
): Promise<{ config: Config; configFile: string | null }> {
  let path: string;
  if (flag !== undefined) path = resolve(cwd, flag);
  else {
    path = join(root ?? (await repoRoot(cwd)) ?? cwd, DEFAULT_CONFIG_PATH);
    if (!existsSync(path)) return { config: defaultConfig(), configFile: null };
  }
  const shown = relative(cwd, path) || path;
  try {
    return { config: await readConfigFile(path, shown), configFile: shown };
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** Read and validate a config file; `shown` is the name messages use. Throws ConfigError. */
export async function readConfigFile(path: string, shown: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new ConfigError(shown, ['cannot read the config file']);
  }
  const { parseConfig } = await import('../policy/config-yaml.js');
  return parseConfig(text, shown);
}
