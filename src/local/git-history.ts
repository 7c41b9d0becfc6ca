import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';

/**
 * Which pull request brought each committed session record to the default branch, read from git
 * history in three git calls whatever the number of records:
 *
 * 1. `git log --diff-filter=A` over the records directory: the commit that added each file;
 * 2. `git rev-list --parents`: the commit graph, to find the first-parent ("mainline") commit
 *    through which each commit landed (itself for a squash merge, the merge commit for a branch
 *    merged with `--no-ff`);
 * 3. `git log --no-walk --stdin` on just those landing commits: their messages, which name the
 *    PR (`feat: x (#12)` for squash merges, `Merge pull request #13 from org/branch` for merges).
 *
 * Commit messages are data like any record: they only ever yield a number and a title string.
 */

export type LandedVia = 'squash' | 'merge' | 'direct';

export interface RecordAttribution {
  /** The PR number, or null when the landing commit names none (a direct push, a rebase merge). */
  pr: number | null;
  /** The PR title as the landing commit gives it (squash subject without ` (#N)`, or the merge body). */
  title: string | null;
  via: LandedVia;
  /** The commit that added the record file, and the mainline commit it landed through. */
  addedIn: string;
  landedIn: string;
  /** Committer date of the landing commit (ISO 8601). */
  landedAt: string | null;
  /** The branch a merge commit names (`org/branch` → `branch`), else null. */
  branch: string | null;
}

export interface RecordAttributions {
  /** The commit whose history was read, or null when there was none to read. */
  head: string | null;
  /** Keyed by the record's path relative to the records directory, `/`-separated. */
  byFile: Map<string, RecordAttribution>;
  /** Why nothing could be attributed, when that happened (not a git repository, ...). */
  notes: string[];
}

