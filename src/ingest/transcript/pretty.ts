/**
 * Gathers a pretty-printed object (someone ran a transcript through `jq .` or an editor's
 * formatter) from its lone `{` line until its braces balance. Braces inside strings do not count.
 */

export const PRETTY_MAX_LINES = 10_000;
export const PRETTY_MAX_BYTES = 8 * 1024 * 1024;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

export type PrettyState = 'open' | 'closed' | 'too-big';

export class PrettyObject {
  private readonly parts: Buffer[] = [];
  private size = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(readonly startLine: number) {}

  /** Adds the next physical line (copied: the reader reuses its buffer). */
  add(bytes: Buffer): PrettyState {
    this.parts.push(Buffer.from(bytes));
    this.size += bytes.length + 1;
    if (this.parts.length > PRETTY_MAX_LINES || this.size > PRETTY_MAX_BYTES) return 'too-big';
    for (const byte of bytes) {
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (byte === BACKSLASH) this.escaped = true;
        else if (byte === QUOTE) this.inString = false;
      } else if (byte === QUOTE) {
        this.inString = true;
      } else if (byte === OPEN_BRACE) {
        this.depth += 1;
      } else if (byte === CLOSE_BRACE) {
        this.depth -= 1;
        if (this.depth === 0) return 'closed';
      }
    }
    // A raw newline cannot be inside a valid JSON string, so a string never continues.
    this.inString = false;
    this.escaped = false;
    return 'open';
  }

  text(): string {
    return this.parts.map((part) => part.toString('utf8')).join('\n');
  }
}
