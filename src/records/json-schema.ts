import * as z from 'zod';
import { SESSION_SCHEMA, SessionRecordSchema } from './schema.js';

/** A URN rather than a URL: the schema ships in the package; no address is promised to resolve. */
export const SESSION_JSON_SCHEMA_ID = 'urn:claude-cost:schema:session@1';

/**
 * The JSON Schema of a session record, generated from the zod schema so the two cannot disagree.
 * Shipped as `schema/session.schema.json` for editors; `scripts/gen-schema.mjs` writes it and a
 * test fails when the committed copy is stale.
 */
export function sessionJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(SessionRecordSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    $schema,
    $id: SESSION_JSON_SCHEMA_ID,
    title: `claude-cost session record (${SESSION_SCHEMA})`,
    description:
      'Token counts of one Claude Code session on one branch, committed under .claude-cost/sessions/. ' +
      'Numbers and identifiers only: no prompts, file contents or tool input.',
    ...rest,
  };
}

/** The exact bytes of `schema/session.schema.json`. */
export function renderSessionJsonSchema(): string {
  return `${JSON.stringify(sessionJsonSchema(), null, 2)}\n`;
}
