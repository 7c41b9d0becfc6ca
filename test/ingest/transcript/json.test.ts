import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseTranscriptFileSync } from '../../../src/ingest/transcript/index.js';
import { parseJsonLine, READ_STRING_PATHS } from '../../../src/ingest/transcript/json.js';
import { AssistantLineSchema, EnvelopeSchema } from '../../../src/ingest/transcript/schema.js';
import { FIXTURES, jsonlFiles, lineBuffers, memberAt, REAL_PROJECTS } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'claude-cost-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

/** The value `JSON.parse` gives for the line's UTF-8 text, or the fact that it throws. */
function plain(bytes: Buffer): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(bytes.toString('utf8')) };
  } catch {
    return { ok: false };
  }
}

function fast(bytes: Buffer): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: parseJsonLine(bytes) };
  } catch {
    return { ok: false };
  }
}

/** Every string field of a zod object schema, as key paths (nested objects included). */
function stringPaths(schema: z.ZodObject, prefix: string[] = []): string[][] {
  const out: string[][] = [];
  for (const [key, field] of Object.entries(schema.shape)) {
    let inner: z.ZodType = field as z.ZodType;
    while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
    // `z.iso.datetime()` and other formats are strings too, but not `ZodString` instances.
    if (inner._zod.def.type === 'string') out.push([...prefix, key]);
    else if (inner instanceof z.ZodObject) out.push(...stringPaths(inner, [...prefix, key]));
  }
  return out;
}

const base = {
  parentUuid: null,
  isSidechain: false,
  cwd: '/home/dev/project',
  sessionId: 'sess-json',
  version: '2.0.14',
  gitBranch: 'main',
  type: 'assistant',
  timestamp: '2025-10-05T06:00:02.000Z',
  requestId: 'req_1',
  message: {
    id: 'msg_1',
    model: 'claude-sonnet-4-5-20250929',
    content: [{ type: 'text', text: 'plain' }],
    usage: { input_tokens: 1, output_tokens: 2, cache_read_input_tokens: 3 },
  },
};

/** Lines that put non-ASCII text where the parser reads it, where it does not, and break JSON. */
const HOSTILE: Buffer[] = [
  utf8(JSON.stringify(base)),
  utf8(JSON.stringify({ ...base, message: { ...base.message, content: [{ type: 'text', text: 'café 日本語 🙂' }] } })),
  utf8(JSON.stringify({ ...base, cwd: '/home/dév/projekt-ü' })),
  utf8(JSON.stringify({ ...base, gitBranch: 'feature/ñandú' })),
  utf8(JSON.stringify({ ...base, sessionId: 'séss' })),
  utf8(JSON.stringify({ ...base, type: 'assistánt' })),
  utf8(JSON.stringify({ ...base, version: '2.0.1€' })),
  utf8(JSON.stringify({ ...base, message: { ...base.message, model: 'claude-sönnet' } })),
  utf8(
    JSON.stringify({ ...base, message: { ...base.message, usage: { ...base.message.usage, inference_geo: 'ÜS' } } }),
  ),
  // 64 characters of two bytes each: within the schema's bound as text, over it as bytes.
  utf8(JSON.stringify({ ...base, version: 'é'.repeat(64) })),
  // Escaped non-ASCII decodes to the same character either way; raw and escaped side by side.
  utf8(JSON.stringify({ ...base, cwd: '/tmp/x' }).replace('/tmp/x', '/tmp/\\u00e9-é')),
  utf8(JSON.stringify({ ...base, sessionId: 'x' }).replace('"sessionId":"x"', '"sessionId":"\\u0073ess"')),
  // Keys written with escapes, and a non-ASCII key next to the one the parser reads.
  utf8(JSON.stringify(base).replace('"cwd"', '"\\u0063wd"')),
  utf8(JSON.stringify({ ...base, cwdé: '/elsewhere' })),
  // Bytes that are not UTF-8 at all, inside a string the parser reads and one it does not.
  Buffer.concat([utf8('{"type":"user","cwd":"/a'), Buffer.from([0xff, 0xfe]), utf8('","sessionId":"s"}')]),
  Buffer.concat([utf8('{"type":"user","message":{"content":"'), Buffer.from([0xe2, 0x22]), utf8('x"}}')]),
  // Not JSON: a raw control character, a bad escape, non-ASCII outside a string, a BOM mid-file.
  utf8('{"type":"user","message":{"content":"a\tb"}}'),
  utf8('{"type":"user","message":{"content":"a\\xb"}}'),
  utf8('{"type":"user",é:1}'),
  utf8('\ufeff{"type":"user"}'),
  utf8('{"type":"user","sessionId":"s"'),
  // A value where an object is expected, holding non-ASCII.
  utf8(JSON.stringify({ ...base, message: 'mèssage' })),
  utf8(JSON.stringify({ ...base, message: { ...base.message, usage: 'ûsage' } })),
];

