/**
 * Orders two ISO date-times that were validated on the way in (`isEnvelope`, the schemas): < 0
 * when `a` is the earlier instant, > 0 when it is the later one, 0 when they are the same.
 * Claude Code writes every time as `YYYY-MM-DDTHH:MM:SS.sssZ`, and two such texts sort as their
 * instants do, so they are compared as they are; only other forms (offsets, other precisions)
 * are parsed. The transcript readers compare a time on every line, where parsing cost more than
 * the rest of the bookkeeping.
 */
export function compareTimes(a: string, b: string): number {
  if (isCanonicalUtc(a) && isCanonicalUtc(b)) return a < b ? -1 : a > b ? 1 : 0;
  return Date.parse(a) - Date.parse(b);
}

const T = 0x54;
const Z = 0x5a;
const DOT = 0x2e;

/** `YYYY-MM-DDTHH:MM:SS.sssZ`, for a text already known to be a valid ISO date-time. */
function isCanonicalUtc(text: string): boolean {
  return text.length === 24 && text.charCodeAt(23) === Z && text.charCodeAt(10) === T && text.charCodeAt(19) === DOT;
}
