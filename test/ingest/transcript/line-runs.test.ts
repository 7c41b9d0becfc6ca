import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linesOf, type Line, type LineTaker } from '../../../src/ingest/lines.js';
import { ReadAhead } from '../../../src/ingest/read-ahead.js';
import { ASSISTANT_TAIL_BYTES } from '../../../src/ingest/transcript/bytes.js';
import { Found, lineScanner, MAX_SCAN_BYTES, scannerRing } from '../../../src/ingest/transcript/line-scan.js';
import { LINE_SCAN_WASM } from '../../../src/ingest/transcript/line-scan-wasm.js';
import {
  NON_REQUEST_TYPES,
  parseTranscriptPart,
  SMALL_LINE_BYTES,
  type TranscriptReadOptions,
} from '../../../src/ingest/transcript/parse.js';
import { FIXTURES, jsonlFiles, randomChunks, REAL_PROJECTS } from './helpers.js';

/**
 * The transcript reader hands runs of lines to the scanner (`LineTaker`, `next` in
 * wasm/line-scan.ts): the lines it does nothing with are passed over there, and usage lines read
 * there. Whatever the lines and however they are cut into chunks, the result must be the one
 * reading every line whole with `JSON.parse` gives.
 */

const dir = mkdtempSync(join(tmpdir(), 'claude-cost-line-runs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let seed = 0x2f1c;
function random(n: number): number {
  seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
  return ((seed >>> 0) % 0x7fffffff) % n;
}
const pick = <T>(items: readonly T[]): T => items[random(items.length)] as T;

const SESSIONS = ['0b34334a-6d6d-41f0-b0d3-f33c7f233717', '7c9e6679-7425-40de-944b-e07fc1f90ae7'];
const BRANCHES = ['main', `feat/${'x'.repeat(300)}`, 'fix/a|b'];
const envelope = () => ({
  parentUuid: 'a1',
  isSidechain: false,
  userType: 'external',
  cwd: pick(['/home/dev/app', `/srv/${'deep/'.repeat(70)}app`]),
  sessionId: pick(SESSIONS),
  version: '2.1.9',
  gitBranch: pick(BRANCHES),
});
const usage = () => ({
  input_tokens: random(50),
  cache_creation_input_tokens: random(5000),
  cache_read_input_tokens: random(90000),
  cache_creation: { ephemeral_5m_input_tokens: random(100), ephemeral_1h_input_tokens: random(100) },
  output_tokens: random(900),
  service_tier: 'standard',
});
let ids = 0;
const assistant = (model = pick(['claude-sonnet-4-5-20250929', 'claude-opus-4-5-20251101'])) => ({
  ...envelope(),
  message: {
    model,
    id: `msg_${(ids += 1)}`,
    type: 'message',
    role: 'assistant',
    content: [{ type: 'text', text: 'a "quoted" \\ reply é'.repeat(1 + random(40)) }],
    usage: usage(),
  },
  requestId: `req_${ids}`,
  type: 'assistant',
  uuid: 'fb583a66',
  timestamp: '2026-10-09T01:28:25.685Z',
});
const user = (content: unknown, extra: Record<string, unknown> = {}) => ({
  ...envelope(),
  type: 'user',
  message: { role: 'user', content },
  uuid: 'u1',
  timestamp: '2026-10-09T01:28:20.000Z',
  ...extra,
});
const toolResult = () =>
  user([{ tool_use_id: 'toolu_1', type: 'tool_result', content: 'output line\n'.repeat(random(400)) }]);

/** Lines of every kind the reader tells apart, and lines built to sit on the edges of its tests. */
const KINDS: Array<() => string> = [
  () => JSON.stringify(assistant()),
  () => JSON.stringify(assistant()),
  () => JSON.stringify(toolResult()),
  () => JSON.stringify(toolResult()),
  () => JSON.stringify(user('Please add a CSV export')),
  () => JSON.stringify(user('meta', { isMeta: true })),
  () => JSON.stringify(user('summary', { isCompactSummary: true })),
  () => JSON.stringify(user('sub', { isSidechain: true })),
  () => JSON.stringify(user('tool', { toolUseResult: { ok: true } })),
  () => JSON.stringify(user('tool', { toolUseResult: null })),
  // Prompts the byte tests let through but JSON.parse reads otherwise, or that the checks refuse.
  () => JSON.stringify(user('spaced')).replace('"type":"user"', '"type":"user","isMeta" : true'),
  () => JSON.stringify(user('escaped key')).replace('"uuid"', '"\\u0075uid"'),
  // A tool result among other blocks, its key spelled with an escape: only JSON.parse sees it.
  () =>
    JSON.stringify(
      user([
        { type: 'text', text: 'hi' },
        { type: 'tool_result', tool_use_id: 't' },
      ]),
    ).replace('"tool_use_id"', '"tool\\u005fuse_id"'),
  () => JSON.stringify(user('object session')).replace(/"sessionId":"[^"]*"/, '"sessionId":{"id":1}'),
  () => JSON.stringify(user('bad time', { timestamp: 'yesterday' })),
  () => JSON.stringify(user('no session')).replace(/"sessionId":"[^"]*",/, ''),
  () => JSON.stringify(user('branch \u00e9 "quoted"', { gitBranch: 'feat/é' })),
  () => JSON.stringify(user('twice')).replace('"cwd":', '"cwd":"/a","cwd":'),
  () => JSON.stringify(user('p'.repeat(70_000))),
  // A tool result whose key is spelled with an escape: no byte test sees it, JSON.parse does.
  () => JSON.stringify(toolResult()).replace('"tool_use_id"', '"tool\\u005fuse_id"'),
  // A type spelled with an escape is no leading type.
  () => JSON.stringify(user('escaped type')).replace('"type":"user"', '"typ\\u0065":"user"'),
  () => JSON.stringify(assistant()).replace('"type":"assistant"', '"type":"assist\\u0061nt"'),
  // Two top-level types: the scanner leaves the line; the leading one decides.
  () => JSON.stringify(user('two types')).replace('"uuid":"u1"', '"uuid":"u1","type":"assistant"'),
  () => '{"type":"user",' + JSON.stringify(assistant()).slice(1),
  () => '{"type":"assistant",' + JSON.stringify(assistant()).slice(1),
  () => JSON.stringify({ type: 'progress', data: { message: assistant() } }),
  () =>
    JSON.stringify({ ...envelope(), type: 'progress', data: { message: assistant() } }).replace(
      /}$/,
      ',"type":"assistant"}',
    ),
  () => JSON.stringify({ ...envelope(), type: 'file-history-snapshot', snapshot: { files: 'x'.repeat(random(3000)) } }),
  () =>
    JSON.stringify({ ...envelope(), type: 'system', subtype: 'compact_boundary', timestamp: '2026-10-09T02:00:00Z' }),
  () => JSON.stringify({ ...envelope(), type: 'system', subtype: 'compact_boundary', pad: 'p'.repeat(70_000) }),
  () => JSON.stringify({ ...envelope(), type: 'system', subtype: 'informational', content: 'hi' }),
  () => JSON.stringify({ type: 'summary', summary: 'Fixing tests', leafUuid: 'l1' }),
  () => JSON.stringify({ ...envelope(), type: 'queue-operation', operation: 'enqueue' }),
  () => JSON.stringify({ type: 'mystery', message: { usage: usage() } }),
  () => JSON.stringify(assistant('<synthetic>')),
  () => JSON.stringify({ ...assistant(), message: { ...assistant().message, usage: { input_tokens: -5 } } }),
  // A usage line with its type far from its end, where only JSON.parse finds it.
  () => JSON.stringify({ ...assistant(), trailer: 't'.repeat(600) }),
  () => '   ' + JSON.stringify(assistant()) + '\t ',
  () => JSON.stringify(assistant()).slice(0, -1) + ',}',
  () => JSON.stringify(assistant()) + ' {}',
  () => '',
  () => '  \t',
  () => 'not json',
  () => '{',
  () => '{\n  "type": "assistant",\n  "sessionId": "0b34334a-6d6d-41f0-b0d3-f33c7f233717"\n}',
  () => '[1,2]',
];

function randomTranscript(lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i += 1) out.push(pick(KINDS)());
  const crlf = random(4) === 0;
  const text = out.join(crlf ? '\r\n' : '\n');
  return (random(6) === 0 ? '\ufeff' : '') + text + (random(3) === 0 ? '' : crlf ? '\r\n' : '\n');
}

