import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { FACILITY_KIND_IDS, FACILITY_STATUSES } from '../../src/domain/index.ts';
import { loadShipped, streetsOf } from './load.ts';

const shipped = loadShipped();
const facilities = shipped.facilities.features;
const streets = streetsOf(shipped);

describe('the demo facilities', () => {
  it('number 80–150 with unique ids', () => {
    expect(facilities.length).toBeGreaterThanOrEqual(80);
    expect(facilities.length).toBeLessThanOrEqual(150);
    const ids = facilities.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('include every facility kind and only known kinds and statuses', () => {
    const kinds = new Set(facilities.map((f) => String(f.properties.kind)));
    expect([...kinds].sort()).toEqual([...FACILITY_KIND_IDS].sort());
    for (const f of facilities) expect(FACILITY_STATUSES).toContain(f.properties.status);
  });

  it('are mostly existing, with a few under construction or planned', () => {
    const count = (s: string) => facilities.filter((f) => f.properties.status === s).length;
    expect(count('existing') / facilities.length).toBeGreaterThan(0.9);
    expect(count('under_construction')).toBeGreaterThan(0);
    expect(count('planned')).toBeGreaterThan(0);
  });

  it('lie inside exactly one street of the district and outside the lake', () => {
    const lake = shipped.lake.features[0];
    for (const f of facilities) {
      const hits = streets.filter((s) => turf.booleanPointInPolygon(f, s));
      expect(hits, String(f.properties.name)).toHaveLength(1);
      if (lake) expect(turf.booleanPointInPolygon(f, lake)).toBe(false);
    }
  });

  it('have coordinates rounded to 6 decimals', () => {
    for (const f of facilities) {
      for (const x of f.geometry.coordinates) expect(Math.round(x * 1e6) / 1e6).toBe(x);
    }
  });

  it('carry non-negative integer staff, beds and ambulances where given', () => {
    for (const f of facilities) {
      for (const k of ['beds', 'doctors', 'nurses', 'ambulances']) {
        const v = f.properties[k];
        if (v !== undefined) expect(Number.isInteger(v) && (v as number) >= 0).toBe(true);
      }
    }
  });
});

describe('every demo file', () => {
  it('marks itself and every feature as illustrative', () => {
    const files = [shipped.zones, shipped.facilities, shipped.lake, shipped.scenarios];
    for (const file of files) {
      expect(file.metadata?.illustrative).toBe(true);
      expect(String(file.metadata?.note)).toContain('示意数据');
      expect(file.metadata?.generatedBy).toBe('scripts/make_demo.ts');
      expect(Number.isInteger(file.metadata?.seed)).toBe(true);
    }
    const features = [...shipped.zones.features, ...shipped.facilities.features, ...shipped.lake.features];
    for (const f of features) expect(f.properties.illustrative).toBe(true);
    for (const s of shipped.scenarios.scenarios) {
      expect(s.illustrative).toBe(true);
      for (const f of s.facilities) expect(f.illustrative).toBe(true);
    }
  });
});
