import { z } from 'zod';
import { FACILITY_KIND_IDS, type FacilityKind } from './facility_kinds.ts';
import { FACILITY_ATTRIBUTES, ZONE_CLASSES, ZONE_LEVELS } from './model.ts';
import { type Rule, type RulePreset, type RuleSource, TRAVEL_MODES, type TravelAssumption } from './rules.ts';

/** Seed document file names: three digits, an underscore, 16 hex digits, `.txt`. */
export const SEED_FILE_PATTERN = /^\d{3}_[0-9a-f]{16}\.txt$/;
/** Highest plausible travel speed, km/h. */
export const MAX_SPEED_KMH = 200;

const HAN = /\p{Script=Han}/u;

const positive = () =>
  z
    .number({ error: 'expected a positive number' })
    .finite()
    .positive({ error: 'expected a positive number' });
const positiveInt = () =>
  z
    .number({ error: 'expected a positive whole number' })
    .int({ error: 'expected a positive whole number' })
    .positive({
      error: 'expected a positive whole number',
    });
const text = () =>
  z.string({ error: 'expected a non-empty string' }).trim().min(1, { error: 'expected a non-empty string' });
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of: ${values.join(', ')}` });

const kind = z.enum(FACILITY_KIND_IDS as [FacilityKind, ...FacilityKind[]], {
  error: (issue) =>
    `unknown facility kind ${JSON.stringify(issue.input)}; known kinds: ${FACILITY_KIND_IDS.join(', ')}`,
});
const kinds = z.array(kind, { error: 'expected a list of facility kinds' }).min(1, {
  error: 'expected at least one facility kind',
});

export const labelSchema = z.strictObject({ zh: text(), en: text() });

export const ruleSourceSchema = z.strictObject({
  file: z.string({ error: 'expected a seed file name' }).regex(SEED_FILE_PATTERN, {
    error: 'expected a seed file name like 000_e231058eb99c46c0.txt',
  }),
  lines: z.array(positiveInt(), { error: 'expected a list of line numbers' }).min(1, {
    error: 'expected at least one line number',
  }),
  quoteZh: text().regex(HAN, { error: 'expected the original Chinese wording' }),
});

export const travelAssumptionSchema = z.strictObject({
  mode: oneOf(TRAVEL_MODES),
  speedKmh: positive().max(MAX_SPEED_KMH, { error: `expected a speed of at most ${MAX_SPEED_KMH} km/h` }),
  detourFactor: z
    .number({ error: 'expected a number ≥ 1' })
    .finite()
    .min(1, { error: 'expected a number ≥ 1' }),
});

export const reachThresholdSchema = z
  .strictObject({
    radiusKm: positive().optional(),
    minutes: positive().optional(),
    combine: oneOf(['either', 'both']),
    travel: travelAssumptionSchema.optional(),
  })
  .superRefine((t, ctx) => {
    if (t.radiusKm === undefined && t.minutes === undefined) {
      ctx.addIssue({ code: 'custom', path: ['radiusKm'], message: 'expected radiusKm or minutes (or both)' });
    }
    if (t.minutes !== undefined && t.travel === undefined) {
      ctx.addIssue({ code: 'custom', path: ['travel'], message: 'required when minutes is set' });
    }
  });

const common = {
  id: z.string({ error: 'expected a rule id' }).regex(/^[a-z][a-z0-9_]*$/, {
    error: 'expected a rule id in lower_snake_case',
  }),
  title: labelSchema,
  description: labelSchema.optional(),
  sources: z.array(ruleSourceSchema, { error: 'expected a list of sources' }).min(1, {
    error: 'expected at least one source',
  }),
  enabled: z.boolean({ error: 'expected true or false' }),
  nature: oneOf(['binding', 'expected']).optional(),
};

export const reachRuleSchema = z.strictObject({
  ...common,
  type: z.literal('reach'),
  kinds,
  thresholds: z
    .strictObject({ urban: reachThresholdSchema.optional(), rural: reachThresholdSchema.optional() })
    .refine((t) => t.urban !== undefined || t.rural !== undefined, {
      error: 'expected a threshold for urban, rural or both',
    }),
  targetShare: z
    .number({ error: 'expected a share between 0 and 1' })
    .gt(0, { error: 'expected a share between 0 and 1' })
    .max(1, { error: 'expected a share between 0 and 1' }),
});

export const minCountRuleSchema = z.strictObject({
  ...common,
  type: z.literal('minCount'),
  kinds,
  zoneLevel: oneOf(ZONE_LEVELS),
  classes: z.array(oneOf(ZONE_CLASSES)).min(1, { error: 'expected at least one zone class' }).optional(),
  minCount: positiveInt(),
  perPopulation: z
    .strictObject({ minResidents: positive(), maxResidents: positive() })
    .refine((p) => p.minResidents <= p.maxResidents, {
      error: 'expected minResidents ≤ maxResidents',
      path: ['maxResidents'],
    })
    .optional(),
  exceptions: z
    .strictObject({ belowPopulation: positive().optional(), hostsKinds: kinds.optional() })
    .optional(),
});

export const ratioRuleSchema = z.strictObject({
  ...common,
  type: z.literal('ratio'),
  attribute: oneOf(FACILITY_ATTRIBUTES),
  kinds: kinds.optional(),
  perResidents: positive(),
  target: positive(),
  scope: oneOf(['area', 'zone']),
});

export const ruleSchema = z.discriminatedUnion(
  'type',
  [reachRuleSchema, minCountRuleSchema, ratioRuleSchema],
  {
    error: 'expected a rule with type reach, minCount or ratio',
  },
);

/** A list of rules whose ids are unique. */
export const rulesSchema = z
  .array(ruleSchema, { error: 'expected a list of rules' })
  .superRefine((rules, ctx) => {
    const seen = new Map<string, number>();
    rules.forEach((rule, i) => {
      const first = seen.get(rule.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `duplicate rule id (also rules[${first}])`,
        });
      } else {
        seen.set(rule.id, i);
      }
    });
  });

export const presetDocumentSchema = z.strictObject({
  file: ruleSourceSchema.shape.file,
  title: labelSchema,
  place: labelSchema,
  years: z.string().regex(/^\d{4}[–-]\d{4}$/, { error: 'expected years like 2021–2025' }),
});

/** The rule preset file format: the one reference for seeds/presets/*.json and rules the planner imports. */
export const rulePresetSchema = z
  .strictObject({
    id: z.string({ error: 'expected a preset id' }).regex(/^[a-z0-9][a-z0-9_]*$/, {
      error: 'expected a preset id in lower_snake_case',
    }),
    title: labelSchema,
    documents: z.array(presetDocumentSchema).min(1, { error: 'expected at least one document' }),
    rules: rulesSchema,
  })
  .superRefine((preset, ctx) => {
    const files = new Set(preset.documents.map((d) => d.file));
    preset.rules.forEach((rule, i) => {
      rule.sources.forEach((source, j) => {
        if (!files.has(source.file)) {
          ctx.addIssue({
            code: 'custom',
            path: ['rules', i, 'sources', j, 'file'],
            message: `not among the preset's documents (${[...files].join(', ')})`,
          });
        }
      });
    });
  });

