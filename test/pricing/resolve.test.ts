import { describe, expect, it } from 'vitest';
import { defaultPriceBook } from '../../src/pricing/book.js';
import { resolveModel } from '../../src/pricing/resolve.js';

const book = defaultPriceBook();

function resolvesTo(rawId: string) {
  const resolution = resolveModel(book, rawId);
  if (!resolution.ok) throw new Error(`${rawId}: ${resolution.reason}`);
  return resolution;
}

describe('first-party ids', () => {
  it.each([
    ['claude-sonnet-4-5-20250929', 'claude-sonnet-4-5-20250929'],
    ['claude-sonnet-4-5', 'claude-sonnet-4-5-20250929'],
    ['claude-sonnet-4-20250514', 'claude-sonnet-4-20250514'],
    ['claude-sonnet-4-0', 'claude-sonnet-4-20250514'],
    ['claude-opus-4-5', 'claude-opus-4-5-20251101'],
    ['claude-opus-4-1', 'claude-opus-4-1-20250805'],
    ['claude-opus-4-0', 'claude-opus-4-20250514'],
    ['claude-3-7-sonnet-latest', 'claude-3-7-sonnet-20250219'],
    ['claude-3-5-sonnet-latest', 'claude-3-5-sonnet-20241022'],
    ['claude-3-5-sonnet-20240620', 'claude-3-5-sonnet-20240620'],
    ['claude-haiku-4-5', 'claude-haiku-4-5-20251001'],
    ['claude-3-5-haiku-latest', 'claude-3-5-haiku-20241022'],
    ['claude-3-opus-latest', 'claude-3-opus-20240229'],
    ['claude-opus-4-6', 'claude-opus-4-6'],
    ['claude-fable-5-2', 'claude-fable-5-2'],
    ['claude-mythos-5-1', 'claude-mythos-5-1'],
    ['claude-haiku-5-5', 'claude-haiku-5-5'],
  ])('%s → %s', (rawId, model) => {
    expect(resolvesTo(rawId)).toEqual({
      ok: true,
      model,
      provider: 'anthropic',
      regional: false,
      longContextSuffix: false,
    });
  });

  it('ignores case and surrounding space', () => {
    expect(resolvesTo(' Claude-Sonnet-4-5 ').model).toBe('claude-sonnet-4-5-20250929');
  });
});

describe('Bedrock ids', () => {
  it.each(['us', 'eu', 'apac', 'au', 'jp'])('%s. prefix is a regional endpoint', (region) => {
    const resolution = resolvesTo(`${region}.anthropic.claude-sonnet-4-5-20250929-v1:0`);
    expect(resolution).toMatchObject({
      model: 'claude-sonnet-4-5-20250929',
      provider: 'bedrock',
      regional: true,
    });
  });

  it('global. prefix is the cross-region endpoint at list price', () => {
    expect(resolvesTo('global.anthropic.claude-sonnet-4-5-20250929-v1:0')).toMatchObject({
      model: 'claude-sonnet-4-5-20250929',
      provider: 'bedrock',
      regional: false,
    });
  });

  it('bare anthropic. is the in-region endpoint', () => {
    expect(resolvesTo('anthropic.claude-sonnet-4-5-20250929-v1:0')).toMatchObject({
      model: 'claude-sonnet-4-5-20250929',
      regional: true,
    });
  });

  it.each([
    ['us.anthropic.claude-opus-4-6-v1', 'claude-opus-4-6'],
    ['us.anthropic.claude-opus-4-8', 'claude-opus-4-8'],
    ['anthropic.claude-3-5-sonnet-20241022-v2:0', 'claude-3-5-sonnet-20241022'],
    ['anthropic.claude-3-5-sonnet-20240620-v1:0', 'claude-3-5-sonnet-20240620'],
    ['anthropic.claude-3-haiku-20240307-v1:0:200k', 'claude-3-haiku-20240307'],
    ['apac.anthropic.claude-haiku-4-5-20251001-v1:0', 'claude-haiku-4-5-20251001'],
  ])('version suffixes: %s → %s', (rawId, model) => {
    expect(resolvesTo(rawId).model).toBe(model);
  });

  it('an ARN resolves by the part after the last /', () => {
    const profile =
      'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-opus-4-6-v1';
    expect(resolvesTo(profile)).toMatchObject({
      model: 'claude-opus-4-6',
      provider: 'bedrock',
      regional: true,
    });
    const foundation =
      'arn:aws:bedrock:eu-west-1::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0';
    expect(resolvesTo(foundation).model).toBe('claude-sonnet-4-20250514');
  });

  it('an application inference profile ARN names no model', () => {
    const arn = 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4';
    const resolution = resolveModel(book, arn);
    expect(resolution.ok).toBe(false);
    if (!resolution.ok) expect(resolution.reason).toContain('does not name a model');
  });
});

