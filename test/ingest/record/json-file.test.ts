import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countLines, readJsonFile } from '../../../src/ingest/json-file.js';

// json-file.ts is shared by the record, result and export parsers; its tests live with the first.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claude-cost-json-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function read(name: string, text: string | Buffer, maxJsonBytes = 1024) {
  const path = join(dir, name);
  await writeFile(path, text);
  return readJsonFile(path, { displayName: name, maxJsonBytes });
}

describe('readJsonFile', () => {
  it('parses a file with a BOM and CRLF line ends', async () => {
    const result = await read('bom.json', '\uFEFF{\r\n  "a": 1\r\n}\r\n');
    expect(result.ok && result.file.value).toEqual({ a: 1 });
    expect(result.ok && result.file.lines).toBe(3);
  });

  it('refuses a file over the cap before parsing it', async () => {
    const result = await read('big.json', `[${'1,'.repeat(600)}1]`);
    expect(result).toEqual({
      ok: false,
      skipped: { file: 'big.json', line: 0, reason: 'file is larger than 1024 bytes' },
    });
  });

  it('accepts a file of exactly the cap', async () => {
    const text = `"${'x'.repeat(1022)}"`;
    expect((await read('exact.json', text)).ok).toBe(true);
  });

  it('does not follow a symbolic link', async () => {
    const target = join(dir, 'target.json');
    await writeFile(target, '{}');
    const link = join(dir, 'link.json');
    await symlink(target, link);
    const result = await readJsonFile(link, { displayName: 'link.json', maxJsonBytes: 1024 });
    expect(result).toEqual({
      ok: false,
      skipped: { file: 'link.json', line: 0, reason: 'symbolic link not followed' },
    });
  });

  it('reports a missing file by its error code', async () => {
    const result = await readJsonFile(join(dir, 'missing.json'), { displayName: 'missing.json', maxJsonBytes: 1024 });
    expect(result).toEqual({ ok: false, skipped: { file: 'missing.json', line: 0, reason: 'cannot read: ENOENT' } });
  });

  it('gives the line of a parse error where V8 reports a position, and never the content', async () => {
    const trailing = await read('two.json', '{"a": 1}\n{"EVIL": 2}\n');
    expect(trailing).toEqual({ ok: false, skipped: { file: 'two.json', line: 2, reason: 'not valid JSON' } });
    const cut = await read('cut.json', '{\n"a": [1,\n2,');
    expect(cut).toEqual({ ok: false, skipped: { file: 'cut.json', line: 3, reason: 'not valid JSON' } });
    const token = await read('token.json', '{\n"a": EVIL}');
    expect(token.ok).toBe(false);
    expect(JSON.stringify(token)).not.toContain('EVIL');
  });

  it('counts lines with and without a final newline', () => {
    expect([countLines(''), countLines('a'), countLines('a\n'), countLines('a\nb'), countLines('a\n\nb\n')]).toEqual([
      0, 1, 1, 2, 3,
    ]);
  });
});