/** One problem in a rule file: the path of the bad field, e.g. `rules[2].thresholds.rural.radiusKm`. */
export interface RuleFileError {
  path: string;
  message: string;
}

/** `['rules', 2, 'thresholds']` → `rules[2].thresholds`; the empty path is `(root)`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out === '' ? '' : '.'}${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

function toErrors(error: z.ZodError, prefix: PropertyKey[] = []): RuleFileError[] {
  const errors = error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    // Unknown keys are reported on the parent object: name them in the path.
    if (issue.code === 'unrecognized_keys' && issue.keys.length === 1) {
      return { path: formatIssuePath([...path, issue.keys[0] ?? '']), message: 'unknown field' };
    }
    return { path: formatIssuePath(path), message: issue.message };
  });
  // One message per field: the first is the most specific.
  return errors.filter((e, i) => errors.findIndex((f) => f.path === e.path) === i);
}

/**
 * Validates a rule preset (one parsed JSON file of seeds/presets/) against the rule schema.
 * When `fileName` is given (e.g. `000_yuxi.json`), the preset id must equal its base name.
 * Never throws; the input is not modified.
 *
 * @example parseRulePreset(JSON.parse(text), '004_xishan.json') // { ok: true, preset }
 */
export function parseRulePreset(
  json: unknown,
  fileName?: string,
): { ok: true; preset: RulePreset } | { ok: false; errors: RuleFileError[] } {
  const parsed = rulePresetSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: toErrors(parsed.error) };
  const expectedId = fileName?.replace(/^.*[\\/]/, '').replace(/\.json$/i, '');
  if (expectedId !== undefined && parsed.data.id !== expectedId) {
    return {
      ok: false,
      errors: [{ path: 'id', message: `expected "${expectedId}" to match the file name` }],
    };
  }
  return { ok: true, preset: parsed.data };
}

/**
 * Validates a list of rules (e.g. rules the planner edited or imported); ids must be unique.
 *
 * @example parseRules([{ id: 'beds_per_1000', type: 'ratio', ... }]) // { ok: true, rules }
 */
export function parseRules(
  json: unknown,
): { ok: true; rules: Rule[] } | { ok: false; errors: RuleFileError[] } {
  const parsed = rulesSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: toErrors(parsed.error, ['rules']) };
  return { ok: true, rules: parsed.data };
}

/**
 * The preset format as JSON Schema (draft 2020-12), for editors and docs; cross-field checks
 * (minutes need travel, unique ids, sources among the documents) exist only in `parseRulePreset`.
 */
export function rulePresetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(rulePresetSchema, { unrepresentable: 'any' }) as Record<string, unknown>;
}

type Equals<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Compile-time check: the schema and the hand-written types in rules.ts describe the same data.
const schemaMatchesRulePreset: Equals<z.infer<typeof rulePresetSchema>, RulePreset> = true;
const schemaMatchesRule: Equals<z.infer<typeof ruleSchema>, Rule> = true;
const schemaMatchesSource: Equals<z.infer<typeof ruleSourceSchema>, RuleSource> = true;
const schemaMatchesTravel: Equals<z.infer<typeof travelAssumptionSchema>, TravelAssumption> = true;
void [schemaMatchesRulePreset, schemaMatchesRule, schemaMatchesSource, schemaMatchesTravel];
