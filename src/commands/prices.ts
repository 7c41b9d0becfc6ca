import { describeBook, describeResolution } from '../pricing/show.js';
import { EXIT, UsageError } from './errors.js';
import type { CommandIo } from './io.js';
import { parseCommandArgs } from './options.js';
import { loadConfig } from './config-file.js';
import { priceBookFrom } from './pricing-file.js';

export const PRICES_HELP = `Usage: claude-cost prices [MODEL] [options]

Print the price book (USD per million tokens, with effective dates and sources), or how
one model id resolves and which rates apply to it.

Options:
  --day YYYY-MM-DD       the UTC day whose rates to show for MODEL (default: today)
  --config FILE          policy file whose \`pricing\` rows override or extend the book
                         (default: .github/claude-cost.yml in the repository, if present)
  --pricing-file FILE    a price book (JSON) that overrides or extends the shipped one
  -h, --help             show this help
`;

export async function pricesCommand(argv: string[], io: CommandIo, today: string): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    day: { type: 'string' },
    config: { type: 'string' },
    'pricing-file': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(PRICES_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError('give at most one MODEL');
  if (values.day !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.day))
    throw new UsageError('--day must be YYYY-MM-DD');
  const { config } = await loadConfig(values.config, io.cwd);
  const book = await priceBookFrom(values['pricing-file'], config.pricing);
  const model = positionals[0];
  io.stdout(model === undefined ? describeBook(book) : describeResolution(book, model, values.day ?? today));
  return EXIT.ok;
}
