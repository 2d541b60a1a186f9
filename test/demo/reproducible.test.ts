import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { DEMO_SEED, demoFiles, makeDemo } from '../../scripts/make_demo.ts';
import { readShipped } from './load.ts';

describe('the demo generator', () => {
  const files = demoFiles(makeDemo(DEMO_SEED));

  it('reproduces the committed files byte for byte from the shipped seed', () => {
    expect(Object.keys(files).sort()).toEqual([
      'geo/basemap_lake_demo.geojson',
      'geo/xishan_demo_zones.geojson',
      'seeds/demo/facilities.geojson',
      'seeds/demo/scenarios.json',
    ]);
    for (const [path, text] of Object.entries(files)) expect(readShipped(path), path).toBe(text);
  });

  it('gives different data for a different seed, and the same data for the same seed twice', () => {
    const other = demoFiles(makeDemo(DEMO_SEED + 1));
    expect(other['geo/xishan_demo_zones.geojson']).not.toBe(files['geo/xishan_demo_zones.geojson']);
    expect(demoFiles(makeDemo(DEMO_SEED + 1))).toEqual(other);
  });

  it('records the seed in every file', () => {
    for (const text of Object.values(files)) expect(JSON.parse(text).metadata.seed).toBe(DEMO_SEED);
  });

  it('draws kink-free streets and villages that tile an 830–890 km² district for other seeds too', () => {
    for (const seed of [1, 2, 3, 4]) {
      const zones = makeDemo(seed).zones.features;
      for (const z of zones)
        expect(turf.kinks(z).features, `seed ${seed} ${z.properties.name}`).toHaveLength(0);
      const streets = zones.filter((z) => z.properties.level === 'street');
      const sumKm2 = streets.reduce((a, s) => a + turf.area(s) / 1e6, 0);
      const union = turf.union(turf.featureCollection(streets));
      const unionKm2 = union ? turf.area(union) / 1e6 : 0;
      expect(Math.abs(sumKm2 - unionKm2), `seed ${seed}`).toBeLessThan(0.01);
      expect(unionKm2).toBeGreaterThan(830);
      expect(unionKm2).toBeLessThan(890);
    }
  });
});
