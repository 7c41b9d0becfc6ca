import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UsageError
} from "./chunk-HRLD7PK4.js";

// src/commands/options.ts
import { parseArgs } from "node:util";
var FORMATS = ["markdown", "json", "csv"];
function parseCommandArgs(argv, options) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
function outputFormat(value) {
  const format = value ?? "markdown";
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")} (got "${format.slice(0, 40)}")`);
  }
  return format;
}

export {
  parseCommandArgs,
  outputFormat
};
