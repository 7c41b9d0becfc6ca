import * as z from 'zod';
import { defaultPriceBook, mergePriceBooks, PriceBookOverrideSchema, type PriceBookOverride } from '../pricing/book.js';
import { ConfigError, describeIssue, preview } from './config-error.js';
import {
  DEFAULT_BASELINE_SOURCE,
  DEFAULT_CACHE_TARGET,
  DEFAULT_DEVELOPER,
  DEFAULT_HISTORY_DAYS,
  DEFAULT_KINDS,
  DEFAULT_MECHANICAL,
  DEFAULT_MIN_SESSIONS,
  DEFAULT_OPEN_ENDED,
  DEFAULT_TASK_MAPPINGS,
  DEFAULT_TIME_ZONE,
  DEFAULT_USE_DECLARED,
  FALLBACK_KEY,
} from './defaults.js';

export { ConfigError } from './config-error.js';

/**
 * The team policy file, `.github/claude-cost.yml`. Every key is optional; what a missing key
 * means is stated in defaults.ts. Keys are camelCase. Unknown keys are an error, not a warning:
 * a misspelt budget that is silently ignored would turn the gate off without anyone noticing.
 * Amounts are USD unless written under `local` (the display currency, converted at its rate).
 */

/**
 * The file's zod schemas, built on first use: building them is a fifth of what loading the CLI
 * costs, and a run without a policy file never needs them.
 */
