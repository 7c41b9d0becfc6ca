import { mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { UsageError } from '../../src/commands/errors.js';
import { initCommand } from '../../src/commands/init.js';
import { parseConfig } from '../../src/policy/config-yaml.js';
import { HOOK_COMMAND, hookGroup } from '../../src/setup/settings.js';
import { CONFIG_FILE, PERIOD_WORKFLOW, PR_WORKFLOW } from '../../src/setup/templates.js';
import { gitRepo, tmp } from '../cli/helpers.js';
import { buildCli, runCli } from '../hook/helpers.js';

/** `claude-cost init ARGV` in `cwd`, with cli.ts's rule: a UsageError is exit code 2. */
async function init(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), cwd, env: {} };
  let code: number;
  try {
    code = await initCommand(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr += `claude-cost: ${error.message}\n`;
    code = 2;
  }
  return { code, stdout, stderr };
}

/** Every file under `dir` (but .git) with its bytes and modification time. */
function snapshot(dir: string): Record<string, { text: string; mtimeMs: number }> {
  const out: Record<string, { text: string; mtimeMs: number }> = {};
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[relative(dir, full)] = { text: readFileSync(full, 'utf8'), mtimeMs: statSync(full).mtimeMs };
    }
  };
  walk(dir);
  return out;
}

const read = (repo: string, path: string) => readFileSync(join(repo, path), 'utf8');
const repo = () => realpathSync(gitRepo('main'));

function writeSettings(dir: string, text: string): void {
  mkdirSync(join(dir, '.claude'), { recursive: true });
  writeFileSync(join(dir, '.claude/settings.json'), text);
}

const ALL_PATHS = [
  '.claude-cost/.gitignore',
  '.claude-cost/sessions/.gitkeep',
  '.claude/settings.json',
  '.github/claude-cost.yml',
  '.github/workflows/claude-cost-period.yml',
  '.github/workflows/claude-cost.yml',
];