const OPTIONS = { displayName: 'runs.jsonl', maxJsonBytes: 0 };

/** Reading every line whole with JSON.parse: the reference. */
const whole = (path: string, read: TranscriptReadOptions = {}) =>
  parseTranscriptPart(path, OPTIONS, { ...read, plainJson: true });

describe('reading runs of lines in the scanner', () => {
  it('gives what reading every line with JSON.parse gives, on random transcripts cut at random', () => {
    const path = join(dir, 'runs.jsonl');
    for (let round = 0; round < 60; round += 1) {
      const bytes = Buffer.from(randomTranscript(1 + random(120)), 'utf8');
      writeFileSync(path, bytes);
      const expected = whole(path);
      expect(parseTranscriptPart(path, OPTIONS), `round ${round}`).toEqual(expected);
      const largest = pick([17, 200, 5000, 70_000, 1 << 20]);
      const chunks = randomChunks(bytes, largest, random);
      expect(parseTranscriptPart(path, OPTIONS, { chunks }), `round ${round}, chunks ${largest}`).toEqual(expected);
    }
  });

  it('gives the same in a subagents folder, where prompts are not turns', () => {
    mkdirSync(join(dir, 'sess', 'subagents'), { recursive: true });
    const path = join(dir, 'sess', 'subagents', 'agent-1.jsonl');
    for (let round = 0; round < 20; round += 1) {
      writeFileSync(path, randomTranscript(1 + random(80)));
      expect(parseTranscriptPart(path, OPTIONS), `round ${round}`).toEqual(whole(path));
    }
  });

  it('resumes from any line the same way', () => {
    const path = join(dir, 'resume.jsonl');
    const bytes = Buffer.from(randomTranscript(200), 'utf8');
    writeFileSync(path, bytes);
    const full = parseTranscriptPart(path, OPTIONS);
    expect(full).toEqual(whole(path));
    // Resuming where the full read said gives nothing new; resuming at any earlier line start
    // gives what JSON.parse gives from there.
    expect(
      parseTranscriptPart(path, OPTIONS, { startOffset: full.resume.offset, startLine: full.resume.line }).result
        .requests,
    ).toEqual([]);
    for (let line = 0, offset = 0; offset < bytes.length && line < 200; line += 1) {
      if (line % 7 === 0 && bytes[offset] !== 0xef) {
        const from = { startOffset: offset, startLine: line };
        expect(parseTranscriptPart(path, OPTIONS, from), `from line ${line}`).toEqual(whole(path, from));
      }
      const next = bytes.indexOf(0x0a, offset);
      if (next === -1) break;
      offset = next + 1;
    }
  });

  it('gives what JSON.parse gives on the real transcripts and every fixture', () => {
    for (const file of [...jsonlFiles(REAL_PROJECTS), ...jsonlFiles(FIXTURES)]) {
      const expected = whole(file);
      expect(parseTranscriptPart(file, OPTIONS), file).toEqual(expected);
      const chunks = randomChunks(readFileSync(file), 3000, random);
      expect(parseTranscriptPart(file, OPTIONS, { chunks }), file).toEqual(expected);
    }
  });

  it('passes over tool results and snapshots, reads usage lines, and stops at everything else', () => {
    const scanner = lineScanner();
    expect(scanner).not.toBeNull();
    if (scanner === null) return;
    const lines = [
      JSON.stringify(toolResult()),
      JSON.stringify({ ...envelope(), type: 'file-history-snapshot', snapshot: {} }),
      '',
      JSON.stringify(assistant()),
      JSON.stringify(toolResult()) + '\r',
      JSON.stringify(user('a prompt')),
      JSON.stringify(assistant('<synthetic>')),
      JSON.stringify({ ...envelope(), type: 'system', subtype: 'compact_boundary' }),
      // A read member given twice: the scanner tries it and leaves it.
      JSON.stringify(assistant()).replace('"model":', '"model":"claude-haiku-4-5","model":'),
      'half a line',
    ];
    const chunk = Buffer.from(lines.join('\n'), 'utf8');
    const starts = lines.map((_, i) => lines.slice(0, i).reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0));
    scanner.load(chunk, 0);
    const seen: Array<[Found, number, number]> = [];
    for (let at = 0; ;) {
      const found = scanner.next(at);
      seen.push([found, scanner.passed, starts.indexOf(scanner.start)]);
      if (found === Found.end) break;
      if (found === Found.scanned) scanner.scannedLine();
      at = scanner.after;
    }
    expect(seen).toEqual([
      [Found.scanned, 3, 3],
      [Found.prompt, 1, 5],
      [Found.scanned, 0, 6], // the scanner reads it; the reader then leaves it to JSON.parse
      [Found.show, 0, 7],
      [Found.showScanned, 0, 8],
      [Found.end, 0, 9],
    ]);
  });
});

