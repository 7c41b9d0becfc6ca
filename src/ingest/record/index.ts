import { extname } from 'node:path';
import { describeFirstIssue } from '../../records/issues.js';
import { SESSION_SCHEMA, SessionRecordSchema } from '../../records/schema.js';
import { readJsonFile } from '../json-file.js';
import { emptyFileResult, type Parser } from '../types.js';

/**
 * Committed session records (`claude-cost/session@1`). They arrive in pull requests, so the
 * schema is the whole defence: one failure rejects the file, and the message names the key path
 * and the rule, never the value (it may be a payload meant for the PR comment).
 */
export const recordParser: Parser = {
  format: 'record',
  detect(path, head) {
    return extname(path).toLowerCase() === '.json' && head.includes(`"${SESSION_SCHEMA}"`);
  },
  async parse(path, options) {
    const out = emptyFileResult('record');
    const read = await readJsonFile(path, options);
    if (!read.ok) {
      out.skipped.push(read.skipped);
      return out;
    }
    out.linesRead = read.file.lines;
    const parsed = SessionRecordSchema.safeParse(read.file.value);
    if (parsed.success) out.sessions.push(parsed.data);
    else
      out.skipped.push({
        file: options.displayName,
        line: 0,
        reason: `invalid session record: ${describeFirstIssue(parsed.error)}`,
      });
    return out;
  },
};