describe('parseJsonLine', () => {
  it('knows every string field the transcript schemas read', () => {
    const paths = [...stringPaths(AssistantLineSchema), ...stringPaths(EnvelopeSchema)].map((p) => p.join('.'));
    expect(new Set(READ_STRING_PATHS.map((p) => p.join('.')))).toEqual(new Set(paths));
  });

  it('throws exactly when JSON.parse of the UTF-8 text throws, and reads the same fields', () => {
    const lines = [...HOSTILE, ...[...jsonlFiles(FIXTURES), ...jsonlFiles(REAL_PROJECTS)].flatMap(lineBuffers)];
    expect(lines.length).toBeGreaterThan(500);
    for (const line of lines) {
      const want = plain(line);
      const got = fast(line);
      expect(got.ok, line.toString('utf8').slice(0, 80)).toBe(want.ok);
      if (!got.ok || !want.ok) continue;
      for (const path of READ_STRING_PATHS) expect(memberAt(got.value, path)).toEqual(memberAt(want.value, path));
      // Numbers, booleans and structure are the same; only unread prose may differ.
      expect(shape(got.value)).toEqual(shape(want.value));
    }
  });

  it('falls back to UTF-8 when a field it reads is not ASCII', () => {
    const line = utf8(JSON.stringify({ ...base, cwd: '/home/dév' }));
    expect(memberAt(parseJsonLine(line), ['cwd'])).toBe('/home/dév');
    // Prose it does not read stays as decoded cheaply: that is the point.
    const prose = utf8(JSON.stringify({ ...base, message: { ...base.message, content: [{ text: 'é' }] } }));
    expect(memberAt(parseJsonLine(prose), ['cwd'])).toBe(base.cwd);
  });
});

describe('the transcript parser with the fast decoding', () => {
  it('gives the same result as with plain UTF-8 decoding on every fixture and hostile line', () => {
    const hostile = join(dir, 'sess-hostile.jsonl');
    writeFileSync(hostile, Buffer.concat(HOSTILE.flatMap((line) => [line, utf8('\n')])));
    const files = [...jsonlFiles(FIXTURES), ...jsonlFiles(REAL_PROJECTS), hostile];
    for (const file of files) {
      const options = { displayName: relative(dir, file), maxJsonBytes: 0 };
      const fastResult = parseTranscriptFileSync(file, options);
      const plainResult = parseTranscriptFileSync(file, options, { plainJson: true });
      expect(fastResult, basename(file)).toEqual(plainResult);
    }
  });
});

/** The value with every string replaced by a marker: what is left must not depend on decoding. */
function shape(value: unknown): unknown {
  if (typeof value === 'string') return 'string';
  if (Array.isArray(value)) return value.map(shape);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) if (/^[\x20-\x7e]*$/.test(key)) out[key] = shape(inner);
    return out;
  }
  return value;
}
