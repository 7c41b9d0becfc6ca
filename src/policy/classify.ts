import type { SessionRecord } from '../records/schema.js';
import type { Config } from './config.js';
import type { PrFacts, TaskClassification } from './types.js';

/**
 * The task kind of a PR: the first source that answers, in this order, because each is a more
 * deliberate statement than the next: a kind the developer declared in the session records, a
 * PR label someone chose, the branch prefix, the conventional-commit type of the PR title, and
 * finally the configured default.
 */
export function classifyTask(
  sessions: readonly Pick<SessionRecord, 'task'>[],
  pr: PrFacts,
  config: Config,
): TaskClassification {
  const notes: string[] = [];
  const declared = declaredKind(sessions, config, notes);
  if (declared !== undefined) return { ...declared, notes };
  const label = labelKind(pr.labels, config);
  if (label !== undefined) return { kind: label.kind, source: 'label', evidence: label.label, notes };
  const branch = pr.branch === undefined ? undefined : branchKind(pr.branch, config);
  if (branch !== undefined) return { kind: branch.kind, source: 'branch', evidence: branch.prefix, notes };
  const title = pr.title === undefined ? undefined : titleKind(pr.title, config);
  if (title !== undefined) return { kind: title.kind, source: 'title', evidence: title.type, notes };
  return { kind: config.tasks.default, source: 'default', evidence: null, notes };
}

/**
 * Sessions may disagree: the kind most of them declare wins, ties going to the earliest session
 * (sessions arrive sorted by start time). Kinds the config does not know are noted, not used.
 */
function declaredKind(
  sessions: readonly Pick<SessionRecord, 'task'>[],
  config: Config,
  notes: string[],
): Pick<TaskClassification, 'kind' | 'source' | 'evidence'> | undefined {
  const counts = new Map<string, number>();
  const unknown = new Set<string>();
  for (const session of sessions) {
    const kind = session.task?.kind;
    if (kind === undefined) continue;
    if (config.tasks.kinds.includes(kind)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    else unknown.add(kind);
  }
  for (const kind of unknown)
    notes.push(`A session record declares task kind "${kind}", which the config does not define; it was not used.`);
  let best: [string, number] | undefined;
  for (const entry of counts) if (best === undefined || entry[1] > best[1]) best = entry;
  if (best === undefined) return undefined;
  const declaring = [...counts.values()].reduce((a, b) => a + b, 0);
  const evidence = `${best[1]} of ${sessions.length} session${sessions.length === 1 ? '' : 's'}`;
  if (declaring > best[1])
    notes.push(`Session records declare different task kinds; the most common, ${best[0]}, was used.`);
  return { kind: best[0], source: 'record', evidence };
}

/** GitHub label names are unique case-insensitively; the config's order decides between labels. */
function labelKind(labels: readonly string[], config: Config): { kind: string; label: string } | undefined {
  const present = new Map(labels.map((l) => [l.trim().toLowerCase(), l]));
  for (const [label, kind] of config.tasks.labels) {
    const found = present.get(label.trim().toLowerCase());
    if (found !== undefined) return { kind, label: found };
  }
  return undefined;
}

/** The longest configured prefix wins, so `feature/` and `feat` can both be configured. */
export function branchKind(branch: string, config: Config): { kind: string; prefix: string } | undefined {
  const name = branch.replace(/^refs\/heads\//, '').toLowerCase();
  let best: { kind: string; prefix: string } | undefined;
  for (const [prefix, kind] of config.tasks.branchPrefixes) {
    if (name.startsWith(prefix.toLowerCase()) && (best === undefined || prefix.length > best.prefix.length)) {
      best = { kind, prefix };
    }
  }
  return best;
}

/** `type(scope)!: subject`, per conventionalcommits.org; the type is matched case-insensitively. */
const CONVENTIONAL_TITLE = /^\s*([A-Za-z][A-Za-z0-9-]*)(?:\([^()\r\n]*\))?!?:\s/;

function titleKind(title: string, config: Config): { kind: string; type: string } | undefined {
  const type = CONVENTIONAL_TITLE.exec(title)?.[1]?.toLowerCase();
  if (type === undefined) return undefined;
  for (const [configured, kind] of config.tasks.titleTypes) {
    if (configured.toLowerCase() === type) return { kind, type };
  }
  return undefined;
}
