import { readFile } from 'node:fs/promises';
import { defaultPriceBook, loadPriceBook, mergePriceBooks, type PriceBook } from '../pricing/book.js';
import { UsageError } from './errors.js';

/** The shipped price book, extended or overridden by a user's file. */
export async function priceBookFrom(pricingFile: string | undefined): Promise<PriceBook> {
  const base = defaultPriceBook();
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
