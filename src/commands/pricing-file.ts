import { readFile } from 'node:fs/promises';
import {
  defaultPriceBook,
  loadPriceBook,
  mergePriceBooks,
  type PriceBook,
  type PriceBookOverride,
} from '../pricing/book.js';
import { UsageError } from './errors.js';

/**
 * The price book a run prices with: the shipped one, then the config's `pricing` rows over it
 * (checked when the config was read), then a pricing file's rows over both. A row replaces the
 * row of the same `model`; a new model is added.
 */
export async function priceBookFrom(
  pricingFile: string | undefined,
  configPricing: PriceBookOverride | null = null,
): Promise<PriceBook> {
  const base = configPricing === null ? defaultPriceBook() : mergePriceBooks(defaultPriceBook(), configPricing);
  if (pricingFile === undefined) return base;
  let text;
  try {
    text = await readFile(pricingFile, 'utf8');
  } catch {
    throw new UsageError(`${pricingFile}: cannot read the pricing file`);
  }
  try {
    return mergePriceBooks(base, loadPriceBook(JSON.parse(text)));
  } catch (error) {
    throw new UsageError(`${pricingFile}: ${error instanceof Error ? error.message : 'invalid price book'}`);
  }
}
