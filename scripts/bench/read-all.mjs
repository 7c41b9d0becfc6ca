// Baseline for `npm run bench`: read every *.jsonl file under a directory in 1 MiB chunks and count
// bytes and newlines. No parsing: this is the floor any transcript reader pays in Node.
//   node scripts/bench/read-all.mjs <dir>
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile() && e.name.endsWith('.jsonl')) yield p;
  }
}

const buf = Buffer.allocUnsafe(1 << 20);
let files = 0;
let bytes = 0;
let lines = 0;
for (const file of walk(process.argv[2] ?? '.')) {
  const fd = openSync(file, 'r');
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      bytes += n;
      for (let i = buf.indexOf(10); i !== -1 && i < n; i = buf.indexOf(10, i + 1)) lines++;
    }
  } finally {
    closeSync(fd);
  }
  files++;
}
process.stdout.write(JSON.stringify({ files, bytes, lines }) + '\n');
