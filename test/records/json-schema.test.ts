import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSessionJsonSchema, sessionJsonSchema } from '../../src/records/json-schema.js';

const COMMITTED = join(import.meta.dirname, '../../schema/session.schema.json');

describe('schema/session.schema.json', () => {
  it('is what the generator produces now (run node scripts/gen-schema.mjs if not)', async () => {
    expect(await readFile(COMMITTED, 'utf8')).toBe(renderSessionJsonSchema());
  });

  it('is identified, closed to unknown keys, and bounds counts', () => {
    const schema = sessionJsonSchema() as {
      $id: string;
      additionalProperties: boolean;
      required: string[];
      properties: Record<string, { minimum?: number }>;
    };
    expect(schema.$id).toBe('urn:claude-cost:schema:session@1');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toContain('usage');
    expect(schema.properties.turns?.minimum).toBe(0);
  });
});
