// The Action's bundle entry (dist/index.js): everything else is in main.ts, importable by tests.
import { run } from './main.js';

await run();
