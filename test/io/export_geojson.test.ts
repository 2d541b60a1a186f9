import { booleanClockwise } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Evaluation, Facility, Rule, Zone } from '../../src/domain/index.ts';
import { evaluationToGeoJson, flattenRuleResult, resultCell } from '../../src/engine/io/index.ts';
import { expectedJson } from './helpers.ts';

const clockwiseSquare: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [102.6, 25],
      [102.6, 25.02],
      [102.62, 25.02],
      [102.62, 25],
      [102.6, 25],
    ],
  ],
};

const zones: Zone[] = [
  {
    code: 'A',
    name: '马街街道',
    nameEn: 'Majie',
    level: 'street',
    class: 'urban',
    population: 30_000,
    geometry: clockwiseSquare,
    illustrative: true,
  },
];
const facilities: Facility[] = [
  {
    id: 'F1',
    name: '西山区急救站',
    kind: 'ambulance_station',
    status: 'planned',
    lon: 102.61,
    lat: 25.01,
    ambulances: 2,
  },
];
const source = { file: '000_e231058eb99c46c0.txt', lines: [612], quoteZh: '城市地区服务半径不超过5千米' };
const rules: Rule[] = [
  {
    id: 'ems_reach',
    type: 'reach',
    title: { zh: '院前急救服务半径', en: 'Ambulance reach' },
    sources: [source],
    enabled: true,
    kinds: ['ambulance_station'],
    thresholds: { urban: { radiusKm: 5, combine: 'either' } },
    targetShare: 1,
  },
  {
    id: 'ambulances_per_30k',
    type: 'ratio',
    title: { zh: '每3万人1辆救护车', en: 'Ambulances per 30,000' },
    sources: [source],
    enabled: true,
    attribute: 'ambulances',
    perResidents: 30_000,
    target: 1,
    scope: 'area',
  },
];
const reach = {
  population: 30_000,
  populationCovered: 29_190.4,
  populationShare: 0.973_013,
  areaKm2: 4.48,
  areaCoveredKm2: 4.2,
  areaShare: 0.9375,
  peopleOutside: 809.6,
  peopleShort: 809.6,
  reachKm: 5,
  straightLine: true as const,
};
const evaluation: Evaluation = {
  results: [
    { ruleId: 'ems_reach', zoneCode: 'A', status: 'fail', reach },
    {
      ruleId: 'ambulances_per_30k',
      zoneCode: 'A',
      status: 'na',
      note: { zh: '仅按全域评估', en: 'whole area only' },
    },
  ],
  area: [
    { ruleId: 'ems_reach', zoneCode: '__area__', status: 'fail', reach },
    {
      ruleId: 'ambulances_per_30k',
      zoneCode: '__area__',
      status: 'pass',
      ratio: { total: 2, population: 30_000, value: 2, target: 1, gap: 0 },
    },
  ],
  issues: [],
  gaps: [
    {
      type: 'Feature',
      geometry: clockwiseSquare,
      properties: {
        ruleId: 'ems_reach',
        zoneCode: 'A',
        zoneName: '马街街道',
        areaKm2: 0.28,
        population: 809.6,
      },
    },
  ],
  cellSizeM: 100,
};
const meta = { generator: 'covplan test', date: '2026-01-01T00:00:00.000Z', statuses: ['existing' as const] };

const outerRings = (g: Polygon): Position[][] => [g.coordinates[0] as Position[]];

