import { extname } from 'node:path';
import { sessionIdFromPath, utcDayOf } from '../../records/identifiers.js';
import { readJsonFile } from '../json-file.js';
import { emptyFileResult, type Parser } from '../types.js';
import { parseExportObject } from './session.js';

export { parseExportObject, type ExportContext, type ExportParse } from './session.js';

/**
 * The simple per-message export (`{"messages":[{"input_tokens", "output_tokens",
 * "cached_tokens", "thinking_tokens"}]}`). Messages without a timestamp are dated by the file's
 * modification day, as result objects are.
 */
export const exportParser: Parser = {
  format: 'export',
  detect(path, head) {
    if (extname(path).toLowerCase() !== '.json') return false;
    // An export with no messages is still an export (and reads as no session, not an unknown file).
    return (
      /"messages"\s*:\s*\[\s*\]/.test(head) || (/"messages"\s*:\s*\[/.test(head) && head.includes('"input_tokens"'))
    );
  },
  async parse(path, options) {
    const out = emptyFileResult('export');
    const read = await readJsonFile(path, options);
    if (!read.ok) {
      out.skipped.push(read.skipped);
      return out;
    }
    out.linesRead = read.file.lines;
    const parsed = parseExportObject(read.file.value, {
      fallbackSessionId: sessionIdFromPath(path),
      day: utcDayOf(read.file.mtime),
      linesRead: read.file.lines,
    });
    for (const p of parsed.problems) out.skipped.push({ file: options.displayName, line: p.line, reason: p.reason });
    if (parsed.record !== undefined) out.sessions.push(parsed.record);
    return out;
  },
};
