import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PARSERS, readInput } from '../../src/ingest/index.js';

const dir = mkdtempSync(join(tmpdir(), 'claude-cost-detect-head-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const task = { formats: PARSERS.map((p) => p.format), maxJsonBytes: 64 * 1024 * 1024 };

async function formatOf(name: string, text: string): Promise<string | undefined> {
  const path = join(dir, name);
  writeFileSync(path, text);
  const outcome = await readInput({ path, displayName: name, size: statSync(path).size }, task);
  return outcome?.format;
}

const envelope = '"parentUuid":null,"isSidechain":false,"sessionId":"sess-head","type":"user"';

describe('format detection reads only as much of a file as it needs', () => {
  it('tells a transcript by its first line, short or long', async () => {
    expect(await formatOf('short.jsonl', `{${envelope},"message":{"content":"hi"}}\n{"x":1}\n`)).toBe('transcript');
    // First lines longer than the first small read, and longer than the whole head.
    for (const size of [5_000, 70_000]) {
      const line = `{${envelope},"message":{"content":"${'a'.repeat(size)}"}}\n`;
      expect(await formatOf(`long-${size}.jsonl`, line + line)).toBe('transcript');
    }
  });

  it('reads on for a pretty-printed first object, with or without a BOM', async () => {
    const pretty = `{\n  "sessionId": "sess-head",\n  "filler": "${'b'.repeat(6_000)}",\n  "type": "user"\n}\n`;
    expect(await formatOf('pretty.jsonl', pretty)).toBe('transcript');
    expect(await formatOf('bom-pretty.jsonl', `\ufeff${pretty}`)).toBe('transcript');
  });

  it('still tells stream-json output and JSON files apart from transcripts', async () => {
    const init = `{"type":"system","subtype":"init","session_id":"s1","tools":["${'t'.repeat(5_000)}"]}\n`;
    expect(await formatOf('stream.jsonl', init)).toBe('result');
    // A .json export whose deciding key sits past the first small read.
    const exported = `{"filler":"${'c'.repeat(5_000)}","messages":[{"model":"claude-sonnet-4-5","input_tokens":1,"output_tokens":2}]}`;
    expect(await formatOf('export.json', exported)).toBe('export');
  });
});

describe('format detection from the first chunk already read', () => {
  it('takes the head from a first chunk that holds the whole file, without reading it again', async () => {
    const path = join(dir, 'chunked.jsonl');
    const transcript = Buffer.from(`{${envelope},"message":{"content":"hi"}}\n`);
    // On disk by now: something else. The chunk is what the walk saw and the read-ahead read.
    writeFileSync(path, 'not a transcript\n');
    const file = { path, displayName: 'chunked.jsonl', size: transcript.length };
    expect((await readInput(file, task, [transcript]))?.format).toBe('transcript');
    // A first chunk shorter than the head and than the file is not enough: the file is read.
    const cut = { ...file, size: transcript.length + 10 };
    expect(await readInput(cut, task, [transcript.subarray(0, 20)])).toBeUndefined();
  });
});
