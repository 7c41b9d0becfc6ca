import type * as z from 'zod';

const MAX_REASON = 200;
const PLAIN_KEY = /^[A-Za-z0-9_-]{1,40}$/;

/**
 * One zod issue as "key.path: problem", safe to show for hostile input. zod's English messages
 * name expected types and allowed values, never the received value, with one exception: an
 * unrecognized key's name is data, so it is shown only when it is short and plain.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length === 0 ? '(root)' : issue.path.map((k) => String(k)).join('.');
  let problem: string;
  if (issue.code === 'unrecognized_keys') {
    const named = issue.keys.filter((k) => PLAIN_KEY.test(k));
    problem =
      named.length === issue.keys.length
        ? `unrecognized key${named.length > 1 ? 's' : ''} ${named.map((k) => `"${k}"`).join(', ')}`
        : `${issue.keys.length} unrecognized key${issue.keys.length > 1 ? 's' : ''}`;
  } else {
    problem = issue.message;
  }
  return clip(`${path}: ${problem}`);
}

/** The first issue of a failed parse, described as above. */
export function describeFirstIssue(error: z.ZodError): string {
  const first = error.issues[0];
  return first === undefined ? 'invalid' : describeIssue(first);
}

/** Reasons end up in `source.skipped[].reason`, which the schema caps at 200 characters. */
export function clip(reason: string, max = MAX_REASON): string {
  return reason.length <= max ? reason : `${reason.slice(0, max - 1)}…`;
}
