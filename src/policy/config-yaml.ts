import { parseDocument } from 'yaml';
import { ConfigError } from './config-error.js';
import { validateConfig, type Config } from './config.js';

/**
 * Parse and validate a config file's text. Throws ConfigError naming `fileName`. Apart from the
 * rest of the policy code so the YAML parser is loaded only when there is a file to read.
 */
export function parseConfig(yamlText: string, fileName: string): Config {
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError !== undefined) {
    const pos = yamlError.linePos?.[0];
    const where = pos === undefined ? '' : ` at line ${pos.line}, column ${pos.col}`;
    // prettyErrors appends the position and a snippet of the file; say the position once.
    const message = (yamlError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?\s*$/, '');
    throw new ConfigError(fileName, [`malformed YAML${where}: ${message}`]);
  }
  return validateConfig(doc.toJS({ maxAliasCount: 100 }) ?? {}, fileName);
}