describe('evaluationToGeoJson', () => {
  it('writes outer rings counter-clockwise (RFC 7946), for zones and gaps', () => {
    expect(booleanClockwise(clockwiseSquare.coordinates[0] as Position[])).toBe(true);
    const fc = evaluationToGeoJson(zones, facilities, rules, evaluation, meta);
    const polygons = fc.features.filter((f) => f.geometry.type === 'Polygon');
    expect(polygons).toHaveLength(2);
    for (const f of polygons)
      for (const ring of outerRings(f.geometry as Polygon)) expect(booleanClockwise(ring)).toBe(false);
  });

  it('flattens each rule’s metrics into `<ruleId>__<metric>` zone properties', () => {
    const zone = evaluationToGeoJson(zones, facilities, rules, evaluation, meta).features[0]?.properties;
    expect(zone).toMatchObject({
      layer: 'zone',
      code: 'A',
      name_en: 'Majie',
      ems_reach__status: 'fail',
      ems_reach__pop_share: 0.973,
      ems_reach__people_outside: 810,
      ems_reach__area_share: 0.9375,
      ambulances_per_30k__status: 'na',
      ambulances_per_30k__note_en: 'whole area only',
    });
  });

  it('labels facilities with kind and status in both languages and says whether they were counted', () => {
    const f = evaluationToGeoJson(zones, facilities, rules, evaluation, meta).features[1]?.properties;
    expect(f).toMatchObject({
      layer: 'facility',
      kind_zh: '急救站',
      status_zh: '规划',
      counted: false,
      ambulances: 2,
    });
  });

  it('carries a metadata block: rules with sources, cell size, statuses, straight-line and 示意数据 notes', () => {
    const fc = evaluationToGeoJson(zones, facilities, rules, evaluation, meta);
    expect(fc.metadata.rules[0]?.sources[0]).toEqual(source);
    expect(fc.metadata).toMatchObject({
      cellSizeM: 100,
      statuses: ['existing'],
      straightLine: true,
      illustrative: true,
    });
    expect(fc.metadata.illustrativeNote?.zh).toContain('示意数据');
    expect(fc.metadata.area).toMatchObject({
      ambulances_per_30k__value: 2,
      ambulances_per_30k__status: 'pass',
    });
    expect(expectedJson('io_export/out/small.geojson', fc)).toEqual(JSON.parse(JSON.stringify(fc)));
  });

  it('leaves out the 示意数据 note when nothing is illustrative', () => {
    const real = zones.map((z) => ({ ...z, illustrative: false }));
    const fc = evaluationToGeoJson(real, facilities, rules, evaluation, meta);
    expect(fc.metadata.illustrative).toBe(false);
    expect(fc.metadata.illustrativeNote).toBeUndefined();
  });

  it('does not mutate its inputs', () => {
    const before = JSON.stringify([zones, facilities, rules, evaluation]);
    evaluationToGeoJson(zones, facilities, rules, evaluation, meta);
    expect(JSON.stringify([zones, facilities, rules, evaluation])).toBe(before);
  });

  it('flattens a count result with its exemption reason', () => {
    const flat = flattenRuleResult({
      ruleId: 'village_clinic_800',
      zoneCode: 'V',
      status: 'na',
      count: {
        count: 0,
        required: 1,
        missing: 0,
        exemptReason: { zh: '不足800人', en: 'under 800 residents' },
      },
    });
    expect(flat).toEqual({
      village_clinic_800__status: 'na',
      village_clinic_800__count: 0,
      village_clinic_800__required: 1,
      village_clinic_800__missing: 0,
      village_clinic_800__exempt_zh: '不足800人',
      village_clinic_800__exempt_en: 'under 800 residents',
    });
  });

  it('never shows a failing share as 100 %: shares round down, people outside round up', () => {
    const nearly = {
      ...reach,
      populationShare: 0.99996,
      populationCovered: 29_998.8,
      peopleOutside: 1.2,
      peopleShort: 1.2,
    };
    const result = { ruleId: 'ems_reach', zoneCode: 'A', status: 'fail' as const, reach: nearly };
    expect(flattenRuleResult(result)).toMatchObject({
      ems_reach__pop_share: 0.9999,
      ems_reach__pop_covered: 29_998,
      ems_reach__people_outside: 2,
    });
    expect(resultCell(result)).toBe('✗ 99.9%');
  });
});