const SQUASH_SUBJECT = /^(.*?)\s*\(#(\d{1,9})\)\s*$/;
const MERGE_SUBJECT = /^Merge pull request #(\d{1,9}) from (\S+)/;
const COMMIT = '\u0001';
const MAX_OUTPUT = 1 << 30;

/**
 * Attribute every record file ever added under `recordsDir` in the history of `ref` (default
 * HEAD: in the Action, the checked-out default branch). Files the history does not add (not yet
 * committed) are simply absent from the map.
 */
export async function attributeRecords(repoDir: string, recordsDir: string, ref = 'HEAD'): Promise<RecordAttributions> {
  const none = (note: string): RecordAttributions => ({ head: null, byFile: new Map(), notes: [note] });
  const top = await git(repoDir, ['rev-parse', '--show-toplevel']).catch(() => undefined);
  if (top === undefined) return none('The records are not in a git repository, so sessions are not attributed to PRs.');
  const root = realpathSync.native(top.trim());
  const dir = realpathSync.native(recordsDir);
  const rel = relative(root, dir);
  if (rel.startsWith('..')) return none('The records directory is outside the git repository, so sessions are not attributed to PRs.');
  const head = (await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(() => '')).trim();
  if (head === '') return none(`${ref} names no commit, so sessions are not attributed to PRs.`);

  const prefix = rel === '' ? '' : `${rel.split(sep).join('/')}/`;
  const added = parseAdditions(
    await git(root, ['log', '-z', `--format=${COMMIT}%H`, '--name-only', '--diff-filter=A', '--no-renames', head, '--', prefix || '.']),
  );
  const landing = landingCommits(await git(root, ['rev-list', '--parents', head]), head);

  const landedIn = new Set<string>();
  for (const commit of added.values()) landedIn.add(landing.get(commit) ?? commit);
  const messages = parseMessages(
    landedIn.size === 0
      ? ''
      : await git(root, ['log', '--no-walk', '-z', '--format=%H%x1f%P%x1f%cI%x1f%B', '--stdin'], [...landedIn].join('\n')),
  );

  const byFile = new Map<string, RecordAttribution>();
  for (const [path, addedIn] of added) {
    if (!path.startsWith(prefix)) continue;
    const landed = landing.get(addedIn) ?? addedIn;
    byFile.set(path.slice(prefix.length), { addedIn, landedIn: landed, ...describeLanding(messages.get(landed)) });
  }
  return { head, byFile, notes: [] };
}

/** path → the newest commit that added it (a file deleted and added again belongs to its last addition). */
function parseAdditions(out: string): Map<string, string> {
  const added = new Map<string, string>();
  let commit = '';
  for (const token of out.split('\0')) {
    if (token.startsWith(COMMIT)) commit = token.slice(1).trim();
    else {
      const path = token.replace(/^\n/, '');
      if (path !== '' && commit !== '' && !added.has(path)) added.set(path, commit);
    }
  }
  return added;
}

/**
 * commit → the first-parent commit of `head` it landed through. Walking the mainline from its
 * oldest commit, each mainline commit claims every ancestor not yet claimed: for a merge commit
 * those are exactly the commits its branch brought in. Linear in the size of the history.
 */
function landingCommits(revList: string, head: string): Map<string, string> {
  const parents = new Map<string, string[]>();
  for (const line of revList.split('\n')) {
    const [commit, ...rest] = line.trim().split(' ');
    if (commit) parents.set(commit, rest);
  }
  const mainline: string[] = [];
  for (let c: string | undefined = head; c !== undefined && parents.has(c); c = parents.get(c)?.[0]) mainline.push(c);
  const landing = new Map<string, string>();
  for (const main of mainline.reverse()) {
    const stack = [main];
    while (stack.length > 0) {
      const c = stack.pop() as string;
      if (landing.has(c)) continue;
      landing.set(c, main);
      for (const p of parents.get(c) ?? []) if (!landing.has(p)) stack.push(p);
    }
  }
  return landing;
}

interface CommitMessage {
  parents: number;
  date: string;
  message: string;
}

function parseMessages(out: string): Map<string, CommitMessage> {
  const messages = new Map<string, CommitMessage>();
  for (const entry of out.split('\0')) {
    const [commit, parents, date, ...message] = entry.replace(/^\n/, '').split('\u001f');
    if (!commit || parents === undefined) continue;
    messages.set(commit, {
      parents: parents.trim() === '' ? 0 : parents.trim().split(' ').length,
      date: date ?? '',
      message: message.join('\u001f'),
    });
  }
  return messages;
}

function describeLanding(commit: CommitMessage | undefined): Omit<RecordAttribution, 'addedIn' | 'landedIn'> {
  const empty = { pr: null, title: null, landedAt: commit?.date || null, branch: null };
  if (commit === undefined) return { ...empty, via: 'direct' };
  const [subject = '', ...body] = commit.message.split('\n');
  if (commit.parents > 1) {
    const merge = MERGE_SUBJECT.exec(subject);
    if (merge === null) return { ...empty, via: 'merge' };
    const title = body.map((l) => l.trim()).find((l) => l !== '') ?? null;
    const from = merge[2] ?? '';
    return { ...empty, via: 'merge', pr: Number(merge[1]), title, branch: from.slice(from.indexOf('/') + 1) || null };
  }
  const squash = SQUASH_SUBJECT.exec(subject);
  if (squash === null) return { ...empty, via: 'direct' };
  return { ...empty, via: 'squash', pr: Number(squash[2]), title: squash[1]?.trim() || null };
}

function git(cwd: string, args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['-c', 'core.quotePath=off', '--literal-pathspecs', ...args],
      { cwd, encoding: 'utf8', maxBuffer: MAX_OUTPUT },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** `owner/name` of the `origin` remote when it is on GitHub, for the NDJSON rows; else null. */
export async function originRepository(repoDir: string): Promise<string | null> {
  const url = (await git(repoDir, ['remote', 'get-url', 'origin']).catch(() => '')).trim();
  const m = /github\.com[:/]([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url);
  return m?.[1] ?? null;
}
