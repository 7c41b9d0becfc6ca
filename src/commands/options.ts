import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';

export const FORMATS = ['markdown', 'json', 'csv'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** node:util parseArgs, with its errors turned into usage errors (exit 2). */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function outputFormat(value: string | undefined): OutputFormat {
  const format = value ?? 'markdown';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format.slice(0, 40)}")`);
  }
  return format as OutputFormat;
}
