import { isDeepStrictEqual } from 'node:util';
import { appendItem, detectStyle, insertMember, memberValue, scanJson, type TextStyle } from './json-edit.js';

/**
 * The claude-cost entries in Claude Code's settings (`.claude/settings.json`), in the format
 * Claude Code documents: `hooks.<Event>` is a list of matcher groups, each with a list of
 * command hooks. An empty matcher matches every SessionEnd reason and both PreCompact triggers.
 */
export const HOOK_COMMAND = 'npx --no-install claude-cost hook';

/**
 * SessionEnd records the finished session; PreCompact records a long one before its context is
 * summarised, so a session that never ends cleanly is still mostly recorded. Stop is left out:
 * it fires after every turn, and each run re-reads the whole transcript.
 */
export const INSTALLED_EVENTS = ['SessionEnd', 'PreCompact'] as const;
export type InstalledEvent = (typeof INSTALLED_EVENTS)[number];

/**
 * Seconds. Claude Code gives all SessionEnd hooks together 1.5 s unless a hook declares a longer
 * timeout; `npx` start-up alone can use much of that on a slow machine.
 */
export const HOOK_TIMEOUT_S = 30;

export function hookGroup(): { matcher: string; hooks: Array<{ type: 'command'; command: string; timeout: number }> } {
  return { matcher: '', hooks: [{ type: 'command', command: HOOK_COMMAND, timeout: HOOK_TIMEOUT_S }] };
}

/** A settings file we must not touch: the user fixes it, then runs init again. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

export type SettingsMerge =
  { status: 'created' | 'updated'; text: string; added: InstalledEvent[] } | { status: 'unchanged'; added: [] };

/**
 * Add the hook entries that `existing` (the file's text, or undefined when there is none) lacks.
 * An entry counts as present when any command hook of the event runs `claude-cost hook`, however
 * it is invoked, so a team's own variant is respected. When nothing is missing the file is not
 * rewritten at all; otherwise only the new entries are inserted and every other byte stays.
 */
export function mergeHookSettings(existing: string | undefined): SettingsMerge {
  if (existing === undefined) {
    const settings = { hooks: Object.fromEntries(INSTALLED_EVENTS.map((e) => [e, [hookGroup()]])) };
    return { status: 'created', text: `${JSON.stringify(settings, null, 2)}\n`, added: [...INSTALLED_EVENTS] };
  }
  const bom = existing.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const text = existing.slice(bom.length);
  const settings = parseSettings(text);
  const hooks = settings.hooks as Record<string, unknown> | undefined;
  const added = INSTALLED_EVENTS.filter((event) => !hasClaudeCostHook(hooks?.[event]));
  if (added.length === 0) return { status: 'unchanged', added: [] };

  const expected = withHookEntries(settings, added);
  const style = detectStyle(text);
  let next: string | undefined = text;
  try {
    for (const event of added) next = insertEntry(next, event, style);
  } catch {
    next = undefined;
  }
  // The scanner assumes well-formed JSON; if the edit ever came out wrong, a plain
  // re-serialisation in the file's own indentation is still correct.
  if (next === undefined || !isDeepStrictEqual(safeParse(next), expected)) {
    next = `${JSON.stringify(expected, null, style.unit).replaceAll('\n', style.eol)}${/\r?\n$/.test(text) ? style.eol : ''}`;
  }
  return { status: 'updated', text: bom + next, added };
}

/** `settings` with a claude-cost matcher group appended to each of `events`. */
export function withHookEntries(
  settings: Record<string, unknown>,
  events: readonly InstalledEvent[],
): Record<string, unknown> {
  const copy = structuredClone(settings);
  const hooks = (copy.hooks ?? {}) as Record<string, unknown[]>;
  for (const event of events) hooks[event] = [...(hooks[event] ?? []), hookGroup()];
  copy.hooks = hooks;
  return copy;
}

const CLAUDE_COST_HOOK = /\bclaude-cost(?:\.m?js)?["']?\s+hook(?:\s|$)/;

function hasClaudeCostHook(groups: unknown): boolean {
  if (!Array.isArray(groups)) return false;
  return groups.some((group: unknown) => {
    const hooks = (group as { hooks?: unknown } | null)?.hooks;
    return (
      Array.isArray(hooks) &&
      hooks.some((h: unknown) => {
        const command = (h as { command?: unknown } | null)?.command;
        return typeof command === 'string' && CLAUDE_COST_HOOK.test(command);
      })
    );
  });
}

function parseSettings(text: string): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // Name the place, not the content (the message V8 builds quotes the text).
    const at = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    throw new SettingsError(`is not valid JSON${at === undefined ? '' : ` (${lineAndColumn(text, Number(at))})`}`);
  }
  if (!isPlainObject(json)) throw new SettingsError('is not a JSON object');
  if (json.hooks !== undefined) {
    if (!isPlainObject(json.hooks)) throw new SettingsError('"hooks" is not an object');
    for (const event of INSTALLED_EVENTS) {
      const groups = json.hooks[event];
      if (groups !== undefined && !Array.isArray(groups)) throw new SettingsError(`"hooks.${event}" is not a list`);
    }
  }
  return json;
}

function insertEntry(text: string, event: InstalledEvent, style: TextStyle): string {
  const root = scanJson(text);
  const hooks = memberValue(root, 'hooks');
  if (hooks === undefined) return insertMember(text, root, 'hooks', { [event]: [hookGroup()] }, style);
  const groups = memberValue(hooks, event);
  if (groups === undefined) return insertMember(text, hooks, event, [hookGroup()], style);
  return appendItem(text, groups, hookGroup(), style);
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}
