import { z } from 'zod';
import { FACILITY_KIND_IDS, FACILITY_STATUSES, type FacilityKind } from './facility_kinds.ts';
import { ZONE_CLASSES, ZONE_LEVELS } from './model.ts';
import { formatIssuePath, travelAssumptionSchema } from './rule_schema.ts';
import type { Workspace } from './workspace.ts';
import { migrateWorkspace, type WorkspaceError } from './workspace_migrate.ts';

const count = () => z.number().finite().nonnegative();

/** A closed linear ring of ≥ 4 [lon, lat] positions; checked in a loop (zod per vertex is 10× slower). */
function isRing(v: unknown): boolean {
  if (!Array.isArray(v) || v.length < 4) return false;
  for (const p of v) {
    if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return false;
  }
  return true;
}
const ring = z.custom<number[][]>(isRing, {
  params: { zh: '线环须为至少 4 个 [经度, 纬度] 坐标的数组' },
  message: 'expected a ring of at least 4 [lon, lat] positions',
});

// Loose objects keep optional fields other modules add to Facility and Zone (e.g. Zone.nameEn).
export const facilitySchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  kind: z.enum(FACILITY_KIND_IDS as [FacilityKind, ...FacilityKind[]]),
  status: z.enum(FACILITY_STATUSES),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  beds: count().optional(),
  doctors: count().optional(),
  nurses: count().optional(),
  ambulances: count().optional(),
  tcmHall: z.boolean().optional(),
  open24h: z.boolean().optional(),
  address: z.string().optional(),
  notes: z.string().optional(),
  illustrative: z.boolean().optional(),
});

export const zoneSchema = z.looseObject({
  code: z.string().min(1),
  name: z.string(),
  level: z.enum(ZONE_LEVELS),
  class: z.enum(ZONE_CLASSES),
  population: count().nullable(),
  parentCode: z.string().optional(),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
  ]),
  illustrative: z.boolean().optional(),
});

export const scenarioSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  createdAt: z.string(),
  facilities: z.array(facilitySchema),
  removedBaselineIds: z.array(z.string()),
});

const thresholdOverrideSchema = z.strictObject({
  radiusKm: z.number().positive().optional(),
  minutes: z.number().positive().optional(),
  combine: z.enum(['either', 'both']).optional(),
  travel: travelAssumptionSchema.partial().optional(),
});

export const ruleOverrideSchema = z.strictObject({
  enabled: z.boolean().optional(),
  thresholds: z
    .strictObject({ urban: thresholdOverrideSchema.optional(), rural: thresholdOverrideSchema.optional() })
    .optional(),
  targetShare: z.number().gt(0).max(1).optional(),
  minCount: z.number().int().nonnegative().optional(),
  target: z.number().positive().optional(),
});

export const workspaceSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string().min(1),
  name: z.string(),
  zones: z.array(zoneSchema),
  baseline: z.array(facilitySchema),
  scenarios: z.array(scenarioSchema),
  activeScenarioId: z.string().nullable(),
  rules: z.object({
    presetId: z.string().min(1),
    overrides: z.record(z.string(), ruleOverrideSchema),
    countedStatuses: z.array(z.enum(FACILITY_STATUSES)).optional(),
  }),
  view: z.object({
    center: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
    zoom: z.number().min(0).max(24),
    selectedRuleId: z.string().optional(),
    lang: z.enum(['zh', 'en']).optional(),
  }),
  populationPoints: z
    .array(
      z.object({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90), population: count() }),
    )
    .optional(),
  illustrative: z.boolean().optional(),
  sourceName: z.string().optional(),
  savedAt: z.string().optional(),
});

type Ctx = z.core.$RefinementCtx<z.infer<typeof workspaceSchema>>;

function duplicates(
  ctx: Ctx,
  ids: string[],
  path: (i: number) => PropertyKey[],
  what: { zh: string; en: string },
) {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, i);
      return;
    }
    const en = `duplicate ${what.en} "${id}" (first at index ${first})`;
    ctx.addIssue({
      code: 'custom',
      path: path(i),
      message: en,
      params: { zh: `${what.zh}“${id}”重复（首次出现于第 ${first} 项）` },
    });
  });
}

const checkedSchema = workspaceSchema.superRefine((ws, ctx) => {
  duplicates(
    ctx,
    ws.zones.map((z) => z.code),
    (i) => ['zones', i, 'code'],
    { zh: '区划代码', en: 'zone code' },
  );
  duplicates(
    ctx,
    ws.baseline.map((f) => f.id),
    (i) => ['baseline', i, 'id'],
    { zh: '设施编号', en: 'facility id' },
  );
  duplicates(
    ctx,
    ws.scenarios.map((s) => s.id),
    (i) => ['scenarios', i, 'id'],
    { zh: '方案编号', en: 'scenario id' },
  );
  ws.scenarios.forEach((s, j) => {
    const path = (i: number) => ['scenarios', j, 'facilities', i, 'id'];
    duplicates(
      ctx,
      s.facilities.map((f) => f.id),
      path,
      { zh: '设施编号', en: 'facility id' },
    );
  });
  if (ws.activeScenarioId !== null && !ws.scenarios.some((s) => s.id === ws.activeScenarioId)) {
    const en = `no scenario has id "${ws.activeScenarioId}"`;
    ctx.addIssue({
      code: 'custom',
      path: ['activeScenarioId'],
      message: en,
      params: { zh: `没有编号为“${ws.activeScenarioId}”的方案` },
    });
  }
});

const zhLocale = z.locales.zhCN().localeError;

function toErrors(error: z.ZodError): WorkspaceError[] {
  return error.issues.map((issue) => {
    const custom = issue.code === 'custom' ? (issue.params?.zh as string | undefined) : undefined;
    const zh = zhLocale(issue as unknown as z.core.$ZodRawIssue);
    const zhText = custom ?? (typeof zh === 'string' ? zh : (zh?.message ?? issue.message));
    return { path: formatIssuePath(issue.path), message: { zh: zhText, en: issue.message } };
  });
}

/** Result of reading a workspace; `migratedFrom` is set when an older schema version was upgraded. */
export type ParseWorkspaceResult =
  | { ok: true; workspace: Workspace; migratedFrom?: number }
  | { ok: false; errors: WorkspaceError[] };

/**
 * Migrate (from any older schema version) and validate a parsed JSON workspace. Never throws and
 * never mutates `json`; errors name the field path, in Chinese and English.
 *
 * @example parseWorkspace(JSON.parse(text)) // { ok: false, errors: [{ path: 'baseline[2].lon', message: {…} }] }
 */
export function parseWorkspace(json: unknown): ParseWorkspaceResult {
  const migrated = migrateWorkspace(json);
  if (!migrated.ok) return migrated;
  const parsed = checkedSchema.safeParse(migrated.json, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: toErrors(parsed.error) };
  const workspace = parsed.data as Workspace;
  if (migrated.fromVersion === 1) return { ok: true, workspace };
  return { ok: true, workspace, migratedFrom: migrated.fromVersion };
}
