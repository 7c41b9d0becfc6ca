import type * as z from 'zod';

/** A config file that cannot be used. The message names the file, the key path and the value. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(
      problems.length === 1
        ? `${file}: ${problems[0]}`
        : `${file}: ${problems.length} problems:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** One line per zod issue: `budgets.feature.perPr.usd: must not be negative (got -5)`. */
export function describeIssue(issue: z.core.$ZodIssue, raw: unknown, knownKeys: readonly string[]): string {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => `${pathText([...issue.path, k])}: unknown key${suggestKey(k, knownKeys)}`).join('; ');
  }
  const path = pathText(issue.path);
  // Cross-field checks name the value they judged (for an unknown budget kind, the key itself).
  const named = issue.code === 'custom' ? (issue.params as { value?: unknown } | undefined)?.value : undefined;
  const value = named ?? valueAt(raw, issue.path);
  if (value === undefined) return `${path}: required, but missing`;
  return `${path}: ${issue.message} (got ${preview(value)})`;
}

/** `budgets.feature.perPr.usd`, `tasks.kinds[2]`, `tasks.labels["type: docs"]`. */
export function pathText(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) return i === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name.length > 60 ? `${name.slice(0, 59)}…` : name)}]`;
    })
    .join('');
}

/** The user's own value, short: the config is theirs, so echoing it helps, but not at length. */
export function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** A near miss (`perPR`, `per-pr`, `per_pr`) gets the key it probably meant. */
function suggestKey(key: string, knownKeys: readonly string[]): string {
  const squash = (k: string) => k.toLowerCase().replace(/[-_\s]/g, '');
  const match = knownKeys.find((known) => squash(known) === squash(key));
  return match === undefined ? '' : ` (did you mean ${match}?)`;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || typeof key === 'symbol') return undefined;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