interface WebAssemblyApi {
  Memory: new (descriptor: { initial: number; maximum: number; shared: boolean }) => object;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, { value: number } | undefined> };
}

describe('the scanner and the reader', () => {
  it('share their limits', () => {
    // The Node types leave WebAssembly's constructors out; line-scan.ts reaches them the same way.
    const wasm = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;
    const memory = new wasm.Memory({ initial: 2, maximum: 16384, shared: true });
    const module = new wasm.Module(Buffer.from(LINE_SCAN_WASM, 'base64'));
    const { exports } = new wasm.Instance(module, { env: { memory } });
    expect(exports.SMALL_LINE_BYTES?.value).toBe(SMALL_LINE_BYTES);
    expect(exports.MAX_SCAN_BYTES?.value).toBe(MAX_SCAN_BYTES);
    expect(exports.ASSISTANT_TAIL_BYTES?.value).toBe(ASSISTANT_TAIL_BYTES);
  });

  it('pass over the same line types', () => {
    const scanner = lineScanner();
    expect(scanner).not.toBeNull();
    if (scanner === null) return;
    // user and system lines count something when they are prompts or compactions (tested above).
    const passed = [...NON_REQUEST_TYPES].filter((type) => type !== 'user' && type !== 'system');
    expect(passed.length).toBeGreaterThan(4);
    for (const type of passed) {
      const chunk = Buffer.from(`${JSON.stringify({ ...envelope(), type, data: { message: assistant() } })}\n`);
      scanner.load(chunk, 0);
      expect([scanner.next(0), scanner.passed], type).toEqual([Found.end, 1]);
    }
  });
});

