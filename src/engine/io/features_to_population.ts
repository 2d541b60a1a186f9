import { centerOfMass } from '@turf/turf';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { PopulationPoint } from '../../domain/index.ts';
import { geometryIssues, issueMaker, missingFieldIssues, withRows } from './feature_checks.ts';
import { chooseFields, type FieldMapping } from './field_mapping.ts';
import type { ImportResult } from './import_issue.ts';
import { asText, parseAmount } from './values.ts';

const ACCEPTED = ['Point', 'MultiPoint', 'Polygon', 'MultiPolygon'];

/**
 * Population points from a FeatureCollection: each Point (or each point of a MultiPoint, sharing
 * the value equally) carries its population; a Polygon or MultiPolygon (e.g. a census grid cell)
 * is placed at its centre of mass. The population field is `population` or an alias (人口,
 * 常住人口, pop…) or `mapping.populationField`. A feature without a usable population is an error.
 *
 * @example featuresToPopulation(fc, 'pop.geojson').points // [{ lon, lat, population }, …]
 */
export function featuresToPopulation(
  fc: FeatureCollection<Geometry | null>,
  fileName: string,
  mapping: FieldMapping = {},
): ImportResult<'points', PopulationPoint[]> {
  const make = issueMaker(fileName);
  const props = fc.features.map((f) => (f.properties ?? {}) as Record<string, unknown>);
  const choice = chooseFields(props, ['population', 'name', 'id'], mapping);
  const { errors, warnings } = missingFieldIssues(fileName, choice);
  const key = choice.keys.population;
  if (key === undefined) {
    errors.push(
      make('field_not_found', {
        zh: `没有人口字段（population/人口/常住人口）。文件中的字段有：${choice.available.join(', ') || '—'}。请用 --population-field 指定。`,
        en: `has no population field (population/人口/常住人口). Fields in the file: ${choice.available.join(', ') || '—'}. Name it with --population-field.`,
      }),
    );
    return { ok: false, errors: withRows(errors, props), warnings: withRows(warnings, props) };
  }
  const points: PopulationPoint[] = [];
  fc.features.forEach((feature, i) => {
    const p = props[i] ?? {};
    const label =
      asText(choice.keys.name === undefined ? undefined : p[choice.keys.name]) ??
      asText(choice.keys.id === undefined ? undefined : p[choice.keys.id]);
    const geomErrors = geometryIssues(
      feature,
      ACCEPTED,
      {
        zh: '人口数据须为点或面（面取质心）。',
        en: 'Population must be points or polygons (polygons use their centroid).',
      },
      make,
      i,
      label,
    );
    errors.push(...geomErrors);
    const raw = p[key];
    const population = parseAmount(raw);
    if (population === undefined || !Number.isFinite(population) || population < 0) {
      errors.push(
        make(
          'bad_number',
          {
            zh: `人口 "${String(raw ?? '')}" 不是非负数字。`,
            en: `population "${String(raw ?? '')}" is not a non-negative number.`,
          },
          i,
          label,
        ),
      );
      return;
    }
    const g = feature.geometry;
    if (geomErrors.length > 0 || !g) return;
    if (g.type === 'Point')
      points.push({ lon: g.coordinates[0] as number, lat: g.coordinates[1] as number, population });
    else if (g.type === 'MultiPoint') {
      const share = population / g.coordinates.length;
      for (const c of g.coordinates)
        points.push({ lon: c[0] as number, lat: c[1] as number, population: share });
    } else {
      const [lon, lat] = centerOfMass(g as Polygon | MultiPolygon).geometry.coordinates;
      points.push({ lon: lon as number, lat: lat as number, population });
    }
  });
  if (errors.length > 0)
    return { ok: false, errors: withRows(errors, props), warnings: withRows(warnings, props) };
  return { ok: true, points, warnings: withRows(warnings, props) };
}
