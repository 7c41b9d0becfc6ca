import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkAssistantLine,
  checkEnvelope,
  isAssistantLine,
  isEnvelope,
  isIdentifier,
} from '../../../src/ingest/transcript/check.js';
import { toRequest } from '../../../src/ingest/transcript/request.js';
import {
  AssistantLineSchema,
  EnvelopeSchema,
  firstReason,
  identifier,
  type AssistantLine,
} from '../../../src/ingest/transcript/schema.js';
import { ASSISTANT_LINE_PATHS, FIXTURES, jsonlFiles, REAL_PROJECTS } from './helpers.js';

/** Values that sit on or just past every bound and type rule the schemas have. */
const PROBES: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'a'.repeat(32),
  'a'.repeat(33),
  'a'.repeat(64),
  'a'.repeat(65),
  'a'.repeat(200),
  'a'.repeat(201),
  'a'.repeat(255),
  'a'.repeat(256),
  'a'.repeat(4096),
  'a'.repeat(4097),
  'é'.repeat(64),
  'has space',
  'claude-sonnet-4-5-20250929',
  'us',
  '2025-10-05T06:00:02.000Z',
  '2025-10-05T06:00:02Z',
  '2025-10-05T08:00:02.5+02:00',
  '2024-02-29T00:00:00Z',
  '2025-02-29T00:00:00Z',
  '2025-10-05T24:00:00Z',
  '2025-10-05 06:00:02Z',
  '2025-10-05T06:00:02',
  0,
  -0,
  1,
  -1,
  1.5,
  2 ** 53 - 1,
  2 ** 53,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.NaN,
  true,
  false,
  [],
  {},
  { ephemeral_5m_input_tokens: 1 },
  { ephemeral_1h_input_tokens: -1 },
  { web_search_requests: 2 },
  { web_search_requests: 0.5 },
];

const VALID = {
  type: 'assistant',
  sessionId: 'sess-check',
  timestamp: '2025-10-05T06:00:02.000Z',
  gitBranch: 'main',
  cwd: '/home/dev/project',
  version: '2.0.14',
  isSidechain: false,
  requestId: 'req_1',
  costUSD: 0.25,
  message: {
    id: 'msg_1',
    model: 'claude-sonnet-4-5-20250929',
    content: [{ type: 'text', text: 'ignored' }],
    usage: {
      input_tokens: 1,
      output_tokens: 2,
      cache_creation_input_tokens: 3,
      cache_read_input_tokens: 4,
      cache_creation: { ephemeral_5m_input_tokens: 1, ephemeral_1h_input_tokens: 2 },
      server_tool_use: { web_search_requests: 1 },
      speed: 'fast',
      inference_geo: 'us',
      service_tier: 'standard',
    },
  },
};

function withValue(path: readonly string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(VALID) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path[path.length - 1] as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

const ctx = { sessionId: 'sess-check', inSubagentsDir: false, file: 'f.jsonl', line: 1 };

/** Every probe in every field, plus every line of every fixture that parses as an object. */
function cases(): Record<string, unknown>[] {
  const mutated = ASSISTANT_LINE_PATHS.flatMap((path) => PROBES.map((probe) => withValue(path, probe)));
  const fromFiles = [...jsonlFiles(FIXTURES), ...jsonlFiles(REAL_PROJECTS)].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line) => {
        try {
          const value: unknown = JSON.parse(line);
          return typeof value === 'object' && value !== null && !Array.isArray(value)
            ? [value as Record<string, unknown>]
            : [];
        } catch {
          return [];
        }
      }),
  );
  return [VALID, ...mutated, ...fromFiles];
}

describe('the hand-written line checks', () => {
  it('never accept what the zod schemas reject', () => {
    let accepted = 0;
    for (const value of cases()) {
      if (isAssistantLine(value)) {
        accepted += 1;
        expect(AssistantLineSchema.safeParse(value).success).toBe(true);
      }
      if (isEnvelope(value)) expect(EnvelopeSchema.safeParse(value).success).toBe(true);
    }
    expect(accepted).toBeGreaterThan(100);
  });

  it('give the same verdict, reason and request as zod alone', () => {
    for (const value of cases()) {
      const zod = AssistantLineSchema.safeParse(value, { reportInput: true });
      const checked = checkAssistantLine(value);
      if (!zod.success) {
        expect(checked).toEqual({ ok: false, reason: firstReason(zod.error) });
        continue;
      }
      expect(checked.ok).toBe(true);
      if (!checked.ok) continue;
      const data: AssistantLine = checked.data;
      expect(toRequest(data, 'global', ctx)).toEqual(toRequest(zod.data, 'global', ctx));

      const envelope = EnvelopeSchema.safeParse(value, { reportInput: true });
      const checkedEnvelope = checkEnvelope(value);
      expect(checkedEnvelope.ok).toBe(envelope.success);
    }
  });

  it('give the same envelope verdicts and reasons as zod', () => {
    for (const value of cases()) {
      const zod = EnvelopeSchema.safeParse(value, { reportInput: true });
      const checked = checkEnvelope(value);
      if (zod.success) expect(checked.ok).toBe(true);
      else expect(checked).toEqual({ ok: false, reason: firstReason(zod.error) });
    }
  });

  it('judge identifiers as the record schema does, also when asked again', () => {
    const values = PROBES.filter((p): p is string => typeof p === 'string');
    for (let round = 0; round < 3; round += 1) {
      for (const value of [...values, ...values.slice().reverse()]) {
        expect(isIdentifier(value), JSON.stringify(value)).toBe(identifier.safeParse(value).success);
      }
    }
  });
});