describe('linesOf with a taker', () => {
  /** Takes every line that starts with `t`, as long as it has not met one that does not. */
  class TakeT implements LineTaker {
    takenEnd = 0;
    taken: number[] = [];
    take(chunk: Buffer, _chunkNo: number, start: number, line: number, offset: number): number {
      let at = start;
      let count = 0;
      for (;;) {
        const newline = chunk.indexOf(0x0a, at);
        if (newline === -1 || chunk[at] !== 0x74) break;
        count += 1;
        this.taken.push(line + count, offset + newline + 1 - start);
        at = newline + 1;
      }
      this.takenEnd = at;
      return count;
    }
  }

  it('hands out every line the taker leaves, numbered and placed as without it', () => {
    for (let round = 0; round < 200; round += 1) {
      const lines = Array.from({ length: random(40) }, () => pick(['t', 'x', '']) + 'y'.repeat(random(30)));
      const bytes = Buffer.from(lines.join(pick(['\n', '\r\n'])) + pick(['', '\n']), 'utf8');
      const copy = (all: Iterable<Line>) =>
        Array.from(all, (l) => ({ ...l, bytes: Buffer.from(l.bytes).toString('latin1') }));
      const plain = copy(linesOf(randomChunks(bytes, 50, random)));
      const taker = new TakeT();
      const left = copy(linesOf(randomChunks(bytes, 50, random), { taker }));
      // What was taken and what was left make up every line, each once, at its own place.
      const taken = new Map<number, number>();
      for (let i = 0; i < taker.taken.length; i += 2) taken.set(taker.taken[i] as number, taker.taken[i + 1] as number);
      expect([...taken.keys(), ...left.map((l) => l.line)].sort((a, b) => a - b)).toEqual(plain.map((l) => l.line));
      for (const line of plain) {
        if (taken.has(line.line)) expect(taken.get(line.line), `line ${line.line}`).toBe(line.end);
        else expect(left.find((l) => l.line === line.line)).toEqual(line);
      }
    }
  });
});

