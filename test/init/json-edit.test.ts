import { describe, expect, it } from 'vitest';
import { appendItem, detectStyle, insertMember, scanJson, type JsonNode } from '../../src/setup/json-edit.js';
import { mergeHookSettings } from '../../src/setup/settings.js';

/** A seeded generator: the same cases on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['a', 'hooks', 'x,y', 'q"uote', 'b{r}ace', 'ünï', '[arr]', 'sp ace', 'back\\slash'];
const SCALARS = [
  0,
  -1.5e3,
  1,
  true,
  false,
  null,
  '',
  'str',
  'with "quotes"',
  'comma, {brace} [bracket]',
  'back\\slash',
  '\u00e9',
];

function randomValue(next: () => number, depth: number): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const r = next();
  if (depth > 3 || r < 0.4) return pick(SCALARS);
  if (r < 0.7) return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth + 1));
  return Object.fromEntries(
    Array.from({ length: Math.floor(next() * 4) }, () => [pick(KEYS), randomValue(next, depth + 1)]),
  );
}

/** Serialise with random whitespace between tokens: layouts no formatter would produce. */
function messyJson(value: unknown, next: () => number): string {
  const ws = () => [' ', '', '\n', '  ', '\n\t', '\r\n    '][Math.floor(next() * 6)] as string;
  const out = (v: unknown): string => {
    if (Array.isArray(v)) return `[${ws()}${v.map((x) => `${out(x)}${ws()}`).join(`,${ws()}`)}]`;
    if (v !== null && typeof v === 'object')
      return `{${ws()}${Object.entries(v)
        .map(([k, x]) => `${JSON.stringify(k)}${ws()}:${ws()}${out(x)}${ws()}`)
        .join(`,${ws()}`)}}`;
    return JSON.stringify(v);
  };
  return out(value);
}

function nodes(root: JsonNode): JsonNode[] {
  const all: JsonNode[] = [root];
  if (root.type === 'object') for (const m of root.members) all.push(...nodes(m.value));
  if (root.type === 'array') for (const item of root.items) all.push(...nodes(item));
  return all;
}

describe('json-edit', () => {
  it('inserts into any object or array of any layout, leaving every other byte in place', () => {
    const next = rng(42);
    let checked = 0;
    for (let n = 0; n < 300; n++) {
      const text = messyJson({ root: randomValue(next, 0), more: randomValue(next, 0) }, next);
      const containers = nodes(scanJson(text)).filter((x) => x.type !== 'scalar');
      const target = containers[Math.floor(next() * containers.length)];
      if (target === undefined) continue;
      const style = detectStyle(text);
      const added = { type: 'command', command: 'claude-cost hook' };
      const edited =
        target.type === 'object'
          ? insertMember(text, target, 'new"key', added, style)
          : appendItem(text, target, added, style);

      // Semantics: JSON.parse sees exactly one new entry, at the end of the container.
      const path = locate(JSON.parse(text), text, target);
      const expected = JSON.parse(text);
      const container = path.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, expected);
      if (Array.isArray(container)) container.push(added);
      else container['new"key'] = added;
      expect(JSON.parse(edited)).toEqual(expected);

      // Bytes: everything before the container's last entry (or its opening bracket) and
      // everything from its closing bracket on is untouched.
      const last = target.type === 'object' ? target.members.at(-1)?.value : target.items.at(-1);
      const keepTo = last === undefined ? target.start + 1 : last.end;
      expect(edited.slice(0, keepTo)).toBe(text.slice(0, keepTo));
      const tail = text.slice(last === undefined ? target.end - 1 : last.end);
      expect(edited.endsWith(last === undefined ? text.slice(target.end - 1) : tail)).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(250);
  });

  it('merges the hooks into random settings files, idempotently', () => {
    const next = rng(7);
    for (let n = 0; n < 200; n++) {
      const settings = randomValue(next, 1);
      if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) continue;
      // A random `hooks` would be refused (it must be an object): replace it with a valid one or none.
      const { hooks: _random, ...rest } = settings as Record<string, unknown>;
      const withHooks = next() < 0.5 ? { ...rest, hooks: { SessionEnd: [], Other: [1] } } : rest;
      const text = next() < 0.5 ? messyJson(withHooks, next) : JSON.stringify(withHooks, null, next() < 0.5 ? 2 : '\t');
      const merged = mergeHookSettings(text);
      expect(merged.status).toBe('updated');
      if (merged.status !== 'updated') continue;
      expect(mergeHookSettings(merged.text)).toEqual({ status: 'unchanged', added: [] });
    }
  });
});

/** The key path from the parsed root to the container that starts at `target.start`. */
function locate(_parsed: unknown, text: string, target: JsonNode): Array<string | number> {
  const search = (node: JsonNode, path: Array<string | number>): Array<string | number> | undefined => {
    if (node.start === target.start && node.type === target.type) return path;
    if (node.type === 'object') {
      // JSON.parse keeps the last duplicate key; generated objects have unique keys.
      for (const m of node.members) {
        const found = search(m.value, [...path, m.key]);
        if (found) return found;
      }
    }
    if (node.type === 'array') {
      for (const [i, item] of node.items.entries()) {
        const found = search(item, [...path, i]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return search(scanJson(text), []) ?? [];
}
