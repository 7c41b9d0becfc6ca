import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/**
 * Where claude-cost keeps its caches: `$CLAUDE_COST_CACHE_DIR` (tests, or a user who wants it
 * elsewhere), else `$XDG_CACHE_HOME/claude-cost`, else `~/.cache/claude-cost`. Never inside a
 * repository: what is cached (session ids, working directories) stays on the developer's machine.
 * A relative XDG_CACHE_HOME is ignored, as the XDG spec says.
 */
export function cacheDirectory(env: Readonly<Record<string, string | undefined>>): string {
  const own = env.CLAUDE_COST_CACHE_DIR;
  if (own !== undefined && own.trim() !== '') return own;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg !== undefined && isAbsolute(xdg)) return join(xdg, 'claude-cost');
  return join(env.HOME ?? homedir(), '.cache', 'claude-cost');
}
