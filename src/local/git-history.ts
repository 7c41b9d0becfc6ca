import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, sep } from 'node:path';

/**
 * Which pull request brought each committed session record to the default branch, from git
 * history. Walking the first-parent ("mainline") history of the ref and diffing each mainline
 * commit against its first parent lists, per commit, the files it brought to the branch: the
 * records of a squash merge are added by the squash commit itself, those of a branch merged with
 * a merge commit by that merge commit (its diff against main carries the branch's files). The
 * commit's message then names the PR: `feat: x (#12)` for a squash merge, `Merge pull request
 * #13 from org/branch` for a merge commit.
 *
 * One `git log` pass gives commits, messages and added paths together. Diffing a directory of
 * 20,000 records costs git about 0.3 ms per commit, so long histories are split into slices read
 * by parallel git processes. No pathspec: with one, git also simplifies history, which tripled
 * the time; paths are filtered here instead. Commit messages are data like any record: they
 * only ever yield a number and a title string.
 */

export type LandedVia = 'squash' | 'merge' | 'direct';

export interface RecordAttribution {
  /** The PR number, or null when the landing commit names none (a direct push, a rebase merge). */
  pr: number | null;
  /** The PR title as the landing commit gives it (squash subject without ` (#N)`, or the merge body). */
  title: string | null;
  via: LandedVia;
  /** The mainline commit that brought the record file to the branch. */
  landedIn: string;
  /** Committer date of that commit, in UTC. */
  landedAt: string | null;
  /** The branch a merge commit names (`org/fix/x` → `fix/x`), else null. */
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
const FIELD = '\u001f';
const MAX_OUTPUT = 1 << 30;
/** Below this many mainline commits one git process is quicker than several. */
const SLICE_MIN_COMMITS = 1_000;
const MAX_SLICES = 4;

export interface AttributeOptions {
  /** The commit whose mainline is read (default HEAD: in the Action, the checked-out default branch). */
  ref?: string | undefined;
  /**
   * Read only mainline commits made at or after this instant. A record lands after its session
   * started, so a report that needs sessions from a date on needs no older commits; on a long
   * history that is most of the work saved.
   */
  since?: Date | undefined;
}

/** The mainline of a ref as far back as a report needs, and where the records sit in the tree. */
export interface RecordHistory {
  root: string;
  head: string;
  /** The records directory relative to the repository's top, `/`-terminated ('' at the top). */
  prefix: string;
  /** Mainline commits at or after `since`, newest first. */
  commits: string[];
  /** The newest mainline commit before `since`, when there is one: everything older was there by then. */
  stop: string | undefined;
}

/** Find the repository, the ref and its mainline; a note instead when there is nothing to read. */
export async function openRecordHistory(
  repoDir: string,
  recordsDir: string,
  options: AttributeOptions = {},
): Promise<RecordHistory | { note: string }> {
  const ref = options.ref ?? 'HEAD';
  const top = await git(repoDir, ['rev-parse', '--show-toplevel']).catch(() => undefined);
  if (top === undefined)
    return { note: 'The records are not in a git repository, so sessions are not attributed to PRs.' };
  const root = realpathSync.native(top.trim());
  let rel: string;
  try {
    rel = relative(root, realpathSync.native(recordsDir));
  } catch {
    return { note: 'The records directory cannot be read, so sessions are not attributed to PRs.' };
  }
  if (rel.startsWith('..')) {
    return { note: 'The records directory is outside the git repository, so sessions are not attributed to PRs.' };
  }
  const head = (await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(() => '')).trim();
  if (head === '') return { note: `${ref} names no commit, so sessions are not attributed to PRs.` };
  const prefix = rel === '' ? '' : `${rel.split(sep).join('/')}/`;
  return { root, head, prefix, ...(await mainlineSince(root, head, options.since)) };
}

/**
 * Attribute every record file added under `recordsDir` in the mainline history of the ref. Files
 * the history does not add (not committed yet, or older than `since`) are absent from the map.
 */
export async function attributeRecords(
  repoDir: string,
  recordsDir: string,
  options: AttributeOptions = {},
): Promise<RecordAttributions> {
  const history = await openRecordHistory(repoDir, recordsDir, options);
  if ('note' in history) return { head: null, byFile: new Map(), notes: [history.note] };
  return { head: history.head, byFile: await attributeHistory(history), notes: [] };
}

/** record path (relative to the records directory) → the mainline commit that added it, and its PR. */
export async function attributeHistory(history: RecordHistory): Promise<Map<string, RecordAttribution>> {
  const { root, prefix } = history;
  const outputs = await Promise.all(
    slices(history.commits, history.stop).map(([from, until]) =>
      git(root, [
        'log',
        '--first-parent',
        '--diff-merges=first-parent',
        '--no-renames',
        '--diff-filter=A',
        '--name-only',
        '-z',
        `--format=${COMMIT}%H${FIELD}%P${FIELD}%cI${FIELD}%B`,
        from,
        ...(until === undefined ? [] : [`^${until}`]),
      ]),
    ),
  );
  const byFile = new Map<string, RecordAttribution>();
  // Newest first: a file deleted and added again belongs to its last addition.
  for (const out of outputs) {
    let landing: RecordAttribution | undefined;
    for (const token of out.split('\0')) {
      if (token.startsWith(COMMIT)) landing = describeCommit(token.slice(1));
      else if (landing !== undefined) {
        const path = token.replace(/^\n/, '');
        if (path.startsWith(prefix) && path.length > prefix.length && !byFile.has(path.slice(prefix.length))) {
          byFile.set(path.slice(prefix.length), landing);
        }
      }
    }
  }
  return byFile;
}

/**
 * The record files already on the mainline before `since` (in the tree of `stop`), relative to
 * the records directory: one tree listing, however long the history.
 */
export async function recordsBeforeSince(history: RecordHistory): Promise<Set<string>> {
  if (history.stop === undefined) return new Set();
  const out = await git(history.root, [
    'ls-tree',
    '-r',
    '-z',
    '--name-only',
    history.stop,
    '--',
    history.prefix || '.',
  ]);
  const names = new Set<string>();
  for (const path of out.split('\0')) {
    if (path.startsWith(history.prefix) && path.length > history.prefix.length)
      names.add(path.slice(history.prefix.length));
  }
  return names;
}

/**
 * The mainline, newest first, down to the first commit older than `since` (`stop`, excluded), as
 * `git log --since` cuts it: committer dates along the first parents, which a merge queue or a
 * merge button keeps in order.
 */
async function mainlineSince(
  root: string,
  head: string,
  since: Date | undefined,
): Promise<{ commits: string[]; stop: string | undefined }> {
  const commits: string[] = [];
  const limit = since === undefined ? -Infinity : Math.floor(since.getTime() / 1000);
  for (const line of (await git(root, ['log', '--first-parent', '--format=%H %ct', head])).split('\n')) {
    const [commit, time] = line.split(' ');
    if (!commit) continue;
    if (Number(time) < limit) return { commits, stop: commit };
    commits.push(commit);
  }
  return { commits, stop: undefined };
}

/**
 * `[from, until)` ranges of the mainline (newest first) for parallel git processes, the last one
 * ending at `stop`. Newer commits diff bigger directories, so the slices are cut where the
 * cumulative cost, taken to grow linearly with age, is equal: newer slices hold fewer commits.
 */
function slices(mainline: readonly string[], stop: string | undefined): Array<[string, string | undefined]> {
  const n = mainline.length;
  const k = n < SLICE_MIN_COMMITS ? 1 : Math.max(1, Math.min(MAX_SLICES, availableParallelism()));
  const cuts = [0];
  for (let j = 1; j < k; j++) cuts.push(Math.round(n * (1 - Math.sqrt(1 - j / k))));
  return cuts
    .filter((cut, i) => cut < n && (i === 0 || cut > (cuts[i - 1] as number)))
    .map((cut, i, all) => [mainline[cut] as string, mainline[all[i + 1] ?? n] ?? stop]);
}

/** `<hash>␟<parents>␟<date>␟<message>` of one mainline commit → what it says about its PR. */
function describeCommit(header: string): RecordAttribution {
  const [hash = '', parents = '', date = '', ...rest] = header.split(FIELD);
  const at = Date.parse(date);
  const base = { landedIn: hash.trim(), landedAt: Number.isNaN(at) ? null : new Date(at).toISOString() };
  const empty = { ...base, pr: null, title: null, branch: null };
  const [subject = '', ...body] = rest.join(FIELD).split('\n');
  if (parents.trim().split(' ').length > 1) {
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

function git(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'core.quotePath=off', '--literal-pathspecs', ...args],
      { cwd, encoding: 'utf8', maxBuffer: MAX_OUTPUT },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
  });
}

/** `owner/name` of the `origin` remote when it is on GitHub, for the NDJSON rows; else null. */
export async function originRepository(repoDir: string): Promise<string | null> {
  const url = (await git(repoDir, ['remote', 'get-url', 'origin']).catch(() => '')).trim();
  const m = /github\.com[:/]([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url);
  return m?.[1] ?? null;
}