function buildSchemas() {
  const kindName = z
    .string()
    .regex(/^[a-z][a-z0-9_-]{0,31}$/, 'must be a task kind: lowercase letters, digits, "-" or "_", at most 32')
    .refine((k) => k !== FALLBACK_KEY, `"${FALLBACK_KEY}" is reserved for the fallback budget`);
  const mappingKey = z.string().min(1).max(100);
  const modelId = z
    .string()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9._:@/[\]+-]+$/, 'must be a model id');
  const money = z.number().min(0, 'must not be negative').max(1_000_000_000);
  const tokens = z.number().int('must be a whole number of tokens').min(0, 'must not be negative');
  const share = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
  const positiveCount = z.number().int('must be a whole number').min(1, 'must be at least 1');

  const LimitSchema = z
    .strictObject({
      usd: money.optional().describe('Limit in US dollars.'),
      local: money.optional().describe('Limit in the display currency (needs `currency`), converted at its rate.'),
      tokens: tokens.optional().describe('Limit in tokens: input + output + cache write + cache read.'),
    })
    .refine((l) => l.usd === undefined || l.local === undefined, { error: 'give usd or local, not both' });

  const BudgetSchema = z.strictObject({
    perPr: LimitSchema.optional().describe('Limits on the whole pull request.'),
    perSession: LimitSchema.optional().describe('Limits on each session.'),
    warnAt: share.optional().describe('Share of a limit at which the verdict becomes a warning (default 0.75).'),
    allowedModels: z.array(modelId).min(1).max(100).optional().describe('Models this work may use; others warn.'),
    preferredModel: modelId.optional().describe('The cheaper model advised for mechanical task kinds.'),
  });

  const OpenEndedSchema = z
    .strictObject({
      peakContextTokens: positiveCount.optional(),
      turns: positiveCount.optional(),
      durationMinutes: z.number().positive('must be more than 0').optional(),
      compactions: positiveCount.optional(),
      totalTokens: positiveCount.optional(),
    })
    .describe('A session that reaches any of these is open-ended. Giving this replaces the defaults.');

  const BaselineFiguresSchema = z.strictObject({
    scopedUsd: money.optional().describe('Typical cost of a scoped session, USD.'),
    openEndedUsd: money.optional().describe('Typical cost of an open-ended session, USD.'),
  });

  const TasksSchema = z.strictObject({
    kinds: z
      .array(kindName)
      .min(1)
      .max(50)
      .optional()
      .describe('Task kinds (default: feature, bugfix, refactor, docs, test, chore).'),
    labels: z
      .record(mappingKey, kindName)
      .optional()
      .describe('PR label → kind. The first listed label the PR has wins.'),
    branchPrefixes: z.record(mappingKey, kindName).optional().describe('Branch prefix → kind. The longest match wins.'),
    titleTypes: z.record(mappingKey, kindName).optional().describe('Conventional-commit type of the PR title → kind.'),
    default: kindName.optional().describe('Kind when nothing matches (default: feature).'),
    mechanical: z.array(kindName).optional().describe('Kinds that get cheaper-model advice (default: docs, chore).'),
  });

  const ScopeSchema = z.strictObject({
    useDeclared: z
      .boolean()
      .default(DEFAULT_USE_DECLARED)
      .describe("Trust a record's declared scope over the thresholds."),
    openEnded: OpenEndedSchema.optional(),
  });

  const BaselineSchema = z.strictObject({
    source: z
      .enum(['auto', 'config', 'history'])
      .default(DEFAULT_BASELINE_SOURCE)
      .describe('auto: history when given, else perTask.'),
    perTask: z.record(z.string().min(1).max(64), BaselineFiguresSchema).default({}).describe('Per kind, or `default`.'),
    historyDays: z.number().int().min(1).max(3660).default(DEFAULT_HISTORY_DAYS),
    minSessions: positiveCount
      .max(10_000)
      .default(DEFAULT_MIN_SESSIONS)
      .describe('Sessions a kind needs for its own median.'),
  });

  const CurrencySchema = z
    .strictObject({
      code: z
        .string()
        .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as HKD')
        .refine((c) => c !== 'USD', 'USD is always shown; name the other currency'),
      perUsd: z
        .number()
        .positive('must be more than 0')
        .max(1_000_000_000)
        .describe('Units of this currency per US dollar.'),
    })
    .describe('A display currency beside USD, at a fixed rate: no rate is fetched.');

  /** An IANA zone this runtime knows (Intl throws a RangeError for others). */
  const timeZone = z
    .string()
    .min(1)
    .max(64)
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone such as Asia/Hong_Kong');

  const PeriodSchema = z.strictObject({
    timeZone: timeZone
      .default(DEFAULT_TIME_ZONE)
      .describe('The zone days, weeks and months of the period report are counted in.'),
    dailyLimit: LimitSchema.optional().describe('Per developer per day, checked in the period report.'),
  });

  const ConfigSchema = z
    .strictObject({
      version: z.literal(1).default(1),
      tasks: TasksSchema.prefault({}),
      budgets: z
        .record(z.string().min(1).max(64), BudgetSchema)
        .default({})
        .describe('Budgets per task kind; the `default` entry applies to kinds without their own, field by field.'),
      scope: ScopeSchema.prefault({}),
      baseline: BaselineSchema.prefault({}),
      cache: z.strictObject({ hitRateTarget: share.default(DEFAULT_CACHE_TARGET) }).prefault({}),
      currency: CurrencySchema.optional(),
      period: PeriodSchema.prefault({}),
      developer: z.enum(['email', 'login']).default(DEFAULT_DEVELOPER).describe('How records name their developer.'),
      pricing: PriceBookOverrideSchema.optional().describe(
        'Price rows that replace (same `model`) or extend the shipped price book, in its format: `models`, each with `ids`, `source`, `checked` and dated `prices`.',
      ),
    })
    .superRefine((config, ctx) => {
      const kinds: readonly string[] = config.tasks.kinds ?? DEFAULT_KINDS;
      const known = (kind: string, path: PropertyKey[]) => {
        if (kinds.includes(kind)) return;
        ctx.addIssue({
          code: 'custom',
          path,
          params: { value: kind },
          message: `not a task kind (kinds: ${kinds.join(', ')})`,
        });
      };
      const { tasks, budgets, baseline } = config;
      for (const field of ['labels', 'branchPrefixes', 'titleTypes'] as const) {
        for (const [key, kind] of Object.entries(tasks[field] ?? {})) known(kind, ['tasks', field, key]);
      }
      if (tasks.default !== undefined) known(tasks.default, ['tasks', 'default']);
      tasks.mechanical?.forEach((kind, i) => known(kind, ['tasks', 'mechanical', i]));
      for (const key of Object.keys(budgets)) if (key !== FALLBACK_KEY) known(key, ['budgets', key]);
      for (const key of Object.keys(baseline.perTask))
        if (key !== FALLBACK_KEY) known(key, ['baseline', 'perTask', key]);
      if (config.currency === undefined) {
        for (const [key, budget] of Object.entries(budgets)) {
          for (const limit of ['perPr', 'perSession'] as const) {
            if (budget[limit]?.local === undefined) continue;
            ctx.addIssue({
              code: 'custom',
              path: ['budgets', key, limit, 'local'],
              message: 'a local-currency limit needs `currency`',
            });
          }
        }
        if (config.period.dailyLimit?.local !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['period', 'dailyLimit', 'local'],
            message: 'a local-currency limit needs `currency`',
          });
        }
      } else if (!knownCurrency(config.currency.code)) {
        ctx.addIssue({ code: 'custom', path: ['currency', 'code'], message: 'not an ISO 4217 currency code' });
      }
    });
  return {
    ConfigSchema,
    TasksSchema,
    BudgetSchema,
    LimitSchema,
    OpenEndedSchema,
    BaselineFiguresSchema,
    ScopeSchema,
    BaselineSchema,
    CurrencySchema,
  };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;

