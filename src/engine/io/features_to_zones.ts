import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Zone, ZoneClass, ZoneLevel } from '../../domain/index.ts';
import {
  geometryIssues,
  issueMaker,
  missingFieldIssues,
  shortList,
  uniqueIds,
  withRows,
} from './feature_checks.ts';
import { chooseFields, type FieldMapping, type FieldRole } from './field_mapping.ts';
import type { ImportResult } from './import_issue.ts';
import {
  asText,
  levelFromName,
  parseAmount,
  parseFlag,
  resolveZoneClass,
  resolveZoneLevel,
} from './values.ts';

const ZONE_ROLES: FieldRole[] = [
  'name',
  'nameEn',
  'code',
  'level',
  'class',
  'population',
  'parentCode',
  'illustrative',
];

/** Class assumed when a file has none: streets and counties urban, townships and villages rural. */
const DEFAULT_CLASS: Record<ZoneLevel, ZoneClass> = {
  county: 'urban',
  street: 'urban',
  township: 'rural',
  village: 'rural',
};

/**
 * Turns a FeatureCollection of polygons into zones. Field names follow the canonical properties
 * (`code, name, level, class, population, parentCode, illustrative`), the user's `mapping`, or
 * common Chinese/English names (名称, 代码, 级别, 城乡, 常住人口…). Population may be a number,
 * "12,345" or "1.2万". A zone without population is kept with `population: null` and a warning.
 * Missing level is guessed from the name ending (…街道 → street), missing class from the level,
 * each with a warning. Duplicate codes are made unique with a warning.
 *
 * @example featuresToZones(fc, 'zones.geojson', { populationField: 'POP2020' })
 */
