import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderConfigJsonSchema } from '../../src/policy/config-schema.js';

describe('schema/config.schema.json', () => {
  it('is the committed output of the zod schema', () => {
    expect(readFileSync('schema/config.schema.json', 'utf8')).toBe(renderConfigJsonSchema());
  });

  it('is what scripts/gen-schema.mjs generates', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/gen-schema.mjs', '--check']);
    expect(stdout).toBe('');
  });

  it('describes the file as written: strict objects, nothing required', () => {
    const schema = JSON.parse(renderConfigJsonSchema()) as {
      additionalProperties: boolean;
      required?: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required ?? []).toEqual([]);
    expect(Object.keys(schema.properties)).toEqual([
      'version',
      'tasks',
      'budgets',
      'scope',
      'baseline',
      'cache',
      'currency',
      'period',
      'developer',
      'pricing',
    ]);
  });
});