export function configSchemas(): Schemas {
  schemas ??= buildSchemas();
  return schemas;
}

export type BudgetConfig = z.output<Schemas['BudgetSchema']>;
export type LimitConfig = z.output<Schemas['LimitSchema']>;
export type OpenEndedRules = z.output<Schemas['OpenEndedSchema']>;
export type BaselineFiguresConfig = z.output<Schemas['BaselineFiguresSchema']>;

/** The config with every default applied. Mappings are Maps, so a data string never indexes an object. */
export interface Config {
  version: 1;
  tasks: {
    kinds: string[];
    labels: ReadonlyMap<string, string>;
    branchPrefixes: ReadonlyMap<string, string>;
    titleTypes: ReadonlyMap<string, string>;
    default: string;
    mechanical: string[];
  };
  budgets: ReadonlyMap<string, BudgetConfig>;
  scope: { useDeclared: boolean; openEnded: OpenEndedRules };
  baseline: {
    source: 'auto' | 'config' | 'history';
    perTask: ReadonlyMap<string, BaselineFiguresConfig>;
    historyDays: number;
    minSessions: number;
  };
  cache: { hitRateTarget: number };
  currency: { code: string; perUsd: number } | null;
  period: {
    timeZone: string;
    /** Per developer per local day; a `local` limit is already converted to USD. */
    dailyLimit: { usd: number | undefined; tokens: number | undefined };
  };
  developer: 'email' | 'login';
  /** The config's own price rows, applied over the shipped book (see `priceBookFrom`). */
  pricing: PriceBookOverride | null;
}

/** Validate a config already parsed (from YAML, or JSON in tests and the Action). */
export function validateConfig(raw: unknown, fileName: string): Config {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(fileName, [`the file must be a mapping of keys (got ${preview(raw)})`]);
  }
  const result = configSchemas().ConfigSchema.safeParse(raw);
  if (!result.success) {
    const known = knownKeys();
    throw new ConfigError(
      fileName,
      result.error.issues.slice(0, 10).map((issue) => describeIssue(issue, raw, known)),
    );
  }
  const pricing = result.data.pricing;
  if (pricing !== undefined) {
    // Checked against the shipped book now, so a clash (an id another row has) is a config error.
    try {
      mergePriceBooks(defaultPriceBook(), pricing);
    } catch (error) {
      throw new ConfigError(fileName, [`pricing: ${error instanceof Error ? error.message : 'invalid price rows'}`]);
    }
  }
  return resolveConfig(result.data);
}

