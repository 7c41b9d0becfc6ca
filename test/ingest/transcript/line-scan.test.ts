import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { endsLikeAssistantLine } from '../../../src/ingest/transcript/bytes.js';
import { checkAssistantLine } from '../../../src/ingest/transcript/check.js';
import { parseTranscriptFileSync } from '../../../src/ingest/transcript/index.js';
import { MAX_SCAN_BYTES, scanAssistantLine } from '../../../src/ingest/transcript/line-scan.js';
import { ASSISTANT_LINE_PATHS, FIXTURES, jsonlFiles, lineBuffers, memberAt, REAL_PROJECTS } from './helpers.js';

/**
 * The line scanner must give, for every line it accepts, the values `JSON.parse` and the checks
 * give, and must never accept a line `JSON.parse` refuses. Refusing a valid line is allowed (the
 * ordinary parse takes it), but not for the lines Claude Code writes.
 */

const dir = mkdtempSync(join(tmpdir(), 'claude-cost-line-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

/** What the reader sees of a line, with objects shown only as being objects. */
function view(value: unknown): Record<string, unknown> {
  return Object.fromEntries(
    ASSISTANT_LINE_PATHS.map((path) => {
      const member = memberAt(value, path);
      return [path.join('.'), typeof member === 'object' && member !== null ? 'object' : member];
    }),
  );
}

/** What the ordinary path reads from the line: undefined where the scanner must refuse it. */
function reference(bytes: Buffer): Record<string, unknown> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const line = value as Record<string, unknown>;
  if (line.type !== 'assistant' || memberAt(line, ['message', 'model']) === '<synthetic>') return undefined;
  const checked = checkAssistantLine(line);
  return checked.ok ? view(checked.data) : undefined;
}

/** Checks one line both ways; true when the scanner accepted it. */
function agree(bytes: Buffer): boolean {
  const scanned = scanAssistantLine(bytes);
  if (scanned === undefined) return false;
  const expected = reference(bytes);
  expect(expected, bytes.toString('utf8').slice(0, 300)).toBeDefined();
  expect(view(scanned)).toEqual(expected);
  for (const [key, member] of Object.entries(view(scanned))) {
    // toEqual does not tell 0 from -0.
    expect(Object.is(member, expected?.[key]), key).toBe(true);
  }
  return true;
}

/** A file's non-empty lines, without a trailing `\r`. */
function linesOf(file: string): Buffer[] {
  return lineBuffers(file)
    .filter((line) => line.length > 0)
    .map((line) => (line[line.length - 1] === 0x0d ? line.subarray(0, -1) : line));
}

const usageLines = (files: string[]): Buffer[] => files.flatMap(linesOf).filter((line) => line.includes('"usage"'));

const REAL_LINES = usageLines(jsonlFiles(REAL_PROJECTS));

const BASE = {
  parentUuid: 'a1',
  isSidechain: false,
  userType: 'external',
  cwd: '/home/dev/app',
  sessionId: '0b34334a-6d6d-41f0-b0d3-f33c7f233717',
  version: '2.0.37',
  gitBranch: 'main',
  message: {
    model: 'claude-sonnet-4-5-20250929',
    id: 'msg_017QaqBazPg6Kkokj8oJV88v',
    type: 'message',
    role: 'assistant',
    content: [
      { type: 'tool_use', id: 'toolu_1', name: 'Edit', input: { file_path: '/x', usage: { input_tokens: 9 } } },
    ],
    stop_reason: null,
    stop_sequence: null,
    usage: {
      input_tokens: 12,
      cache_creation_input_tokens: 1180,
      cache_read_input_tokens: 71493,
      cache_creation: { ephemeral_5m_input_tokens: 1180, ephemeral_1h_input_tokens: 0 },
      server_tool_use: { web_search_requests: 2 },
      output_tokens: 614,
      service_tier: 'standard',
    },
  },
  requestId: 'req_011CETsNDeWB2emdhwdaZ3rP',
  type: 'assistant',
  uuid: 'fb583a66',
  timestamp: '2026-10-09T01:28:25.685Z',
};
const BASE_TEXT = JSON.stringify(BASE);

describe('the line scanner', () => {
  it('reads every usage line of the real transcripts exactly as JSON.parse does', () => {
    expect(REAL_LINES.length).toBeGreaterThan(100);
    const accepted = REAL_LINES.filter(agree).length;
    // The lines Claude Code writes take the fast path (only <synthetic> placeholders do not).
    expect(accepted / REAL_LINES.length).toBeGreaterThan(0.95);
  });

  it('is offered every usage line Claude Code writes: they all end like assistant lines', () => {
    // The parser scans only lines that pass `endsLikeAssistantLine`; one that fails it is parsed
    // whole, correct but slow. Real lines must never miss the fast path that way.
    const scanned = REAL_LINES.filter((line) => scanAssistantLine(line) !== undefined);
    expect(scanned.length).toBeGreaterThan(100);
    for (const line of scanned) expect(endsLikeAssistantLine(line)).toBe(true);
  });

  it('agrees with JSON.parse on every usage line of the survival fixtures', () => {
    const lines = usageLines(jsonlFiles(FIXTURES));
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) agree(line);
  });

  it('refuses what JSON.parse refuses', () => {
    const broken = [
      BASE_TEXT.slice(0, -1),
      `${BASE_TEXT}x`,
      `${BASE_TEXT}}`,
      BASE_TEXT.replace('"stop_reason":null', '"stop_reason":nul'),
      BASE_TEXT.replace('"stop_reason":null', '"stop_reason":nulll'),
      BASE_TEXT.replace('"stop_sequence":null', '"stop_sequence":tru'),
      BASE_TEXT.replace('"input_tokens":12', '"input_tokens":012'),
      BASE_TEXT.replace('"input_tokens":12', '"input_tokens":12.'),
      BASE_TEXT.replace('"input_tokens":12', '"input_tokens":.5'),
      BASE_TEXT.replace('"input_tokens":12', '"input_tokens":+12'),
      BASE_TEXT.replace('"input_tokens":12', '"input_tokens":-'),
      BASE_TEXT.replace('"input_tokens":12', '"input_tokens":1e'),
      BASE_TEXT.replace('"input_tokens":12', '"input_tokens":1e+'),
      BASE_TEXT.replace('"input_tokens":12', '"input_tokens":0x1'),
      BASE_TEXT.replace('"input_tokens":12', '"input_tokens":NaN'),
      BASE_TEXT.replace('"input_tokens":12,', '"input_tokens":12,,'),
      BASE_TEXT.replace('"output_tokens":614,', '"output_tokens":614,}'),
      BASE_TEXT.replace('"name":"Edit"', '"name":"Ed\\xit"'),
      BASE_TEXT.replace('"name":"Edit"', '"name":"Ed\\u12"'),
      BASE_TEXT.replace('"name":"Edit"', '"name":"Ed\\u12G4"'),
      BASE_TEXT.replace('"name":"Edit"', '"name":"Ed\u0001it"'),
      BASE_TEXT.replace('"name":"Edit"', '"name":"Ed\tit"'),
      BASE_TEXT.replace('"name":"Edit"', "'name':'Edit'"),
      BASE_TEXT.replace('"name":"Edit"', 'name:"Edit"'),
      BASE_TEXT.replace('"name":"Edit"', '"name" "Edit"'),
      BASE_TEXT.replace('"stop_reason":null', '"stop_reason":[1,]'),
      BASE_TEXT.replace('"stop_reason":null', '"stop_reason":[1 2]'),
      BASE_TEXT.replace('"stop_reason":null', '"stop_reason":{"a":1]'),
      BASE_TEXT.replace('"stop_reason":null', '"stop_reason":[}'),
      BASE_TEXT.replace('"stop_reason":null', '"stop_reason":'),
      BASE_TEXT.replace('"stop_reason":null', '"stop_reason":"\\'),
      BASE_TEXT.replace('"stop_reason":null', '"stop_reason":"abc'),
      `${BASE_TEXT}\u00a0`,
      `\u000b${BASE_TEXT}`,
      '',
      ' ',
    ];
    for (const text of broken) {
      expect(() => JSON.parse(text), text).toThrow();
      expect(scanAssistantLine(utf8(text)), text).toBeUndefined();
    }
  });

  it('reads every form JSON allows the same way JSON.parse does', () => {
    const numbers = [
      '12',
      '12.0',
      '1.2e1',
      '120E-1',
      '1200e-2',
      '0',
      '-0',
      '0e5',
      '123456789012345',
      '9007199254740993',
    ];
    const forms = [
      BASE_TEXT,
      JSON.stringify(BASE, null, 1).replaceAll('\n', ' '),
      JSON.stringify(BASE, null, '\t').replaceAll('\n', '\r'),
      ...numbers.map((n) => BASE_TEXT.replace('"input_tokens":12', `"input_tokens":${n}`)),
      BASE_TEXT.replace('"output_tokens":614', '"output_tokens":614.5'),
      BASE_TEXT.replace('"output_tokens":614', '"output_tokens":1e400'),
      BASE_TEXT.replace('"output_tokens":614', '"output_tokens":-614'),
      BASE_TEXT.replace('"requestId":"req_011CETsNDeWB2emdhwdaZ3rP"', '"requestId":"req_\\u00e9\\n\\"x\\\\"'),
      BASE_TEXT.replace('"cwd":"/home/dev/app"', '"cwd":"/home/d\u00e9v/\u{1f600}"'),
      BASE_TEXT.replace('"cwd":"/home/dev/app"', '"cwd":"\\/home\\/dev"'),
      BASE_TEXT.replace('"gitBranch":"main"', '"gitBranch":"feat/\\ud83d"'),
      BASE_TEXT.replace('"gitBranch":"main"', '"gitBranch":null'),
      BASE_TEXT.replace('"gitBranch":"main"', '"gitBranch":""'),
      BASE_TEXT.replace('"gitBranch":"main"', '"gitBranch":{"name":"main"}'),
      BASE_TEXT.replace('"gitBranch":"main"', '"gitBranch":["main"]'),
      BASE_TEXT.replace('"gitBranch":"main"', '"gitBranch":7'),
      BASE_TEXT.replace('"isSidechain":false', '"isSidechain":true'),
      BASE_TEXT.replace('"isSidechain":false', '"isSidechain":null'),
      BASE_TEXT.replace('"isSidechain":false', '"isSidechain":"yes"'),
      BASE_TEXT.replace('"uuid":"fb583a66"', '"uuid":"fb583a66","costUSD":0.0123'),
      BASE_TEXT.replace('"uuid":"fb583a66"', '"uuid":"fb583a66","costUSD":-1'),
      BASE_TEXT.replace('"uuid":"fb583a66"', '"uuid":"fb583a66","subtype":"x","isMeta":false,"isCompactSummary":null'),
      // A read member given twice: JSON.parse keeps the last.
      BASE_TEXT.replace('{"parentUuid"', '{"sessionId":"first","parentUuid"'),
      BASE_TEXT.replace('"model":', '"model":"claude-haiku-4-5","model":'),
      BASE_TEXT.replace('"input_tokens":12', '"input_tokens":1,"input_tokens":12'),
      BASE_TEXT.replace('"output_tokens":614', '"output_tokens":614,"usage":{"input_tokens":5}'),
      // A read member's name written with an escape.
      BASE_TEXT.replace('"sessionId":', '"sessionI\\u0064":'),
      BASE_TEXT.replace('"input_tokens":12', '"input_\\u0074okens":12'),
      // The same names where they are not read.
      BASE_TEXT.replace('"uuid":"fb583a66"', '"uuid":"fb583a66","usage":{"input_tokens":1000000}'),
      BASE_TEXT.replace('"uuid":"fb583a66"', '"uuid":"fb583a66","extra":{"type":"user","message":{"model":"x"}}'),
      BASE_TEXT.replace('"stop_reason":null', '"stop_reason":{"usage":{"output_tokens":1},"id":"other"}'),
      // Other shapes of the read objects.
      BASE_TEXT.replace(
        '"cache_creation":{"ephemeral_5m_input_tokens":1180,"ephemeral_1h_input_tokens":0}',
        '"cache_creation":null',
      ),
      BASE_TEXT.replace(
        '"cache_creation":{"ephemeral_5m_input_tokens":1180,"ephemeral_1h_input_tokens":0}',
        '"cache_creation":{}',
      ),
      BASE_TEXT.replace(
        '"cache_creation":{"ephemeral_5m_input_tokens":1180,"ephemeral_1h_input_tokens":0}',
        '"cache_creation":[]',
      ),
      BASE_TEXT.replace('"server_tool_use":{"web_search_requests":2}', '"server_tool_use":null'),
      BASE_TEXT.replace('"server_tool_use":{"web_search_requests":2}', '"server_tool_use":5'),
      BASE_TEXT.replace('"type":"assistant"', '"type":"user"'),
      BASE_TEXT.replace('"type":"assistant"', '"type":"assist\\u0061nt"'),
      BASE_TEXT.replace('"model":"claude-sonnet-4-5-20250929"', '"model":"<synthetic>"'),
      `[${BASE_TEXT}]`,
      `  ${BASE_TEXT}\t `,
    ];
    let accepted = 0;
    for (const text of forms) if (agree(utf8(text))) accepted += 1;
    // Most forms take the fast path; the duplicates, escaped names and other types do not.
    expect(accepted).toBeGreaterThan(forms.length / 2);
    expect(
      scanAssistantLine(utf8(BASE_TEXT.replace('{"parentUuid"', '{"sessionId":"x","parentUuid"'))),
    ).toBeUndefined();
  });

  it('keeps each line its own values when short and long strings alternate', () => {
    const long = `/home/${'d'.repeat(300)}`;
    const cwds = ['/a', long, '/a', '/b', long, `${long}x`, '/b', '', '', '/a'];
    for (const cwd of cwds) {
      const scanned = scanAssistantLine(utf8(JSON.stringify({ ...BASE, cwd })));
      expect(scanned?.cwd).toBe(cwd);
    }
    // A refused line between two that share a value.
    expect(scanAssistantLine(utf8(JSON.stringify({ ...BASE, cwd: '/c' })))?.cwd).toBe('/c');
    expect(scanAssistantLine(utf8(`${JSON.stringify({ ...BASE, cwd: '/d' })},`))).toBeUndefined();
    expect(scanAssistantLine(utf8(JSON.stringify({ ...BASE, cwd: '/c' })))?.cwd).toBe('/c');
  });

  it('reads long lines, and leaves lines past its limit and deep nesting to JSON.parse', () => {
    const big = (size: number): Buffer =>
      utf8(
        JSON.stringify({ ...BASE, message: { ...BASE.message, content: [{ type: 'text', text: 'x'.repeat(size) }] } }),
      );
    expect(agree(big(3 * 1024 * 1024))).toBe(true);
    expect(agree(utf8(BASE_TEXT))).toBe(true);
    expect(scanAssistantLine(big(MAX_SCAN_BYTES))).toBeUndefined();
    const deep = BASE_TEXT.replace('"stop_reason":null', `"stop_reason":${'['.repeat(5000)}${']'.repeat(5000)}`);
    expect(reference(utf8(deep))).toBeDefined();
    expect(scanAssistantLine(utf8(deep))).toBeUndefined();
    expect(
      agree(utf8(BASE_TEXT.replace('"stop_reason":null', `"stop_reason":${'['.repeat(500)}${']'.repeat(500)}`))),
    ).toBe(true);
  });

  it('never accepts a mutated line JSON.parse refuses, and reads the ones it accepts exactly', () => {
    let seed = 0x5eed;
    const random = (n: number): number => {
      seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
      return ((seed >>> 0) % 0x7fffffff) % n;
    };
    const alphabet = utf8('{}[]":,\\/0123456789-+.eEtrufalsn \t\rxu\u00e9');
    const sources = [utf8(BASE_TEXT), ...REAL_LINES.slice(0, 20)];
    let accepted = 0;
    let refused = 0;
    for (let i = 0; i < 20000; i += 1) {
      const source = sources[i % sources.length] as Buffer;
      const bytes = Buffer.from(source);
      let line: Buffer = bytes;
      const where = random(bytes.length);
      switch (random(5)) {
        case 0: // drop a byte
          line = Buffer.concat([bytes.subarray(0, where), bytes.subarray(where + 1)]);
          break;
        case 1: // insert a byte JSON cares about
          line = Buffer.concat([
            bytes.subarray(0, where),
            alphabet.subarray(random(alphabet.length)).subarray(0, 1),
            bytes.subarray(where),
          ]);
          break;
        case 2: // replace a byte, control characters and high bytes included
          bytes[where] = random(256);
          break;
        case 3: // repeat a slice
          line = Buffer.concat([
            bytes.subarray(0, where),
            bytes.subarray(random(bytes.length)).subarray(0, random(40)),
            bytes.subarray(where),
          ]);
          break;
        default: // cut the line
          line = bytes.subarray(0, where);
      }
      if (agree(line)) accepted += 1;
      else refused += 1;
    }
    // Both sides were exercised: many mutations keep the line valid, many break it.
    expect(accepted).toBeGreaterThan(2000);
    expect(refused).toBeGreaterThan(2000);
  });
});

