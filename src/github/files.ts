import * as z from 'zod';
import { type GitHub, httpStatus } from './client.js';

export type FileAtRef =
  | { kind: 'file'; content: Buffer }
  | { kind: 'too-large'; size: number }
  /** A symlink, directory or submodule: never followed. */
  | { kind: 'not-a-file'; type: string }
  | { kind: 'missing' };

const ContentsSchema = z.object({
  type: z.string(),
  size: z.number().int().nonnegative(),
  sha: z.string().regex(/^[0-9a-f]{40}$/),
  content: z.string().optional(),
  encoding: z.string().optional(),
});

/**
 * One file of the repository at `ref`, read through the API (nothing is checked out or run).
 * The contents API inlines files up to 1 MB as base64; between 1 and 100 MB it returns the
 * metadata only (encoding "none"), and the blob API serves the bytes. The size is known before
 * any large download, so a file over `maxBytes` costs one small request.
 */
export async function readFileAtRef(
  gh: GitHub,
  path: string,
  /** A commit, branch or tag; undefined reads the default branch. */
  ref: string | undefined,
  maxBytes: number,
): Promise<FileAtRef> {
  let data: unknown;
  try {
    ({ data } = await gh.octokit.request(`GET /repos/{owner}/{repo}/contents/${encodePath(path)}`, {
      owner: gh.owner,
      repo: gh.repo,
      ...(ref === undefined ? {} : { ref }),
      // The "object" media type answers a directory with an object too, so one shape to check.
      headers: { accept: 'application/vnd.github.object+json' },
    }));
  } catch (error) {
    if (httpStatus(error) === 404) return { kind: 'missing' };
    throw error;
  }
  const meta = ContentsSchema.safeParse(data);
  if (!meta.success) return { kind: 'not-a-file', type: 'unknown' };
  if (meta.data.type !== 'file') return { kind: 'not-a-file', type: meta.data.type };
  if (meta.data.size > maxBytes) return { kind: 'too-large', size: meta.data.size };
  if (meta.data.encoding === 'base64' && meta.data.content !== undefined) {
    return checked(Buffer.from(meta.data.content, 'base64'), maxBytes);
  }
  const { data: blob } = await gh.octokit.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
    owner: gh.owner,
    repo: gh.repo,
    file_sha: meta.data.sha,
  });
  const parsed = z.object({ content: z.string(), encoding: z.literal('base64') }).parse(blob);
  return checked(Buffer.from(parsed.content, 'base64'), maxBytes);
}

/** The metadata said the size; the bytes must agree before anything trusts them. */
function checked(content: Buffer, maxBytes: number): FileAtRef {
  return content.length > maxBytes ? { kind: 'too-large', size: content.length } : { kind: 'file', content };
}

/** Each segment percent-encoded: a path may hold `#`, `?`, `{` or `%`, which mean something in a URL. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
