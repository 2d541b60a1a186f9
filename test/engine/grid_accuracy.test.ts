import { describe, expect, it } from 'vitest';
import type { Zone } from '../../src/domain/index.ts';
import {
  cellCentre,
  createFacilityIndex,
  createFrame,
  evaluate,
  haversineKm,
  stampAllDisks,
  stampDisk,
} from '../../src/engine/coverage.ts';
import { exactCoveredKm2, facility, reachRule, rng, zoneAreaKm2 } from './helpers.ts';

/** A star-shaped polygon with `n` jittered vertices around a centre. */
function starZone(
  code: string,
  rand: () => number,
  lon: number,
  lat: number,
  radiusDeg: number,
  n = 14,
): Zone {
  const ring = Array.from({ length: n }, (_, k) => {
    const a = (2 * Math.PI * k) / n;
    const r = radiusDeg * (0.6 + 0.4 * rand());
    return [lon + r * Math.cos(a), lat + r * Math.sin(a)];
  });
  ring.push(ring[0] as number[]);
  return {
    code,
    name: code,
    level: 'street',
    class: 'urban',
    population: 10_000,
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
}

describe('grid accuracy', () => {
  it('covered areas agree with Turf intersections of 256-vertex circles within 1 % on 12 seeded cases', () => {
    const rand = rng(42);
    for (let k = 0; k < 12; k++) {
      const lon = 100 + rand() * 8;
      const lat = 22 + rand() * 6;
      const zone = starZone(`z${k}`, rand, lon, lat, 0.05 + rand() * 0.05);
      const pts: [number, number][] = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => [
        lon + (rand() - 0.5) * 0.15,
        lat + (rand() - 0.5) * 0.15,
      ]);
      const radiusKm = 2 + rand() * 3;
      const rule = reachRule('r', { urban: { radiusKm, combine: 'either' } });
      const fs = pts.map((p, i) => facility(`f${i}`, 'ambulance_station', p[0], p[1]));
      const m = evaluate([zone], fs, [rule], { gaps: false }).results[0]?.reach;
      const exact = exactCoveredKm2(zone, pts, radiusKm);
      expect(m?.areaKm2).toBeCloseTo(zoneAreaKm2(zone), 9);
      if (exact < 1) expect(m?.areaCoveredKm2).toBeLessThan(1.5);
      else expect(Math.abs((m?.areaCoveredKm2 ?? 0) / exact - 1)).toBeLessThan(0.01);
    }
  });

  it('a multipolygon zone with a hole is measured like Turf measures it, within 1 %', () => {
    const sq = (w: number, s: number, d: number) => [
      [w, s],
      [w + d, s],
      [w + d, s + d],
      [w, s + d],
      [w, s],
    ];
    const zone: Zone = {
      code: 'mp',
      name: 'mp',
      level: 'township',
      class: 'rural',
      population: 5000,
      geometry: {
        type: 'MultiPolygon',
        coordinates: [[sq(102.6, 25.0, 0.1), sq(102.63, 25.03, 0.04)], [sq(102.75, 25.0, 0.05)]],
      },
    };
    const pts: [number, number][] = [
      [102.66, 25.05],
      [102.76, 25.02],
    ];
    const rule = reachRule('r', { rural: { radiusKm: 4, combine: 'either' } });
    const fs = pts.map((p, i) => facility(`f${i}`, 'ambulance_station', p[0], p[1]));
    const m = evaluate([zone], fs, [rule], { gaps: false }).results[0]?.reach;
    expect(m?.areaKm2).toBeCloseTo(zoneAreaKm2(zone), 9);
    expect(Math.abs((m?.areaCoveredKm2 ?? 0) / exactCoveredKm2(zone, pts, 4) - 1)).toBeLessThan(0.01);
  });

  it('a stamped disk marks exactly the cells whose centre is within reach by haversine', () => {
    const rand = rng(7);
    const frame = createFrame([102.5, 24.8, 102.9, 25.2], 200);
    for (let k = 0; k < 5; k++) {
      const lon = 102.5 + rand() * 0.4;
      const lat = 24.8 + rand() * 0.4;
      const radiusKm = 1 + rand() * 15;
      const counts = new Uint16Array(frame.rows * frame.cols);
      stampDisk(frame, counts, lon, lat, radiusKm, 1);
      let mismatches = 0;
      for (let c = 0; c < counts.length; c++) {
        const [clon, clat] = cellCentre(frame, c);
        const d = haversineKm(lon, lat, clon, clat);
        if (Math.abs(d - radiusKm) < 1e-9) continue;
        if ((counts[c] === 1) !== d <= radiusKm) mismatches++;
      }
      expect(mismatches).toBe(0);
    }
  });

  it('the facility index returns the brute-force haversine nearest on 500 seeded queries', () => {
    const rand = rng(99);
    const fs = Array.from({ length: 300 }, (_, i) =>
      facility(`f${i}`, 'village_clinic', 102 + rand() * 2, 24 + rand() * 2),
    );
    const index = createFacilityIndex(fs);
    for (let q = 0; q < 500; q++) {
      const lon = 101.8 + rand() * 2.4;
      const lat = 23.8 + rand() * 2.4;
      const brute = Math.min(...fs.map((f) => haversineKm(lon, lat, f.lon, f.lat)));
      expect(index.nearest(lon, lat)?.distanceKm).toBe(brute);
      const within = index.within(lon, lat, 10);
      expect(within.length).toBe(fs.filter((f) => haversineKm(lon, lat, f.lon, f.lat) <= 10).length);
    }
    expect(index.nearest(102, 24, 0.001)).toBeNull();
    expect(fs.map((f) => f.id)).toEqual(Array.from({ length: 300 }, (_, i) => `f${i}`));
  });

  it('haversine distance matches a known value (1° of latitude = 111.195 km on R = 6371.0088 km)', () => {
    expect(haversineKm(102, 25, 102, 26)).toBeCloseTo(111.19508, 4);
  });
});

describe('bulk stamping', () => {
  it('stamping all disks at once gives the same counters as stamping them one by one', () => {
    const rand = rng(3);
    const frame = createFrame([102.5, 24.8, 102.9, 25.2], 250);
    const pts = Array.from({ length: 40 }, () => ({ lon: 102.4 + rand() * 0.6, lat: 24.7 + rand() * 0.6 }));
    const one = new Uint16Array(frame.rows * frame.cols);
    for (const p of pts) stampDisk(frame, one, p.lon, p.lat, 6, 1);
    const all = new Uint16Array(frame.rows * frame.cols);
    stampAllDisks(frame, all, pts, 6);
    expect(all).toEqual(one);
    expect(Math.max(...all)).toBeGreaterThan(1);
  });
});
