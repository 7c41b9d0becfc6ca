import type { SessionLine } from '../report/types.js';
import { formatInteger, formatMinutes, formatTokens } from '../render/format.js';
import type { Config, OpenEndedRules } from './config.js';
import type { SessionScope } from './types.js';

type ScopeFacts = Pick<
  SessionLine,
  'sessionId' | 'scope' | 'peakContextTokens' | 'turns' | 'durationMinutes' | 'compactions' | 'totalTokens'
>;

/**
 * Scoped or open-ended. A declared scope wins (the developer knows what the session was for)
 * unless the config turns declarations off; otherwise a session that reaches any configured
 * threshold is open-ended, and the reason names the first one it reached.
 */
export function classifyScope(session: ScopeFacts, config: Config): SessionScope {
  const { sessionId } = session;
  const declared = session.scope ?? null;
  if (declared !== null && config.scope.useDeclared) {
    return { sessionId, scope: declared, source: 'declared', reason: 'declared in the record' };
  }
  const reached = thresholdsReached(session, config.scope.openEnded);
  if (reached.length > 0) return { sessionId, scope: 'open-ended', source: 'inferred', reason: reached.join('; ') };
  return { sessionId, scope: 'scoped', source: 'inferred', reason: 'under every open-ended threshold' };
}

function thresholdsReached(s: ScopeFacts, rules: OpenEndedRules): string[] {
  const reached: string[] = [];
  const check = (value: number | null, limit: number | undefined, show: (n: number) => string, what: string) => {
    if (value !== null && limit !== undefined && value >= limit)
      reached.push(`${what} ${show(value)} ≥ ${show(limit)}`);
  };
  check(s.compactions, rules.compactions, formatInteger, 'compactions');
  check(s.peakContextTokens, rules.peakContextTokens, formatTokens, 'peak context');
  check(s.turns, rules.turns, formatInteger, 'turns');
  check(s.durationMinutes, rules.durationMinutes, formatMinutes, 'duration');
  check(s.totalTokens, rules.totalTokens, formatTokens, 'tokens');
  return reached;
}
