import { describe, expect, it } from 'vitest';
import {
  checkCoordinates,
  featuresToFacilities,
  featuresToZones,
  parseGeoJson,
} from '../../src/engine/io/index.ts';
import { collection, point, square } from './helpers.ts';

describe('parseGeoJson', () => {
  it('says when the text is not JSON', () => {
    const r = parseGeoJson('名称,类型\n马街,卫生院', 'f.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ code: 'not_json', file: 'f.csv' });
  });

  it('says when JSON is not GeoJSON, and when the collection is empty', () => {
    const notGeo = parseGeoJson('{"rows": []}', 'x.json');
    const empty = parseGeoJson('{"type":"FeatureCollection","features":[]}', 'x.json');
    expect(notGeo.ok || notGeo.errors[0]?.code).toBe('not_geojson');
    expect(empty.ok || empty.errors[0]?.code).toBe('empty');
  });

  it('wraps a single Feature into a collection and strips a byte-order mark', () => {
    const r = parseGeoJson(
      '\uFEFF{"type":"Feature","properties":{"a":1},"geometry":{"type":"Point","coordinates":[1,2]}}',
      'x',
    );
    expect(r.ok && r.collection.features.length).toBe(1);
  });
});

describe('coordinate checks', () => {
  it('spots projected metres', () => {
    expect(checkCoordinates({ type: 'Point', coordinates: [34_567_890, 2_765_432] }).kind).toBe('projected');
  });

  it('spots latitude and longitude swapped inside China', () => {
    expect(checkCoordinates({ type: 'Point', coordinates: [24.97, 102.63] }).kind).toBe('swapped');
    expect(checkCoordinates({ type: 'Point', coordinates: [102.63, 24.97] }).kind).toBe('ok');
  });

  it('leaves places outside China alone', () => {
    expect(checkCoordinates({ type: 'Point', coordinates: [-0.12, 51.5] }).kind).toBe('ok');
  });
});

describe('validation errors name the file and the feature', () => {
  it('points given as zones', () => {
    const r = featuresToZones(collection([point(102.6, 25), { name: '马街卫生院' }]), 'points.geojson');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({
      code: 'wrong_geometry',
      file: 'points.geojson',
      featureIndex: 0,
      featureName: '马街卫生院',
    });
    expect(r.errors[0]?.message.en).toContain('--facilities');
  });

  it('polygons given as facilities', () => {
    const r = featuresToFacilities(
      collection([square(102.6, 25, 0.1), { name: '马街街道', kind: 'cdc' }]),
      'zones.geojson',
    );
    expect(r.ok || r.errors[0]?.message.en).toContain('--zones');
  });

  it('projected zone coordinates, suggesting the .prj or CRS option', () => {
    const r = featuresToZones(
      collection([square(500_000, 2_760_000, 1000), { name: '马街街道', population: 1 }]),
      'utm.geojson',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({ code: 'projected_coordinates', featureName: '马街街道' });
    expect(r.errors[0]?.message.en).toMatch(/\.prj.*CRS/);
  });

  it('swapped facility coordinates', () => {
    const r = featuresToFacilities(
      collection([point(25.0, 102.6), { name: '马街卫生院', kind: '卫生院' }]),
      'f.geojson',
    );
    expect(r.ok || r.errors[0]?.code).toBe('swapped_coordinates');
  });

  it('a population that is not a number', () => {
    const r = featuresToZones(
      collection([square(102.6, 25, 0.1), { name: '马街街道', population: '约一万' }]),
      'z.geojson',
    );
    expect(r.ok || r.errors[0]?.message.en).toContain('"约一万"');
  });

  it('an unknown urban/rural class', () => {
    const r = featuresToZones(
      collection([square(102.6, 25, 0.1), { name: '马街街道', class: 'suburb', population: 1 }]),
      'z.geojson',
    );
    expect(r.ok || r.errors[0]?.code).toBe('unknown_class');
  });

  it('a feature with no geometry', () => {
    const r = featuresToZones(collection([null, { name: '马街街道', population: 1 }]), 'z.geojson');
    expect(r.ok || r.errors[0]?.message.en).toContain('no geometry');
  });
});
