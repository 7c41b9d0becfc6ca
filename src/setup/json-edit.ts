/**
 * Minimal-change edits to a JSON text: insert an object member or append an array item and leave
 * every other byte where it was, so a user's hand-formatted settings file keeps its layout, key
 * order, escapes and number spellings. The text must already be valid JSON (checked with
 * JSON.parse by the caller); this scanner only finds where things are.
 */

export type JsonNode =
  | { type: 'object'; start: number; end: number; members: JsonMember[] }
  | { type: 'array'; start: number; end: number; items: JsonNode[] }
  | { type: 'scalar'; start: number; end: number };

export interface JsonMember {
  key: string;
  /** Where the member's key begins: its line's indentation is the members' indentation. */
  keyStart: number;
  value: JsonNode;
}

/** Locate the top-level value of valid JSON `text`. `end` is one past the last character. */
export function scanJson(text: string): JsonNode {
  let i = 0;
  const skipSpace = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i] as string)) i++;
  };
  const readString = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) throw new Error('unterminated string');
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (): JsonNode => {
    skipSpace();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const members: JsonMember[] = [];
      skipSpace();
      while (text[i] !== '}') {
        if (i >= text.length) throw new Error('unterminated object');
        if (text[i] === ',') i++;
        skipSpace();
        const keyStart = i;
        const key = readString();
        skipSpace();
        i++; // colon
        members.push({ key, keyStart, value: value() });
        skipSpace();
      }
      i++;
      return { type: 'object', start, end: i, members };
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      skipSpace();
      while (text[i] !== ']') {
        if (i >= text.length) throw new Error('unterminated array');
        if (text[i] === ',') i++;
        items.push(value());
        skipSpace();
      }
      i++;
      return { type: 'array', start, end: i, items };
    }
    if (c === '"') {
      readString();
      return { type: 'scalar', start, end: i };
    }
    while (i < text.length && !',]} \t\r\n'.includes(text[i] as string)) i++;
    // Invalid JSON: stop rather than loop without progress.
    if (i === start) throw new Error(`unexpected character at ${start}`);
    return { type: 'scalar', start, end: i };
  };
  return value();
}

/** JSON.parse keeps the last of duplicate keys; so do we. */
export function memberValue(node: JsonNode, key: string): JsonNode | undefined {
  if (node.type !== 'object') return undefined;
  for (let k = node.members.length - 1; k >= 0; k--) if (node.members[k]?.key === key) return node.members[k]?.value;
  return undefined;
}

export interface TextStyle {
  /** One level of indentation: two or four spaces, or a tab. */
  unit: string;
  eol: '\n' | '\r\n';
}

/** The file's own indentation unit (the smallest indent used) and line ending. */
export function detectStyle(text: string): TextStyle {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let unit: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const indent = /^[ \t]+(?=\S)/.exec(line)?.[0];
    if (indent === undefined) continue;
    if (indent.startsWith('\t')) return { unit: '\t', eol };
    if (unit === undefined || indent.length < unit.length) unit = indent;
  }
  return { unit: unit ?? '  ', eol };
}

/** Insert `"key": value` as the last member of `object`. */
export function insertMember(text: string, object: JsonNode, key: string, value: unknown, style: TextStyle): string {
  if (object.type !== 'object') throw new Error('not an object');
  const last = object.members.at(-1);
  const entry = last === undefined ? undefined : { start: last.keyStart, end: last.value.end };
  return insertInto(text, object, entry, `${JSON.stringify(key)}:`, value, style);
}

/** Append `value` as the last item of `array`. */
export function appendItem(text: string, array: JsonNode, value: unknown, style: TextStyle): string {
  if (array.type !== 'array') throw new Error('not an array');
  return insertInto(text, array, array.items.at(-1), '', value, style);
}

function insertInto(
  text: string,
  container: JsonNode,
  last: { start: number; end: number } | undefined,
  keyPrefix: string,
  value: unknown,
  style: TextStyle,
): string {
  const inside = text.slice(container.start, container.end);
  if (!inside.includes('\n')) {
    // A one-line container (a minified file, or `"hooks": {}`): stay on one line.
    const spaced = /[:,] /.test(inside) || last === undefined;
    const entry = `${keyPrefix}${keyPrefix !== '' && spaced ? ' ' : ''}${JSON.stringify(value)}`;
    if (last === undefined) return splice(text, container.start + 1, container.end - 1, entry);
    return splice(text, last.end, last.end, `,${spaced ? ' ' : ''}${entry}`);
  }
  const openIndent = lineIndent(text, container.start);
  const memberIndent = last !== undefined ? lineIndent(text, last.start) : openIndent + style.unit;
  const rendered = JSON.stringify(value, null, style.unit).replaceAll('\n', style.eol + memberIndent);
  const entry = `${keyPrefix}${keyPrefix === '' ? '' : ' '}${rendered}`;
  if (last === undefined) {
    return splice(
      text,
      container.start + 1,
      container.end - 1,
      `${style.eol}${memberIndent}${entry}${style.eol}${openIndent}`,
    );
  }
  return splice(text, last.end, last.end, `,${style.eol}${memberIndent}${entry}`);
}

/** The whitespace that begins the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? '';
}

function splice(text: string, from: number, to: number, insert: string): string {
  return text.slice(0, from) + insert + text.slice(to);
}