describe('Vertex ids', () => {
  it.each([
    ['claude-opus-4-5@20251101', 'claude-opus-4-5-20251101'],
    ['claude-sonnet-4@20250514', 'claude-sonnet-4-20250514'],
    ['claude-sonnet-4-5@20250929', 'claude-sonnet-4-5-20250929'],
    ['claude-3-5-sonnet-v2@20241022', 'claude-3-5-sonnet-20241022'],
    ['claude-opus-4-6@default', 'claude-opus-4-6'],
    ['claude-haiku-4-5@default', 'claude-haiku-4-5-20251001'],
  ])('%s → %s', (rawId, model) => {
    expect(resolvesTo(rawId)).toMatchObject({ model, provider: 'vertex', regional: false });
  });

  it('an unknown version tag is not guessed', () => {
    expect(resolveModel(book, 'claude-opus-4-5@latest').ok).toBe(false);
    expect(resolveModel(book, 'claude-opus-4-5@2025110').ok).toBe(false);
  });
});

describe('suffixes and gateway prefixes', () => {
  it('[1m] is stripped and remembered', () => {
    expect(resolvesTo('claude-opus-4-6[1m]')).toEqual({
      ok: true,
      model: 'claude-opus-4-6',
      provider: 'anthropic',
      regional: false,
      longContextSuffix: true,
    });
    expect(resolvesTo('us.anthropic.claude-sonnet-4-5-20250929-v1:0[1m]')).toMatchObject({
      model: 'claude-sonnet-4-5-20250929',
      longContextSuffix: true,
    });
  });

  it.each([
    ['anthropic/claude-sonnet-4-5', 'claude-sonnet-4-5-20250929', 'anthropic', false],
    ['bedrock/us.anthropic.claude-opus-4-6-v1', 'claude-opus-4-6', 'bedrock', true],
    ['bedrock/global.anthropic.claude-opus-4-6-v1', 'claude-opus-4-6', 'bedrock', false],
    ['vertex_ai/claude-opus-4-5@20251101', 'claude-opus-4-5-20251101', 'vertex', false],
  ])('%s → %s via %s', (rawId, model, provider, regional) => {
    expect(resolvesTo(rawId)).toMatchObject({ model, provider, regional });
  });
});

describe('ids that must not resolve', () => {
  it.each(['opus', 'sonnet', 'haiku', 'fable', 'opusplan', 'sonnet[1m]', 'anthropic/opus'])(
    'alias %s is unresolvable',
    (alias) => {
      const resolution = resolveModel(book, alias);
      expect(resolution.ok).toBe(false);
      if (!resolution.ok) expect(resolution.reason).toMatch(/^alias '.+' does not name a model/);
    },
  );

  it('<synthetic> is not a model', () => {
    const resolution = resolveModel(book, '<synthetic>');
    expect(resolution.ok).toBe(false);
    if (!resolution.ok) expect(resolution.reason).toContain('synthetic');
  });

  it.each([
    'claude-sonnet-4-5-evil',
    'claude-sonnet-4-5-20250929-evil',
    'xclaude-sonnet-4-5',
    'claude-sonnet',
    'claude-sonnet-4-5-20250928',
    'us.anthropic.claude-sonnet-4-5-evil-v1:0',
    'us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0',
    'claude-sonnet-4-5-20250929-v1:0',
    'openai/gpt-5',
    '',
  ])('lookalike or unknown %j is not in the price book', (rawId) => {
    const resolution = resolveModel(book, rawId);
    expect(resolution.ok).toBe(false);
  });

  it('says the model is not in the price book', () => {
    expect(resolveModel(book, 'claude-sonnet-4-5-evil')).toEqual({
      ok: false,
      reason: "model 'claude-sonnet-4-5-evil' not in price book",
    });
  });
});

it('caches each distinct id', () => {
  expect(resolveModel(book, 'claude-sonnet-4-5')).toBe(resolveModel(book, 'claude-sonnet-4-5'));
});