describe('the transcript parser with the line scanner', () => {
  it('counts the lines the scanner leaves to JSON.parse', () => {
    const deep = BASE_TEXT.replace('"stop_reason":null', `"stop_reason":${'['.repeat(5000)}${']'.repeat(5000)}`);
    const twice = BASE_TEXT.replace('"model":', '"model":"claude-haiku-4-5","model":')
      .replace('msg_017QaqBazPg6Kkokj8oJV88v', 'msg_2')
      .replace('"input_tokens":12', '"input_tokens":1,"input_tokens":12');
    const file = join(dir, 'mixed.jsonl');
    writeFileSync(file, [BASE_TEXT, deep.replace('msg_017QaqBazPg6Kkokj8oJV88v', 'msg_1'), twice, ''].join('\n'));
    const options = { displayName: 'mixed.jsonl', maxJsonBytes: 0 };
    const result = parseTranscriptFileSync(file, options);
    expect(result).toEqual(parseTranscriptFileSync(file, options, { plainJson: true }));
    expect(result.requests.map((r) => [r.messageId, r.inputTokens])).toEqual([
      ['msg_017QaqBazPg6Kkokj8oJV88v', 12],
      ['msg_1', 12],
      ['msg_2', 12],
    ]);
    expect(result.skipped).toEqual([]);
  });
});
