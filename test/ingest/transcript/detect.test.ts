import { describe, expect, it } from 'vitest';
import { detectTranscript } from '../../../src/ingest/transcript/index.js';

const transcriptLine = '{"parentUuid":null,"isSidechain":false,"sessionId":"abc","type":"user","message":{}}\n';

describe('detectTranscript', () => {
  it('claims .jsonl files that open with a transcript line', () => {
    expect(detectTranscript('s.jsonl', transcriptLine)).toBe(true);
    expect(detectTranscript('s.jsonl', '{"type":"summary","summary":"x","leafUuid":"u"}\n')).toBe(true);
    expect(detectTranscript('s.jsonl', '{"type":"file-history-snapshot","messageId":"m"}')).toBe(true);
    expect(detectTranscript('s.JSONL', transcriptLine)).toBe(true);
  });

  it('claims empty files and pretty-printed first objects', () => {
    expect(detectTranscript('s.jsonl', '')).toBe(true);
    expect(detectTranscript('s.jsonl', '{\n  "sessionId": "abc",\n  "type": "user"\n}\n')).toBe(true);
  });

  it('leaves other files to other parsers', () => {
    expect(detectTranscript('s.json', transcriptLine)).toBe(false);
    // --output-format stream-json: snake-case session_id, opens with system/init
    expect(detectTranscript('s.jsonl', '{"type":"system","subtype":"init","session_id":"abc","tools":[]}')).toBe(false);
    expect(detectTranscript('s.jsonl', '{"type":"assistant","message":{},"session_id":"abc"}')).toBe(false);
    expect(detectTranscript('s.jsonl', '{"schema":"claude-cost/session@1","sessionId":"abc"}')).toBe(false);
    expect(detectTranscript('s.jsonl', '[1,2,3]')).toBe(false);
    expect(detectTranscript('s.jsonl', '{"messages":[{"input_tokens":1}]}')).toBe(false);
  });
});