describe('the read-ahead ring in the scanner memory', () => {
  it('is scanned where the reader put it, and a chunk from elsewhere is copied in', () => {
    const scanner = lineScanner();
    const ring = scannerRing(1 << 16);
    expect(scanner).not.toBeNull();
    expect(ring).toBeDefined();
    if (scanner === null || ring === undefined) return;
    try {
      // A second ring while this one is held comes from elsewhere.
      expect(scannerRing(1 << 16)).toBeUndefined();
      const usage = JSON.stringify(assistant()) + '\n';
      const prompt = JSON.stringify(user('a prompt')) + '\n';
      const size = Buffer.byteLength(usage);
      ring.buffer.write(usage, 0);
      const inRing = ring.buffer.subarray(0, size);
      const copy = Buffer.from(inRing);
      scanner.load(copy, 0);
      copy.write(prompt.padEnd(size - 1, ' '), 0);
      expect(scanner.next(0)).toBe(Found.scanned); // the copy taken at load, not the bytes now
      scanner.scannedLine();
      scanner.load(inRing, 0);
      ring.buffer.write(prompt.slice(0, -1).padEnd(size - 1, ' ') + '\n', 0);
      expect(scanner.next(0)).toBe(Found.prompt); // the ring's bytes as they are now: no copy
    } finally {
      ring.release();
    }
    const again = scannerRing(1 << 16);
    expect(again).toBeDefined();
    again?.release();
  });

  it('serves two readers at once: the second gets a ring of its own', () => {
    const path = join(dir, 'two.jsonl');
    const bytes = Buffer.from(randomTranscript(300), 'utf8');
    writeFileSync(path, bytes);
    const plan = [{ path, start: 0, size: bytes.length }];
    const first = new ReadAhead(plan, { slots: 3, chunkSize: 4096 });
    const second = new ReadAhead(plan, { slots: 4, chunkSize: 1000 });
    try {
      const a = first.chunks(0);
      const b = second.chunks(0);
      const got: [Buffer[], Buffer[]] = [[], []];
      // In turn, so each ring is filled while the other's chunks are being read.
      for (let done = 0; done < 2;) {
        done = 0;
        for (const [i, chunks] of [a, b].entries()) {
          const next = chunks.next();
          if (next.done === true) done += 1;
          else got[i as 0 | 1].push(Buffer.from(next.value));
        }
      }
      expect(Buffer.concat(got[0]).equals(bytes)).toBe(true);
      expect(Buffer.concat(got[1]).equals(bytes)).toBe(true);
    } finally {
      first.stop();
      second.stop();
    }
    const again = new ReadAhead(plan, { slots: 2, chunkSize: 2048 });
    try {
      expect(parseTranscriptPart(path, OPTIONS, { chunks: again.chunks(0) })).toEqual(whole(path));
    } finally {
      again.stop();
    }
  });
});
