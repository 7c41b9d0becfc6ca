import type { Parser } from '../types.js';
import { detectTranscript } from './detect.js';
import { parseTranscriptFile } from './parse.js';

export { detectTranscript } from './detect.js';
export {
  parseTranscriptFile,
  parseTranscriptFileSync,
  parseTranscriptPart,
  type ResumePoint,
  type TranscriptPart,
  type TranscriptReadOptions,
  type TranscriptStart,
  type TranscriptTuning,
} from './parse.js';

/** Claude Code session transcripts (`~/.claude/projects/<cwd>/<session>.jsonl`). */
export const transcriptParser: Parser = {
  format: 'transcript',
  detect: detectTranscript,
  parse: (path, options) => parseTranscriptFile(path, options),
};
