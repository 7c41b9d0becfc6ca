// Spawned by lock.test.ts: one process's read-increment-write of a counter file under the lock,
// slow enough between read and write that unlocked processes would lose each other's updates.
import { readFileSync, writeFileSync } from 'node:fs';
import { withFileLock } from '../../src/records/lock.js';

const [lockPath = '', counter = '', delay = '50'] = process.argv.slice(2);
await withFileLock(lockPath, async () => {
  const value = Number(readFileSync(counter, 'utf8'));
  await new Promise((resolve) => setTimeout(resolve, Number(delay)));
  writeFileSync(counter, String(value + 1));
});
