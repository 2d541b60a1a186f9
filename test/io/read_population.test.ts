import { describe, expect, it } from 'vitest';
import { featuresToPopulation } from '../../src/engine/io/index.ts';
import { collection, point, square } from './helpers.ts';

describe('featuresToPopulation', () => {
  it('takes points with a population under a Chinese field name', () => {
    const r = featuresToPopulation(
      collection([point(102.6, 25), { 常住人口: '1.5万' }], [point(102.7, 25.1), { 常住人口: 300 }]),
      'p.geojson',
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.points).toEqual([
      { lon: 102.6, lat: 25, population: 15_000 },
      { lon: 102.7, lat: 25.1, population: 300 },
    ]);
  });

  it('places a polygon (a grid cell) at its centre of mass', () => {
    const r = featuresToPopulation(collection([square(102.6, 25, 0.01), { pop: 120 }]), 'grid.geojson');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.points[0]?.lon).toBeCloseTo(102.605, 9);
    expect(r.points[0]?.lat).toBeCloseTo(25.005, 9);
    expect(r.points[0]?.population).toBe(120);
  });

  it('shares a MultiPoint’s population equally among its points, keeping the total', () => {
    const mp = {
      type: 'MultiPoint' as const,
      coordinates: [
        [102.6, 25],
        [102.61, 25],
        [102.62, 25],
      ],
    };
    const r = featuresToPopulation(collection([mp, { population: 90 }]), 'p.geojson');
    expect(r.ok && r.points.map((p) => p.population)).toEqual([30, 30, 30]);
  });

  it('fails naming the feature whose population is missing, and the file without any population field', () => {
    const missing = featuresToPopulation(
      collection([point(102.6, 25), { population: 5, name: 'a' }], [point(102.6, 25), { name: 'b' }]),
      'p.geojson',
    );
    expect(missing.ok || missing.errors[0]).toMatchObject({
      featureIndex: 1,
      featureName: 'b',
      code: 'bad_number',
    });
    const none = featuresToPopulation(collection([point(102.6, 25), { name: 'a' }]), 'p.geojson');
    expect(none.ok || none.errors[0]?.message.en).toContain('--population-field');
  });
});
