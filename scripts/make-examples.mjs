// Writes the bundled example data: one feature branch's worth of Claude Code transcripts (with a
// subagent file, streaming partial snapshots, a compaction and a web search), a `claude -p` result
// object from a CI run, and the session records `claude-cost record` makes from the transcripts.
// Deterministic: rerunning it rewrites the same bytes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../examples/', import.meta.url).pathname;
const project = '-home-dev-acme-shop';
const cwd = '/home/dev/acme-shop';
const branch = 'feat/csv-export';

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[int(0, 15)]).join('');
const id = (prefix, n) =>
  `${prefix}${Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789'[int(0, 57)]).join('')}`;

function session({ sessionId, model, start, requests, turns, subagent, webSearchAt, compactAt }) {
  const lines = [];
  const agentLines = [];
  let t = Date.parse(start);
  let context = 14_000;
  let parent = null;
  const base = { isSidechain: false, userType: 'external', cwd, sessionId, version: '2.1.331', gitBranch: branch };
  const push = (target, line) => {
    const uuid = `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
    target.push(JSON.stringify({ parentUuid: parent, ...line, uuid, timestamp: new Date(t).toISOString() }));
    parent = uuid;
  };
  const prompts = [
    'Add a CSV export to the orders page',
    'Stream the rows instead of building the string',
    'Quote fields per RFC 4180',
    'Add tests for commas and quotes in names',
    'Wire the export button',
    'Handle an empty order list',
    'Review the diff',
    'Fix the failing test',
    'Update the changelog',
    'Run the linter and fix what it finds',
    'Check the large-account case',
    'Summarise the change for the PR',
  ];
  const perTurn = Math.ceil(requests / turns);
  for (let r = 0; r < requests; r++) {
    if (r % perTurn === 0) {
      push(lines, {
        ...base,
        type: 'user',
        message: { role: 'user', content: prompts[(r / perTurn) % prompts.length] },
      });
      t += int(20, 90) * 1000;
    }
    if (compactAt === r) {
      push(lines, {
        ...base,
        type: 'system',
        subtype: 'compact_boundary',
        content: 'Conversation compacted',
        compactMetadata: { trigger: 'auto', preTokens: context },
      });
      context = 18_000;
    }
    const messageId = id('msg_01', 22);
    const requestId = id('req_011C', 20);
    const fresh = int(2, 40);
    const write = int(500, 6_000);
    const usage = {
      input_tokens: fresh,
      cache_creation_input_tokens: write,
      cache_read_input_tokens: context,
      cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: write },
      output_tokens: 0,
      service_tier: 'standard',
      ...(webSearchAt === r ? { server_tool_use: { web_search_requests: 2, web_fetch_requests: 0 } } : {}),
    };
    const output = int(150, 2_400);
    // Claude Code writes one line per content block, each with the usage snapshot so far.
    const blocks = [
      { type: 'thinking', thinking: '', signature: hex(32) },
      { type: 'text', text: 'Working on it.' },
      {
        type: 'tool_use',
        id: id('toolu_01', 22),
        name: ['Read', 'Edit', 'Bash', 'Grep'][int(0, 3)],
        input: { path: 'src/orders/export.ts' },
      },
    ];
    blocks.forEach((block, i) => {
      const snapshot = { ...usage, output_tokens: i === blocks.length - 1 ? output : int(1, Math.floor(output / 2)) };
      push(lines, {
        ...base,
        message: {
          id: messageId,
          type: 'message',
          role: 'assistant',
          model,
          content: [block],
          stop_reason: i === blocks.length - 1 ? 'tool_use' : null,
          stop_sequence: null,
          usage: snapshot,
        },
        requestId,
        type: 'assistant',
      });
    });
    t += int(5, 40) * 1000;
    push(lines, {
      ...base,
      type: 'user',
      message: {
        role: 'user',
        content: [{ tool_use_id: blocks[2].id, type: 'tool_result', content: 'x'.repeat(int(200, 4_000)) }],
      },
      toolUseResult: { stdout: 'ok', stderr: '', interrupted: false },
    });
    context += write + fresh + output;
    if (subagent && r === Math.floor(requests / 2)) {
      for (let a = 0; a < subagent.requests; a++) {
        const agentUsage = {
          input_tokens: int(5, 30),
          cache_creation_input_tokens: int(2_000, 9_000),
          cache_read_input_tokens: int(8_000, 30_000),
          output_tokens: int(200, 1_500),
          service_tier: 'standard',
        };
        push(agentLines, {
          ...base,
          isSidechain: true,
          agentId: subagent.agentId,
          message: {
            id: id('msg_01', 22),
            type: 'message',
            role: 'assistant',
            model: subagent.model,
            content: [{ type: 'text', text: 'Searching the codebase.' }],
            usage: agentUsage,
          },
          requestId: id('req_011C', 20),
          type: 'assistant',
        });
        t += int(3, 15) * 1000;
      }
    }
  }
  return { lines, agentLines };
}

function write(path, lines) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, lines.map((l) => `${l}\n`).join(''));
}

rmSync(join(root, 'transcripts'), { recursive: true, force: true });
rmSync(join(root, 'sessions'), { recursive: true, force: true });

const sessions = [
  {
    sessionId: '3f6c2a91-5d0e-4b7a-9c21-8e4f1a7b2c60',
    model: 'claude-opus-4-6',
    start: '2026-11-18T09:12:00Z',
    requests: 46,
    turns: 9,
    compactAt: 30,
    subagent: { agentId: 'a41f0c2', model: 'claude-haiku-4-5-20251001', requests: 8 },
  },
  {
    sessionId: '8b1d7e44-2c9f-4e36-a0d5-61c3f9b8e217',
    model: 'claude-sonnet-4-5-20250929',
    start: '2026-11-19T14:03:00Z',
    requests: 28,
    turns: 6,
    webSearchAt: 4,
  },
  {
    sessionId: 'c7e90f13-64ab-4d28-b5f1-0a9d3e6c4b85',
    model: 'claude-sonnet-4-5-20250929',
    start: '2026-11-20T10:40:00Z',
    requests: 9,
    turns: 3,
  },
];
for (const spec of sessions) {
  const { lines, agentLines } = session(spec);
  write(join(root, 'transcripts', project, `${spec.sessionId}.jsonl`), lines);
  if (agentLines.length > 0) {
    write(
      join(root, 'transcripts', project, spec.sessionId, 'subagents', `agent-${spec.subagent.agentId}.jsonl`),
      agentLines,
    );
  }
}

// A headless review run in CI (`claude -p --output-format json`): Claude Code's own figures.
const modelUsage = {
  'claude-sonnet-4-5-20250929': {
    inputTokens: 412,
    outputTokens: 3_918,
    cacheReadInputTokens: 186_204,
    cacheCreationInputTokens: 24_310,
    webSearchRequests: 0,
  },
  'claude-haiku-4-5-20251001': {
    inputTokens: 1_870,
    outputTokens: 611,
    cacheReadInputTokens: 0,
    cacheCreationInputTokens: 0,
    webSearchRequests: 0,
  },
};
const rates = { 'claude-sonnet-4-5-20250929': [3, 15, 0.3, 3.75], 'claude-haiku-4-5-20251001': [1, 5, 0.1, 1.25] };
let total = 0;
for (const [model, u] of Object.entries(modelUsage)) {
  const [inp, out, read, w5] = rates[model];
  u.costUSD =
    (u.inputTokens * inp + u.outputTokens * out + u.cacheReadInputTokens * read + u.cacheCreationInputTokens * w5) /
    1e6;
  u.contextWindow = 200_000;
  u.maxOutputTokens = 64_000;
  total += u.costUSD;
}
mkdirSync(join(root, 'results'), { recursive: true });
writeFileSync(
  join(root, 'results', 'ci-review.json'),
  `${JSON.stringify({ type: 'result', subtype: 'success', is_error: false, duration_ms: 48_211, duration_api_ms: 45_902, num_turns: 7, result: 'Review posted.', session_id: '5a2e8c7d-0b14-4f93-8e6a-d27c19f04b3e', total_cost_usd: total, usage: { input_tokens: 2_282, cache_creation_input_tokens: 24_310, cache_read_input_tokens: 186_204, output_tokens: 4_529, server_tool_use: { web_search_requests: 0 }, service_tier: 'standard' }, modelUsage, permission_denials: [] }, null, 2)}\n`,
);

// The records a developer commits: made by the CLI itself from the transcripts above.
const env = {
  ...process.env,
  GIT_CONFIG_GLOBAL: join(root, '..', 'scripts', 'examples.gitconfig'),
  GIT_CONFIG_NOSYSTEM: '1',
};
execFileSync(
  process.execPath,
  [
    'dist/cli.js',
    'record',
    '--transcripts',
    'examples/transcripts',
    '--all',
    '--any-branch',
    '--out',
    'examples/sessions',
  ],
  { env, stdio: 'inherit', cwd: join(root, '..') },
);
