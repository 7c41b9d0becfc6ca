import { homedir } from 'node:os';
import { parseHookPayload, RECORDING_EVENTS } from '../hook/payload.js';
import { recordSessionFromHook } from '../hook/record.js';
import { readStream } from '../hook/stdin.js';
import { cacheDirectory } from '../local/cache-dir.js';
import { GENERATOR } from '../version.js';
import { EXIT } from './errors.js';
import type { CommandIo } from './io.js';

export const HOOK_HELP = `Usage: claude-cost hook

Record the Claude Code session a hook fired for. Claude Code runs it with the hook's JSON
payload on stdin (session_id, transcript_path, cwd, hook_event_name); \`claude-cost init\`
adds it to .claude/settings.json for the SessionEnd and PreCompact events.

It records into the git repository that contains the session's working directory, only when
that repository opted in (it has a .claude-cost/ directory or a .github/claude-cost.yml):
one record per branch the session worked on, in .claude-cost/sessions/, merged with what is
there. It reads the session's transcript and its subagent logs; nothing else.

Events recorded: ${RECORDING_EVENTS.join(', ')}. Others are ignored.
It never interrupts a session: every problem is one line on stderr, and the exit code is 0.
`;

const PREFIX = 'claude-cost hook: ';

/**
 * The hook entry point. Always returns 0: a non-zero exit would show as a hook error in the
 * developer's session, and exit code 2 would even block a Stop or PreCompact. Everything,
 * including what we did not foresee, becomes one line on stderr.
 */
export async function hookCommand(
  argv: string[],
  io: CommandIo,
  readInput: () => Promise<string> = () => readStream(process.stdin),
): Promise<number> {
  const problem = (text: string): void => io.stderr(`${PREFIX}${oneLine(text)}\n`);
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout(HOOK_HELP);
      return EXIT.ok;
    }
    if (argv.length > 0) problem(`unexpected argument "${argv[0]?.slice(0, 40)}" ignored`);

    const parsed = parseHookPayload(await readInput());
    if (parsed.kind === 'invalid') {
      problem(parsed.reason);
      return EXIT.ok;
    }
    if (parsed.kind === 'ignore') return EXIT.ok;

    const outcome = await recordSessionFromHook(parsed.payload, {
      recordedBy: GENERATOR,
      home: io.env.HOME ?? homedir(),
      cacheDir: cacheDirectory(io.env),
    });
    if (outcome.kind !== 'recorded') return EXIT.ok;
    for (const line of outcome.problems) problem(line);
    for (const w of outcome.written) {
      // stdout, not stderr: this is news, not a problem. Plain text, so Claude Code never
      // mistakes it for a JSON hook decision.
      if (w.status !== 'unchanged') io.stdout(`claude-cost: ${w.status} ${w.path}\n`);
    }
  } catch (error) {
    problem(error instanceof Error ? error.message : String(error));
  }
  return EXIT.ok;
}

/** One line, bounded: a message may quote a path, never file content, but paths can be long. */
function oneLine(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ').trim();
  return flat.length > 500 ? `${flat.slice(0, 497)}...` : flat;
}
