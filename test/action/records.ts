/** Valid `claude-cost/session@1` records for tests that need many of them or odd fields. */

export interface RecordShape {
  sessionId: string;
  developer?: string;
  branch?: string;
  model?: string;
  outputTokens?: number;
  cacheReadTokens?: number;
  day?: string;
}

export function makeRecord(shape: RecordShape): string {
  const day = shape.day ?? '2026-11-20';
  const record = {
    schema: 'claude-cost/session@1',
    sessionId: shape.sessionId,
    tool: 'claude-code',
    toolVersion: '2.1.331',
    recordedBy: 'claude-cost 0.1.0',
    branch: shape.branch ?? 'feat/widgets',
    developer: shape.developer ?? 'dana@acme.example',
    startedAt: `${day}T10:00:00.000Z`,
    endedAt: `${day}T10:20:00.000Z`,
    turns: 3,
    requests: 4,
    compactions: 0,
    peakContextTokens: 30_000,
    usage: [
      {
        model: shape.model ?? 'claude-sonnet-4-6',
        day,
        speed: 'standard',
        geo: 'global',
        band: 'le100k',
        origin: 'main',
        requests: 4,
        inputTokens: 80,
        outputTokens: shape.outputTokens ?? 1_500,
        cacheWrite5mTokens: 4_000,
        cacheWrite1hTokens: 0,
        cacheReadTokens: shape.cacheReadTokens ?? 60_000,
        webSearchRequests: 0,
      },
    ],
    source: { format: 'transcript', files: 1, linesRead: 40, duplicatesDropped: 0, skipped: [] },
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** A session id in UUID shape, distinct per `n`. */
export function sessionId(n: number): string {
  const hex = n.toString(16).padStart(8, '0');
  return `${hex}-e4f5-4a6b-8c7d-0a1b2c3d4e5f`;
}
