import type { ModelRow, PriceBook } from './book.js';
import type { Resolution } from './types.js';

/**
 * Model id resolution by explicit rules, never by substring or fuzzy matching: a lookalike such
 * as `claude-sonnet-4-5-evil` must stay unpriced rather than borrow a real model's rates.
 * The id forms are listed in ../shared/pricing-facts.md ("Model id forms to resolve").
 */

/**
 * Claude Code aliases: which model they mean depends on the Claude Code version and provider, so
 * they are unresolvable unless the record names the real id. `<synthetic>` marks messages Claude
 * Code made up locally (no API request was made).
 */
const ALIASES = new Set(['opus', 'sonnet', 'haiku', 'fable', 'mythos', 'opusplan', 'default']);
const SYNTHETIC = '<synthetic>';

const GATEWAY_PREFIXES = [
  ['anthropic/', 'anthropic'],
  ['bedrock/', 'bedrock'],
  ['vertex_ai/', 'vertex'],
] as const;

/**
 * `[region.]anthropic.<id>[-v<N>[:<M>]]`. Older Bedrock ids also carry a context-window variant
 * (`anthropic.claude-3-haiku-20240307-v1:0:200k`), accepted after the version.
 */
const BEDROCK_ID = /^(?:(us|eu|apac|au|jp|global)\.)?anthropic\.(.+?)(?:-v\d+(?::\d+(?::\d+k)?)?)?$/;
/** Vertex pins a version with `@YYYYMMDD`, which the first-party id writes as `-YYYYMMDD`. */
const VERTEX_DATED = /^(.+)@(\d{8})$/;
const VERTEX_DEFAULT = /^(.+)@default$/;
/** Claude Code's 1M-context suffix, e.g. `claude-opus-4-6[1m]`. */
const LONG_CONTEXT_SUFFIX = '[1m]';

type Provider = Extract<Resolution, { ok: true }>['provider'];

interface ParsedId {
  id: string;
  provider: Provider;
  regional: boolean;
  longContextSuffix: boolean;
}

/** Ids repeat millions of times in a month of logs: resolve each distinct id once per book. */
const cache = new WeakMap<PriceBook, Map<string, Resolution>>();
const indexes = new WeakMap<PriceBook, Map<string, ModelRow>>();

export function resolveModel(book: PriceBook, rawId: string): Resolution {
  let memo = cache.get(book);
  if (memo === undefined) {
    memo = new Map();
    cache.set(book, memo);
  }
  let resolution = memo.get(rawId);
  if (resolution === undefined) {
    resolution = resolveUncached(book, rawId);
    memo.set(rawId, resolution);
  }
  return resolution;
}

/** The row a canonical model id (as in a successful Resolution) names. */
export function rowOf(book: PriceBook, model: string): ModelRow | undefined {
  return indexOf(book).get(model);
}

function indexOf(book: PriceBook): Map<string, ModelRow> {
  let index = indexes.get(book);
  if (index === undefined) {
    index = new Map();
    for (const row of book.models) {
      for (const id of [row.model, ...row.ids]) index.set(id, row);
    }
    indexes.set(book, index);
  }
  return index;
}

function resolveUncached(book: PriceBook, rawId: string): Resolution {
  const parsed = parseId(rawId);
  if ('reason' in parsed) return { ok: false, reason: parsed.reason };
  if (parsed.id === SYNTHETIC) {
    return { ok: false, reason: "'<synthetic>' is a message Claude Code made locally, not a model" };
  }
  if (ALIASES.has(parsed.id)) {
    return { ok: false, reason: `alias '${parsed.id}' does not name a model version` };
  }
  const row = indexOf(book).get(parsed.id);
  if (row === undefined) return { ok: false, reason: `model '${rawId}' not in price book` };
  const { provider, regional, longContextSuffix } = parsed;
  return { ok: true, model: row.model, provider, regional, longContextSuffix };
}

/** Peels the provider wrappers off a raw id, leaving the id to look up. */
export function parseId(rawId: string): ParsedId | { reason: string } {
  let id = rawId.trim().toLowerCase();
  let provider: Provider = 'anthropic';
  let regional = false;

  for (const [prefix, gateway] of GATEWAY_PREFIXES) {
    if (id.startsWith(prefix)) {
      id = id.slice(prefix.length);
      provider = gateway;
      break;
    }
  }

  const longContextSuffix = id.endsWith(LONG_CONTEXT_SUFFIX);
  if (longContextSuffix) id = id.slice(0, -LONG_CONTEXT_SUFFIX.length);

  // arn:aws:bedrock:<region>:<account>:(foundation-model|inference-profile)/<model id>
  if (id.startsWith('arn:')) {
    provider = 'bedrock';
    id = id.slice(id.lastIndexOf('/') + 1);
    if (!BEDROCK_ID.test(id)) {
      return { reason: `Bedrock ARN '${rawId}' does not name a model (application inference profile?)` };
    }
  }

  const bedrock = BEDROCK_ID.exec(id);
  if (bedrock !== null) {
    provider = 'bedrock';
    // No prefix is the in-region endpoint; `global.` is the only cross-region one at list price.
    regional = bedrock[1] !== 'global';
    id = bedrock[2] ?? '';
  } else if (id.includes('@')) {
    provider = 'vertex';
    const dated = VERTEX_DATED.exec(id);
    const pinnedDefault = VERTEX_DEFAULT.exec(id);
    if (dated !== null) id = `${dated[1] ?? ''}-${dated[2] ?? ''}`;
    else if (pinnedDefault !== null) id = pinnedDefault[1] ?? '';
    else return { reason: `unrecognised Vertex version in '${rawId}'` };
  }
  // Vertex ids do not say whether the endpoint was regional or global: assume global (list price),
  // so the figure is a lower bound rather than a guess upwards.

  if (id === '') return { reason: `empty model id in '${rawId}'` };
  return { id, provider, regional, longContextSuffix };
}
