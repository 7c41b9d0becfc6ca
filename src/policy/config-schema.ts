import * as z from 'zod';
import { configSchemas } from './config.js';

/**
 * The JSON Schema of `.github/claude-cost.yml`, for editors (yaml-language-server) and reviewers.
 * Generated from the zod schema so the two cannot drift; `scripts/gen-schema.mjs` writes it
 * to schema/config.schema.json. It describes the file as written (`io: 'input'`): every key is
 * optional there. Cross-key rules (a budget's kind must be a configured kind) are checked by
 * `parseConfig` only, since JSON Schema cannot say them.
 */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchemas().ConfigSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'throw',
  });
  return {
    $schema: schema.$schema,
    title: 'claude-cost configuration (.github/claude-cost.yml)',
    ...schema,
  };
}

/** The file's exact text, as scripts/gen-schema.mjs writes it. */
export function renderConfigJsonSchema(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