export function featuresToZones(
  fc: FeatureCollection<Geometry | null>,
  fileName: string,
  mapping: FieldMapping = {},
): ImportResult<'zones', Zone[]> {
  const make = issueMaker(fileName);
  const props = fc.features.map((f) => (f.properties ?? {}) as Record<string, unknown>);
  const choice = chooseFields(props, ZONE_ROLES, mapping);
  const { errors, warnings } = missingFieldIssues(fileName, choice);
  const k = choice.keys;
  const get = (p: Record<string, unknown>, role: FieldRole) =>
    k[role] === undefined ? undefined : p[k[role]];
  const guessedLevel: string[] = [];
  const guessedClass: string[] = [];
  const drafts: Omit<Zone, 'geometry'>[] = [];
  const geometries: (Polygon | MultiPolygon)[] = [];
  const names: (string | undefined)[] = [];

  fc.features.forEach((feature, i) => {
    const p = props[i] ?? {};
    const rawName = asText(get(p, 'name'));
    const code = asText(get(p, 'code')) ?? asText(feature.id) ?? `Z${i + 1}`;
    const label = rawName ?? code;
    names.push(label);
    const geomErrors = geometryIssues(
      feature,
      ['Polygon', 'MultiPolygon'],
      {
        zh: '区划边界须为面；若这是设施点，请用 --facilities 提供。',
        en: 'Zone boundaries must be polygons; if these are facility points, give them with --facilities.',
      },
      make,
      i,
      label,
    );
    errors.push(...geomErrors);
    const name = rawName ?? code;
    if (rawName === undefined)
      warnings.push(
        make(
          'missing_name',
          { zh: `没有名称，使用代码 "${code}"。`, en: `has no name; used its code "${code}".` },
          i,
          label,
        ),
      );

    const levelText = asText(get(p, 'level'));
    let level = levelText === undefined ? undefined : resolveZoneLevel(levelText);
    if (levelText !== undefined && level === undefined) {
      errors.push(
        make(
          'unknown_level',
          {
            zh: `级别 "${levelText}" 无法识别。可用：county/区县、township/乡镇、street/街道、village/村/社区。`,
            en: `level "${levelText}" is not recognised. Use county/区县, township/乡镇, street/街道 or village/村/社区.`,
          },
          i,
          label,
        ),
      );
    }
    if (levelText === undefined) {
      level = levelFromName(name) ?? 'township';
      guessedLevel.push(`${name}→${level}`);
    }
    const lvl: ZoneLevel = level ?? 'township';

    const classText = asText(get(p, 'class'));
    let cls = classText === undefined ? undefined : resolveZoneClass(classText);
    if (classText !== undefined && cls === undefined) {
      errors.push(
        make(
          'unknown_class',
          {
            zh: `城乡分类 "${classText}" 无法识别。可用：urban/城市/城镇/城区，rural/农村/乡村/涉农，或统计用城乡分类代码（1xx/2xx）。`,
            en: `class "${classText}" is not recognised. Use urban/城市/城镇 or rural/农村/乡村/涉农, or an NBS urban-rural code (1xx/2xx).`,
          },
          i,
          label,
        ),
      );
    }
    if (classText === undefined) {
      cls = DEFAULT_CLASS[lvl];
      guessedClass.push(`${name}→${cls}`);
    }

    const popRaw = get(p, 'population');
    const pop = parseAmount(popRaw);
    let population: number | null = null;
    if (pop === undefined) {
      warnings.push(
        make(
          'missing_population',
          {
            zh: '没有人口数据：按人口计算的规则将无法评估该区划。请补充常住人口字段，或用 --population 提供人口点。',
            en: 'has no population: population-based rules cannot assess this zone. Add a population field or give population points with --population.',
          },
          i,
          label,
        ),
      );
    } else if (!Number.isFinite(pop) || pop < 0) {
      errors.push(
        make(
          'bad_number',
          {
            zh: `人口 "${String(popRaw)}" 不是非负数字。`,
            en: `population "${String(popRaw)}" is not a non-negative number.`,
          },
          i,
          label,
        ),
      );
    } else population = pop;

    const zone: Omit<Zone, 'geometry'> = {
      code,
      name,
      level: lvl,
      class: cls ?? DEFAULT_CLASS[lvl],
      population,
    };
    const parentCode = asText(get(p, 'parentCode'));
    if (parentCode !== undefined) zone.parentCode = parentCode;
    const nameEn = asText(get(p, 'nameEn'));
    if (nameEn !== undefined) zone.nameEn = nameEn;
    if (parseFlag(get(p, 'illustrative')) === true) zone.illustrative = true;
    drafts.push(zone);
    if (geomErrors.length === 0) geometries.push(feature.geometry as Polygon | MultiPolygon);
  });

  if (guessedLevel.length > 0)
    warnings.push(
      make('guessed_value', {
        zh: `${guessedLevel.length} 个区划没有级别字段，按名称推断：${shortList(guessedLevel)}。可加 level/级别 字段。`,
        en: `${guessedLevel.length} zones have no level; guessed from their names: ${shortList(guessedLevel)}. Add a level field to be explicit.`,
      }),
    );
  if (guessedClass.length > 0)
    warnings.push(
      make('guessed_value', {
        zh: `${guessedClass.length} 个区划没有城乡分类字段，街道/区县按城市、乡镇/村按农村：${shortList(guessedClass)}。涉农街道请标为 rural/涉农。`,
        en: `${guessedClass.length} zones have no urban/rural class; assumed streets/counties urban and townships/villages rural: ${shortList(guessedClass)}. Mark agriculture-related streets rural (涉农).`,
      }),
    );
  if (errors.length > 0)
    return { ok: false, errors: withRows(errors, props), warnings: withRows(warnings, props) };
  const unique = uniqueIds(
    drafts.map((d) => d.code),
    names,
    { zh: '区划代码', en: 'zone code' },
    make,
  );
  warnings.push(...unique.warnings);
  const zones: Zone[] = drafts.map((d, i) => ({
    ...d,
    code: unique.ids[i] as string,
    geometry: geometries[i] as Polygon | MultiPolygon,
  }));
  return { ok: true, zones, warnings: withRows(warnings, props) };
}
