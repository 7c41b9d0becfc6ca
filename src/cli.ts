#!/usr/bin/env node
import module from 'node:module';
import { runCli } from './commands/cli.js';

// Node 22.1 and later keep the compiled code of each command's chunk between runs (in the OS
// temporary directory), so a command starts sooner the second time. Older Node has no such cache.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
});
