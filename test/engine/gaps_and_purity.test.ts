import { area, circle, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createCoverageModel, evaluate } from '../../src/engine/coverage.ts';
import { facility, KM_LAT, kmLon, reachRule, rectZone } from './helpers.ts';

const LON = 102.7;
const LAT = 25;
const zone = rectZone('z', [LON, LAT - 3 * KM_LAT, LON + 10 * kmLon(LAT), LAT + 3 * KM_LAT], {
  name: '示例街道',
  population: 6000,
});
const station = facility('s', 'ambulance_station', LON, LAT);
const rule = reachRule('ems', { urban: { radiusKm: 5, combine: 'either' } });

describe('gap polygons', () => {
  it('the gap of a half-covered rectangle has the uncovered area and lies outside the reach circle', () => {
    const ev = evaluate([zone], [station], [rule]);
    expect(ev.gaps).toHaveLength(1);
    const gap = ev.gaps[0] as Feature<
      Polygon | MultiPolygon,
      { areaKm2: number; population: number; zoneName: string }
    >;
    const m = ev.results[0]?.reach;
    expect(gap.properties.zoneName).toBe('示例街道');
    expect(gap.properties.areaKm2).toBeCloseTo((m?.areaKm2 ?? 0) - (m?.areaCoveredKm2 ?? 0), 9);
    expect(gap.properties.population).toBeCloseTo(m?.peopleOutside ?? -1, 9);
    const drawnKm2 = area(gap) / 1e6;
    expect(Math.abs(drawnKm2 / gap.properties.areaKm2 - 1)).toBeLessThan(0.02);
    const disk = circle([LON, LAT], 5, { steps: 256, units: 'kilometers' });
    const inside = intersect({ type: 'FeatureCollection', features: [gap, disk] });
    expect((inside ? area(inside) / 1e6 : 0) / drawnKm2).toBeLessThan(0.02);
  });

  it('are skipped on request and for fully covered zones', () => {
    expect(evaluate([zone], [station], [rule], { gaps: false }).gaps).toEqual([]);
    const near = reachRule('far', { urban: { radiusKm: 50, combine: 'either' } });
    expect(evaluate([zone], [station], [near]).gaps).toEqual([]);
  });
});

describe('purity', () => {
  it('evaluate and the model do not mutate zones, facilities, rules or population points', () => {
    const zones = [zone];
    const facilities = [station, facility('t', 'ambulance_station', LON + 0.05, LAT)];
    const rules = [rule];
    const population = [{ lon: LON + 0.01, lat: LAT, population: 10 }];
    const before = JSON.stringify({ zones, facilities, rules, population });
    evaluate(zones, facilities, rules, { population });
    const model = createCoverageModel(zones, rules, { population });
    model.setFacilities(facilities);
    const moved = { ...station, lon: LON + 0.02 };
    model.upsertFacility(moved);
    model.removeFacility('t');
    model.evaluation();
    expect(JSON.stringify({ zones, facilities, rules, population })).toBe(before);
    expect(moved.lon).toBe(LON + 0.02);
  });

  it('reports progress from 0 to 1', () => {
    const seen: number[] = [];
    evaluate([zone], [station], [rule], { onProgress: (f) => seen.push(f) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('model extras', () => {
  it('names the nearest facility counting for a rule, ignoring kinds the rule does not list', () => {
    const model = createCoverageModel([zone], [rule]);
    model.setFacilities([station, facility('c', 'village_clinic', LON + 0.01, LAT)]);
    const near = model.nearestFacility('ems', LON + 0.02, LAT);
    expect(near?.facility.id).toBe('s');
    model.upsertFacility({ ...station, lon: LON + 0.03 });
    expect(model.nearestFacility('ems', LON + 0.02, LAT)?.distanceKm).toBeLessThan(near?.distanceKm ?? 0);
    expect(model.nearestFacility('unknown', LON, LAT)).toBeNull();
  });

  it('coarsens the grid of a very large area and says which cell size it used', () => {
    const huge = rectZone('huge', [100, 20, 104, 24]);
    const ev = evaluate([huge], [station], [rule], { gaps: false });
    expect(ev.cellSizeM).toBeGreaterThan(100);
    expect(ev.cellSizeM % 100).toBe(0);
    expect(evaluate([zone], [station], [rule], { gaps: false }).cellSizeM).toBe(100);
  });
});