describe('claude-cost init', () => {
  it('sets up a fresh repository and says what to commit', async () => {
    const dir = repo();
    const run = await init(dir);
    expect(run.code).toBe(0);
    expect(Object.keys(snapshot(dir)).sort()).toEqual(ALL_PATHS);
    for (const path of ALL_PATHS.filter((p) => p !== '.claude-cost/sessions/.gitkeep')) {
      expect(run.stdout).toMatch(new RegExp(`created +${path.replaceAll('.', '\\.')}( \\(.*\\))?\\n`));
    }
    expect(run.stdout).toMatch(
      /git add \.github\/workflows\/claude-cost\.yml .*\.claude\/settings\.json .*\.claude-cost\/sessions\/\.gitkeep/,
    );
    expect(run.stdout).toMatch(/replace it with the Action's repository/);
    expect(run.stdout).toMatch(/npm install --save-dev claude-cost/);

    expect(JSON.parse(read(dir, '.claude/settings.json'))).toEqual({
      hooks: { SessionEnd: [hookGroup()], PreCompact: [hookGroup()] },
    });
    expect(read(dir, '.claude/settings.json')).toMatch(/^\{\n {2}"hooks": \{\n/);
    expect(read(dir, '.github/claude-cost.yml')).toBe(CONFIG_FILE);
    expect(read(dir, '.github/workflows/claude-cost.yml')).toBe(PR_WORKFLOW);
    expect(read(dir, '.github/workflows/claude-cost-period.yml')).toBe(PERIOD_WORKFLOW);
  });

  it('writes workflows GitHub accepts and a policy claude-cost accepts', () => {
    const pr = parseYaml(PR_WORKFLOW);
    expect(Object.keys(pr.on)).toEqual(['pull_request', 'merge_group']);
    expect(pr.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(pr.jobs['claude-cost'].name).toBe('claude-cost');
    expect(pr.jobs['claude-cost'].steps[0].uses).toMatch(/^[^@\s]+\/claude-cost@\S+$/);

    const period = parseYaml(PERIOD_WORKFLOW);
    expect(period.on.schedule[0].cron).toMatch(/^\d+ \d+ 1 \* \*$/);
    expect(Object.keys(period.on.workflow_dispatch.inputs)).toEqual(['month']);
    expect(period.permissions).toEqual({ contents: 'read', issues: 'write' });
    const steps = period.jobs['claude-cost-period'].steps;
    expect(steps.at(-1).with).toEqual({ mode: 'period', period: '${{ inputs.month }}' });
    // Every `uses:` pinned by full commit SHA (or the placeholder a release replaces).
    for (const step of [...pr.jobs['claude-cost'].steps, ...steps]) expect(step.uses).toMatch(/@([0-9a-f]{40}|<sha>)$/);

    const config = parseConfig(CONFIG_FILE, '.github/claude-cost.yml');
    expect(config.budgets.get('default')?.perPr?.usd).toBe(20);
  });

  it('changes nothing when run a second time', async () => {
    const dir = repo();
    await init(dir);
    const before = snapshot(dir);
    const again = await init(dir);
    expect(again.code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
    expect(again.stdout).toMatch(/exists, left unchanged +\.github\/workflows\/claude-cost\.yml/);
    expect(again.stdout).toMatch(/unchanged +\.claude\/settings\.json \(the claude-cost hooks are already there\)/);
    expect(again.stdout).toMatch(/Nothing to do: this repository is already set up\./);
    expect(again.stdout).not.toMatch(/git add/);
  });

  it('changes nothing with --dry-run, and prints the same plan', async () => {
    const dir = repo();
    writeSettings(dir, '{\n  "model": "opus"\n}\n');
    const before = snapshot(dir);
    const run = await init(dir, '--dry-run');
    expect(run.code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
    expect(run.stdout).toMatch(/would create +\.github\/workflows\/claude-cost\.yml/);
    expect(run.stdout).toMatch(/would update +\.claude\/settings\.json \(the SessionEnd and PreCompact hooks\)/);
    expect(run.stdout).toMatch(/Dry run: nothing was written\./);
  });

  it('leaves existing workflows and config alone', async () => {
    const dir = repo();
    mkdirSync(join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(join(dir, '.github/workflows/claude-cost.yml'), 'name: ours\n');
    writeFileSync(join(dir, '.github/claude-cost.yml'), 'version: 1\n');
    mkdirSync(join(dir, '.claude-cost/sessions'), { recursive: true });
    writeFileSync(join(dir, '.claude-cost/sessions/a.json'), '{}');
    const run = await init(dir);
    expect(read(dir, '.github/workflows/claude-cost.yml')).toBe('name: ours\n');
    expect(read(dir, '.github/claude-cost.yml')).toBe('version: 1\n');
    expect(run.stdout).toMatch(/exists, left unchanged +\.github\/claude-cost\.yml/);
    expect(run.stdout).toMatch(/exists, left unchanged +\.claude-cost\/sessions\n/);
    expect(readdirSync(join(dir, '.claude-cost/sessions'))).toEqual(['a.json']);
    expect(run.stdout).toMatch(/created +\.github\/workflows\/claude-cost-period\.yml/);
  });

  it('refuses a settings file that is not valid JSON and changes nothing', async () => {
    const dir = repo();
    writeSettings(dir, '{\n  // comments are not JSON\n  "model": "opus"\n}\n');
    const before = snapshot(dir);
    const run = await init(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /\.claude\/settings\.json is not valid JSON \(line 2, column 3\); fix it .* Nothing was changed\./,
    );
    expect(run.stderr).not.toMatch(/comments are not JSON/);
    expect(snapshot(dir)).toEqual(before);
    writeSettings(dir, '{"hooks": []}');
    expect((await init(dir)).stderr).toMatch(/"hooks" is not an object/);
    writeSettings(dir, '{"hooks": {"SessionEnd": {}}}');
    expect((await init(dir)).stderr).toMatch(/"hooks\.SessionEnd" is not a list/);
  });

  it('fails clearly outside a git repository', async () => {
    const run = await init(tmp());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not inside a git repository/);
  });
});

describe('claude-cost init merging into .claude/settings.json', () => {
  const ours = { type: 'command', command: HOOK_COMMAND, timeout: 30 };

  it('adds its hooks beside other hooks and settings, changing no other byte', async () => {
    const dir = repo();
    const original = `{
  "permissions": {
    "allow": ["Bash(npm run test:*)", "Read(~/.zshrc)"],
    "deny": []
  },
  "env": { "FOO": "b\\u00e4r", "N": 1.50 },
  "hooks": {
    "PostToolUse": [
      {
        "matcher": "Write|Edit",
        "hooks": [{ "type": "command", "command": "npx prettier --write" }]
      }
    ],
    "SessionEnd": [
      {
        "matcher": "clear",
        "hooks": [{ "type": "command", "command": "./scripts/log-session.sh" }]
      }
    ]
  }
}
`;
    writeSettings(dir, original);
    const run = await init(dir);
    expect(run.stdout).toMatch(/updated +\.claude\/settings\.json \(the SessionEnd and PreCompact hooks\)/);
    const text = read(dir, '.claude/settings.json');
    const old = JSON.parse(original);
    old.hooks.SessionEnd.push({ matcher: '', hooks: [ours] });
    old.hooks.PreCompact = [{ matcher: '', hooks: [ours] }];
    expect(JSON.parse(text)).toEqual(old);
    expect(text).toBe(`{
  "permissions": {
    "allow": ["Bash(npm run test:*)", "Read(~/.zshrc)"],
    "deny": []
  },
  "env": { "FOO": "b\\u00e4r", "N": 1.50 },
  "hooks": {
    "PostToolUse": [
      {
        "matcher": "Write|Edit",
        "hooks": [{ "type": "command", "command": "npx prettier --write" }]
      }
    ],
    "SessionEnd": [
      {
        "matcher": "clear",
        "hooks": [{ "type": "command", "command": "./scripts/log-session.sh" }]
      },
      {
        "matcher": "",
        "hooks": [
          {
            "type": "command",
            "command": "${HOOK_COMMAND}",
            "timeout": 30
          }
        ]
      }
    ],
    "PreCompact": [
      {
        "matcher": "",
        "hooks": [
          {
            "type": "command",
            "command": "${HOOK_COMMAND}",
            "timeout": 30
          }
        ]
      }
    ]
  }
}
`);
    const mtime = statSync(join(dir, '.claude/settings.json')).mtimeMs;
    await init(dir);
    expect(read(dir, '.claude/settings.json')).toBe(text);
    expect(statSync(join(dir, '.claude/settings.json')).mtimeMs).toBe(mtime);
  });

  it.each([
    ['four spaces', '{\n    "model": "opus",\n    "hooks": {\n        "Stop": []\n    }\n}\n', '    '],
    ['tabs', '{\n\t"model": "opus"\n}', '\t'],
    ['CRLF', '{\r\n  "model": "opus",\r\n  "hooks": {}\r\n}\r\n', '  '],
    ['one line', '{"model":"opus","hooks":{"PreCompact":[]}}\n', undefined],
    ['an empty object', '{}\n', undefined],
    ['a BOM', '\ufeff{\n  "model": "opus"\n}\n', '  '],
  ])('keeps the layout of a file indented with %s', async (_name, original, unit) => {
    const dir = repo();
    writeSettings(dir, original);
    await init(dir);
    const text = read(dir, '.claude/settings.json');
    const expected = JSON.parse(original.replace(/^\ufeff/, ''));
    expected.hooks = { ...(expected.hooks ?? {}) };
    for (const event of ['SessionEnd', 'PreCompact'])
      expected.hooks[event] = [...(expected.hooks[event] ?? []), { matcher: '', hooks: [ours] }];
    expect(JSON.parse(text.replace(/^\ufeff/, ''))).toEqual(expected);
    // What was there is still there, byte for byte, up to where the first entry went in.
    const head = original.slice(0, original.indexOf('"model"') + 1 || 1);
    expect(text.startsWith(head)).toBe(true);
    expect(text.endsWith(original.slice(-2))).toBe(true);
    if (original.includes('\r\n')) expect(text.replaceAll('\r\n', '')).not.toMatch(/\n/);
    if (unit !== undefined) expect(text).toMatch(new RegExp(`\\n${unit}"hooks": \\{`));
    else expect(text.trimEnd()).not.toMatch(/\n/);
    const again = await init(dir);
    expect(read(dir, '.claude/settings.json')).toBe(text);
    expect(again.stdout).toMatch(/unchanged +\.claude\/settings\.json/);
  });

  it('respects a team’s own way of running the hook', async () => {
    const dir = repo();
    const original = JSON.stringify({
      hooks: {
        SessionEnd: [{ hooks: [{ type: 'command', command: 'node_modules/.bin/claude-cost hook' }] }],
        PreCompact: [
          { matcher: 'auto', hooks: [{ type: 'command', command: 'pnpm exec claude-cost hook 2>/dev/null' }] },
        ],
      },
    });
    writeSettings(dir, original);
    const run = await init(dir);
    expect(read(dir, '.claude/settings.json')).toBe(original);
    expect(run.stdout).toMatch(/unchanged +\.claude\/settings\.json/);
  });
});

describe('claude-cost init (built CLI)', () => {
  let cli: string;
  beforeAll(async () => {
    cli = await buildCli();
  });

  it('sets up the repository it runs in, then changes nothing, and exits 2 on a broken settings file', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ devDependencies: { 'claude-cost': '0.1.0' } }));
    const first = await runCli(cli, ['init'], '', { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).not.toMatch(/npm install --save-dev/);
    const before = snapshot(dir);
    const second = await runCli(cli, ['init'], '', { cwd: join(dir, '.github') });
    expect(second.code).toBe(0);
    expect(snapshot(dir)).toEqual(before);

    writeSettings(dir, '{');
    const broken = await runCli(cli, ['init', '--dry-run'], '', { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/settings\.json is not valid JSON/);
  });
});
