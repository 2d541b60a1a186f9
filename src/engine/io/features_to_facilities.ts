import type { FeatureCollection, Geometry, MultiPoint, Point } from 'geojson';
import {
  FACILITY_ATTRIBUTES,
  FACILITY_KINDS,
  FACILITY_STATUS_LABELS,
  FACILITY_STATUSES,
  type Facility,
  type FacilityStatus,
} from '../../domain/index.ts';
import { geometryIssues, issueMaker, missingFieldIssues, uniqueIds, withRows } from './feature_checks.ts';
import { chooseFields, type FieldMapping, type FieldRole } from './field_mapping.ts';
import type { ImportResult } from './import_issue.ts';
import { knownKindsList, resolveKind } from './kind_aliases.ts';
import { asText, parseAmount, parseFlag, resolveStatus } from './values.ts';

const ROLES: FieldRole[] = [
  'id',
  'name',
  'kind',
  'status',
  'beds',
  'doctors',
  'nurses',
  'ambulances',
  'open24h',
  'tcmHall',
  'address',
  'notes',
  'illustrative',
];

const STATUS_LIST = FACILITY_STATUSES.map((s) => `${s}/${FACILITY_STATUS_LABELS[s].zh}`).join(', ');

/**
 * Turns a FeatureCollection of points into facilities. The kind may be an id, a Chinese or English
 * label or an alias (卫生院, 急救分站, 三甲医院…, see `KIND_ALIASES`); an unknown kind is an error that
 * lists the known kinds. Status defaults to `existing` when the file has no status field. A
 * MultiPoint with one point is accepted. Duplicate ids are made unique with a warning.
 *
 * @example featuresToFacilities(fc, 'facilities.geojson', { kindField: '机构类别' })
 */
export function featuresToFacilities(
  fc: FeatureCollection<Geometry | null>,
  fileName: string,
  mapping: FieldMapping = {},
): ImportResult<'facilities', Facility[]> {
  const make = issueMaker(fileName);
  const props = fc.features.map((f) => (f.properties ?? {}) as Record<string, unknown>);
  const choice = chooseFields(props, ROLES, mapping);
  const { errors, warnings } = missingFieldIssues(fileName, choice);
  const k = choice.keys;
  const get = (p: Record<string, unknown>, role: FieldRole) =>
    k[role] === undefined ? undefined : p[k[role]];
  if (k.kind === undefined) {
    errors.push(
      make('field_not_found', {
        zh: `没有设施类型字段（kind/类型/类别）。文件中的字段有：${choice.available.join(', ') || '—'}。请用 --kind-field 指定。`,
        en: `has no facility kind field (kind/类型/类别). Fields in the file: ${choice.available.join(', ') || '—'}. Name it with --kind-field.`,
      }),
    );
    return { ok: false, errors: withRows(errors, props), warnings: withRows(warnings, props) };
  }
  const drafts: Facility[] = [];
  const names: (string | undefined)[] = [];

  fc.features.forEach((feature, i) => {
    const p = props[i] ?? {};
    const rawName = asText(get(p, 'name'));
    const id = asText(get(p, 'id')) ?? asText(feature.id) ?? `F${i + 1}`;
    const label = rawName ?? id;
    names.push(label);
    const geom = feature.geometry;
    const onePoint = geom?.type === 'MultiPoint' && (geom as MultiPoint).coordinates.length === 1;
    const geomErrors = geometryIssues(
      feature,
      onePoint ? ['MultiPoint'] : ['Point'],
      {
        zh: '设施须为点（MultiPoint 仅可含一个点）；若这是区划边界，请用 --zones 提供。',
        en: 'Facilities must be points (a MultiPoint may hold only one point); if these are zone boundaries, give them with --zones.',
      },
      make,
      i,
      label,
    );
    errors.push(...geomErrors);

    const kindText = asText(get(p, 'kind'));
    const kind = kindText === undefined ? undefined : resolveKind(kindText, mapping.kindValues);
    if (kind === undefined) {
      errors.push(
        make(
          'unknown_kind',
          {
            zh: `设施类型 "${kindText ?? ''}" 无法识别。已知类型：${knownKindsList()}。`,
            en: `facility kind "${kindText ?? ''}" is not recognised. Known kinds: ${knownKindsList()}.`,
          },
          i,
          label,
        ),
      );
    }
    const statusText = asText(get(p, 'status'));
    const status: FacilityStatus | undefined =
      statusText === undefined ? 'existing' : resolveStatus(statusText);
    if (status === undefined) {
      errors.push(
        make(
          'unknown_status',
          {
            zh: `状态 "${statusText}" 无法识别。可用：${STATUS_LIST}。`,
            en: `status "${statusText}" is not recognised. Use ${STATUS_LIST}.`,
          },
          i,
          label,
        ),
      );
    }
    if (kind === undefined || status === undefined || geomErrors.length > 0) return;

    const coords =
      (geom?.type === 'Point' ? (geom as Point).coordinates : (geom as MultiPoint).coordinates[0]) ?? [];
    const name = rawName ?? `${FACILITY_KINDS[kind].label.zh} ${id}`;
    if (rawName === undefined)
      warnings.push(
        make(
          'missing_name',
          { zh: `没有名称，使用 "${name}"。`, en: `has no name; used "${name}".` },
          i,
          label,
        ),
      );
    const facility: Facility = { id, name, kind, status, lon: coords[0] as number, lat: coords[1] as number };
    for (const attr of FACILITY_ATTRIBUTES) {
      const raw = get(p, attr);
      const n = parseAmount(raw);
      if (n === undefined) continue;
      if (!Number.isFinite(n) || n < 0) {
        errors.push(
          make(
            'bad_number',
            {
              zh: `${attr} "${String(raw)}" 不是非负数字。`,
              en: `${attr} "${String(raw)}" is not a non-negative number.`,
            },
            i,
            label,
          ),
        );
        continue;
      }
      facility[attr] = n;
    }
    for (const flag of ['open24h', 'tcmHall', 'illustrative'] as const) {
      const v = parseFlag(get(p, flag));
      if (v !== undefined) facility[flag] = v;
    }
    const address = asText(get(p, 'address'));
    if (address !== undefined) facility.address = address;
    const notes = asText(get(p, 'notes'));
    if (notes !== undefined) facility.notes = notes;
    drafts.push(facility);
  });

  if (errors.length > 0)
    return { ok: false, errors: withRows(errors, props), warnings: withRows(warnings, props) };
  const unique = uniqueIds(
    drafts.map((d) => d.id),
    names,
    { zh: '设施编号', en: 'facility id' },
    make,
  );
  warnings.push(...unique.warnings);
  return {
    ok: true,
    facilities: drafts.map((d, i) => ({ ...d, id: unique.ids[i] as string })),
    warnings: withRows(warnings, props),
  };
}