function resolveConfig(raw: z.output<Schemas['ConfigSchema']>): Config {
  const kinds = [...(raw.tasks.kinds ?? DEFAULT_KINDS)];
  // Default mappings keep only the kinds this config has, so renaming kinds never trips over them.
  const mapping = (given: Record<string, string> | undefined, defaults: Record<string, string>) =>
    new Map(Object.entries(given ?? defaults).filter(([, kind]) => kinds.includes(kind)));
  return {
    version: 1,
    tasks: {
      kinds,
      labels: mapping(raw.tasks.labels, DEFAULT_TASK_MAPPINGS.labels),
      branchPrefixes: mapping(raw.tasks.branchPrefixes, DEFAULT_TASK_MAPPINGS.branchPrefixes),
      titleTypes: mapping(raw.tasks.titleTypes, DEFAULT_TASK_MAPPINGS.titleTypes),
      default: raw.tasks.default ?? (kinds.includes('feature') ? 'feature' : (kinds[0] as string)),
      mechanical: raw.tasks.mechanical ?? DEFAULT_MECHANICAL.filter((k) => kinds.includes(k)),
    },
    budgets: new Map(Object.entries(raw.budgets)),
    scope: { useDeclared: raw.scope.useDeclared, openEnded: raw.scope.openEnded ?? DEFAULT_OPEN_ENDED },
    baseline: { ...raw.baseline, perTask: new Map(Object.entries(raw.baseline.perTask)) },
    cache: raw.cache,
    currency: raw.currency ?? null,
    period: {
      timeZone: raw.period.timeZone,
      dailyLimit: {
        usd:
          raw.period.dailyLimit?.local !== undefined && raw.currency !== undefined
            ? raw.period.dailyLimit.local / raw.currency.perUsd
            : raw.period.dailyLimit?.usd,
        tokens: raw.period.dailyLimit?.tokens,
      },
    },
    developer: raw.developer,
    pricing: raw.pricing ?? null,
  };
}

let defaults: Config | undefined;

/**
 * The config of no file, or of an empty one: what the schema makes of `{}`, written out so that a
 * run without a policy file builds no schema (a test holds the two together).
 */
export function defaultConfig(): Config {
  defaults ??= resolveConfig({
    version: 1,
    tasks: {},
    budgets: {},
    scope: { useDeclared: DEFAULT_USE_DECLARED },
    baseline: {
      source: DEFAULT_BASELINE_SOURCE,
      perTask: {},
      historyDays: DEFAULT_HISTORY_DAYS,
      minSessions: DEFAULT_MIN_SESSIONS,
    },
    cache: { hitRateTarget: DEFAULT_CACHE_TARGET },
    period: { timeZone: DEFAULT_TIME_ZONE },
    developer: DEFAULT_DEVELOPER,
  });
  return defaults;
}

/** Every key the file can hold, for "did you mean" on unknown keys. */
function knownKeys(): string[] {
  const { ConfigSchema, TasksSchema, BudgetSchema, LimitSchema, OpenEndedSchema } = configSchemas();
  const { BaselineFiguresSchema, ScopeSchema, BaselineSchema, CurrencySchema } = configSchemas();
  return [
    ...[ConfigSchema, TasksSchema, BudgetSchema, LimitSchema, OpenEndedSchema].flatMap((s) => Object.keys(s.shape)),
    ...[BaselineFiguresSchema, ScopeSchema, BaselineSchema, CurrencySchema].flatMap((s) => Object.keys(s.shape)),
    'hitRateTarget',
  ];
}

let currencies: Set<string> | undefined;
function knownCurrency(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(code);
}
