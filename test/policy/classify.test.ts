import { describe, expect, it } from 'vitest';
import { classifyTask } from '../../src/policy/classify.js';
import { defaultConfig } from '../../src/policy/config.js';
import { config } from './fixtures.js';

const none: { task?: { kind?: string } }[] = [{}];

describe('classifyTask: each source', () => {
  it('a kind declared in the records', () => {
    expect(classifyTask([{ task: { kind: 'docs' } }], { labels: [] }, defaultConfig())).toEqual({
      kind: 'docs',
      source: 'record',
      evidence: '1 of 1 session',
      notes: [],
    });
  });

  it('a PR label, case-insensitively, returned as the PR spells it', () => {
    expect(classifyTask(none, { labels: ['needs-review', 'Bug'] }, defaultConfig())).toMatchObject({
      kind: 'bugfix',
      source: 'label',
      evidence: 'Bug',
    });
  });

  it('a branch prefix, the longest one winning', () => {
    expect(classifyTask(none, { labels: [], branch: 'docs/readme' }, defaultConfig())).toMatchObject({
      kind: 'docs',
      source: 'branch',
      evidence: 'docs/',
    });
    const c = config('tasks:\n  branchPrefixes: { "fix": bugfix, "fix-docs/": docs }\n');
    expect(classifyTask(none, { labels: [], branch: 'fix-docs/typo' }, c)).toMatchObject({
      kind: 'docs',
      evidence: 'fix-docs/',
    });
    expect(classifyTask(none, { labels: [], branch: 'refs/heads/fix-42' }, c)).toMatchObject({ kind: 'bugfix' });
  });

  it('a conventional-commit title, with scope and breaking marker', () => {
    for (const title of ['refactor: split the parser', 'refactor(ingest)!: split the parser', 'Refactor(x): y']) {
      expect(classifyTask(none, { labels: [], title }, defaultConfig())).toMatchObject({
        kind: 'refactor',
        source: 'title',
        evidence: 'refactor',
      });
    }
    expect(classifyTask(none, { labels: [], title: 'refactor the parser' }, defaultConfig()).source).toBe('default');
    expect(classifyTask(none, { labels: [], title: 'wip: stuff' }, defaultConfig()).source).toBe('default');
  });

  it('the default when nothing matches', () => {
    expect(classifyTask([], { labels: ['question'], branch: 'alice/thing', title: 'Thing' }, defaultConfig())).toEqual({
      kind: 'feature',
      source: 'default',
      evidence: null,
      notes: [],
    });
    expect(classifyTask([], { labels: [] }, config('tasks: { default: chore }\n')).kind).toBe('chore');
  });
});

describe('classifyTask: precedence record > label > branch > title > default', () => {
  const pr = { labels: ['documentation'], branch: 'fix/crash', title: 'test: add cases' };

  it('walks down the list as each source is removed', () => {
    const sessions = [{ task: { kind: 'refactor' } }];
    expect(classifyTask(sessions, pr, defaultConfig()).source).toBe('record');
    expect(classifyTask(none, pr, defaultConfig())).toMatchObject({ source: 'label', kind: 'docs' });
    expect(classifyTask(none, { ...pr, labels: [] }, defaultConfig())).toMatchObject({
      source: 'branch',
      kind: 'bugfix',
    });
    expect(classifyTask(none, { labels: [], title: pr.title }, defaultConfig())).toMatchObject({
      source: 'title',
      kind: 'test',
    });
  });

  it('between labels, the order of the config decides, not the order on the PR', () => {
    const c = config('tasks:\n  labels: { security: bugfix, docs: docs }\n');
    expect(classifyTask(none, { labels: ['docs', 'security'] }, c).kind).toBe('bugfix');
  });

  it('between records, the most declared kind wins, and disagreement is noted', () => {
    const sessions = [{ task: { kind: 'docs' } }, { task: { kind: 'test' } }, { task: { kind: 'test' } }, {}];
    const task = classifyTask(sessions, { labels: [] }, defaultConfig());
    expect(task).toMatchObject({ kind: 'test', evidence: '2 of 4 sessions' });
    expect(task.notes).toEqual(['Session records declare different task kinds; the most common, test, was used.']);
  });

  it('a declared kind the config does not define is noted and skipped', () => {
    const task = classifyTask([{ task: { kind: 'spike' } }], { labels: ['bug'] }, defaultConfig());
    expect(task).toMatchObject({ kind: 'bugfix', source: 'label' });
    expect(task.notes[0]).toContain('"spike"');
  });

  it('data that names an inherited object key matches nothing', () => {
    const task = classifyTask(
      [{ task: { kind: 'constructor' } }],
      { labels: ['__proto__', 'toString'], title: 'constructor: x' },
      defaultConfig(),
    );
    expect(task.source).toBe('default');
  });
});
