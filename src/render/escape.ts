/**
 * The one place where text from records, transcripts and PRs is made safe for a GitHub comment.
 * Everything that came from data goes through `md()`; nothing else in the codebase escapes.
 *
 * What it prevents: HTML (tags, comments, entities), links and images, autolinked URLs and
 * e-mail addresses, @mentions and #references, table breaks (`|`, newlines), code spans, and
 * anything that looks like our own hidden marker.
 */

const ZERO_WIDTH_SPACE = '\u200b';
const MAX_LENGTH = 120;

const MARKDOWN_PUNCTUATION = /[\\`*_[\]<>#|~]/g;
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function md(value: string, maxLength = MAX_LENGTH): string {
  let text = value
    // Control characters and line breaks would end a table row or start a new block.
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    // Bidi overrides can make text read differently from what it is.
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
  if (text.length > maxLength) text = `${text.slice(0, maxLength - 1)}…`;
  return (
    text
      .replace(/[&<>"]/g, (c) => HTML_ENTITIES[c] ?? c)
      .replace(MARKDOWN_PUNCTUATION, (c) => (c === '<' || c === '>' ? c : `\\${c}`))
      // Mentions, team mentions, e-mail autolinks and issue references need a non-word
      // character before the name; a zero-width space after the sigil breaks every form.
      .replace(/[@#]/g, (c) => `${c}${ZERO_WIDTH_SPACE}`)
      // GFM autolinks bare URLs and www. hosts even without markdown syntax.
      .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZERO_WIDTH_SPACE}.`)
      // A leading list or heading marker would change the block it sits in.
      .replace(/^([-+=])/, '\\$1')
  );
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The HTML counterpart of `md()`, for report.html: text from data placed in element content or in
 * a quoted attribute value. The same clean-up as `md()` (control characters, line breaks, bidi
 * overrides, length), then the five characters that can end text or an attribute. No markdown
 * escaping: the page is not rendered as markdown, and nothing in it is a link.
 */
export function html(value: string, maxLength = MAX_LENGTH): string {
  let text = value
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
  if (text.length > maxLength) text = `${text.slice(0, maxLength - 1)}…`;
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
