import { describe, expect, it } from 'vitest';
import type { Zone } from '../../src/domain/index.ts';
import { evaluate } from '../../src/engine/coverage.ts';
import { facility, reachRule, rectZone } from './helpers.ts';

const rule = reachRule('ems', { urban: { radiusKm: 5, combine: 'either' } });
const codes = (ev: ReturnType<typeof evaluate>) => ev.issues.map((i) => i.code);

describe('data issues', () => {
  it('reports a facility outside every zone by id, and it still covers the zone next to it', () => {
    const zone = rectZone('z', [102.6, 25.0, 102.7, 25.1]);
    const ev = evaluate([zone], [facility('out', 'ambulance_station', 102.71, 25.05)], [rule]);
    const issue = ev.issues.find((i) => i.code === 'facility_outside_zones');
    expect(issue?.facilityIds).toEqual(['out']);
    expect(issue?.message.zh.length).toBeGreaterThan(0);
    expect(ev.results[0]?.reach?.populationCovered).toBeGreaterThan(0);
  });

  it('reports zones without population, null or zero', () => {
    const ev = evaluate(
      [
        rectZone('n', [102.6, 25.0, 102.7, 25.1], { population: null }),
        rectZone('zero', [102.7, 25.0, 102.8, 25.1], { population: 0 }),
      ],
      [],
      [rule],
    );
    expect(ev.issues.find((i) => i.code === 'zone_without_population')?.zoneCodes).toEqual(['n', 'zero']);
  });

  it('reports two zones of one level that overlap, but not zones sharing a border', () => {
    const a = rectZone('a', [102.6, 25.0, 102.7, 25.1]);
    const b = rectZone('b', [102.69, 25.0, 102.8, 25.1]);
    const c = rectZone('c', [102.8, 25.0, 102.9, 25.1]);
    const ev = evaluate([a, b, c], [], [rule]);
    const overlaps = ev.issues.filter((i) => i.code === 'zones_overlap');
    expect(overlaps.map((i) => i.zoneCodes)).toEqual([['a', 'b']]);
  });

  it('does not report a street and the village inside it as overlapping', () => {
    const street = rectZone('s', [102.6, 25.0, 102.7, 25.1]);
    const village = rectZone('v', [102.6, 25.0, 102.65, 25.05], { level: 'village' });
    expect(codes(evaluate([street, village], [], [rule]))).not.toContain('zones_overlap');
  });

  it('reports invalid geometry: a bow-tie ring and a ring too short', () => {
    const bowTie: Zone = {
      ...rectZone('bow', [0, 0, 0, 0]),
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [102.6, 25.0],
            [102.7, 25.1],
            [102.7, 25.0],
            [102.6, 25.1],
            [102.6, 25.0],
          ],
        ],
      },
    };
    const short: Zone = {
      ...rectZone('short', [0, 0, 0, 0]),
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [102.6, 25.0],
            [102.7, 25.1],
          ],
        ],
      },
    };
    const ev = evaluate([bowTie, short], [], [rule]);
    const bad = ev.issues.filter((i) => i.code === 'zone_invalid_geometry').flatMap((i) => i.zoneCodes);
    expect(bad).toEqual(['bow', 'short']);
    expect(ev.results.find((r) => r.zoneCode === 'short')?.status).toBe('na');
  });

  it('reports population points outside every zone with their head count', () => {
    const zone = rectZone('z', [102.6, 25.0, 102.7, 25.1]);
    const ev = evaluate([zone], [], [rule], { population: [{ lon: 103, lat: 25, population: 42 }] });
    const issue = ev.issues.find((i) => i.code === 'population_point_outside_zones');
    expect(issue?.message.en).toMatch(/42 people/);
  });

  it('reports nothing for clean data', () => {
    const zone = rectZone('z', [102.6, 25.0, 102.7, 25.1]);
    expect(evaluate([zone], [facility('f', 'ambulance_station', 102.65, 25.05)], [rule]).issues).toEqual([]);
  });
});
