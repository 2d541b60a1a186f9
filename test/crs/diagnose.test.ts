import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { applyCoordinateFix, diagnoseCoordinates, wgs84ToGcj02 } from '../../src/engine/crs/index.ts';

const points = (coords: [number, number][]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: coords.map((c, i) => ({
    type: 'Feature',
    properties: { _row: i + 2 },
    geometry: { type: 'Point', coordinates: c },
  })),
});

const coordsOf = (fc: FeatureCollection): number[] => {
  const g = fc.features[0]?.geometry;
  return g?.type === 'Point' ? g.coordinates : [];
};

describe('diagnoseCoordinates', () => {
  it('finds nothing wrong with WGS-84 points in Kunming', () => {
    expect(diagnoseCoordinates(points([[102.7, 25.04]])).issues).toEqual([]);
  });

  it('reports swapped latitude/longitude with the source rows and a swap fix that repairs them', () => {
    const fc = points([
      [102.7, 25.04],
      [25.05, 102.71],
    ]);
    const [issue] = diagnoseCoordinates(fc).issues;
    expect(issue?.code).toBe('latlon_swapped');
    expect(issue?.rows).toEqual([3]);
    const fixed = applyCoordinateFix(
      fc,
      issue?.fixes[0] ?? { kind: 'swap_latlon', featureIndexes: [], label: { zh: '', en: '' } },
    );
    expect(fixed.features[1]?.geometry).toEqual({ type: 'Point', coordinates: [102.71, 25.05] });
    expect(fixed.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [102.7, 25.04] });
    expect(fc.features[1]?.geometry).toEqual({ type: 'Point', coordinates: [25.05, 102.71] });
  });

  it('reports Gauss-Krüger metres given as degrees and offers the zone a prefixed easting names', () => {
    // GDAL: 102.7, 25.04 in EPSG:4522 = 34570643.30, 2770667.75
    const [issue] = diagnoseCoordinates(points([[34570643.3037883, 2770667.75023053]])).issues;
    expect(issue?.code).toBe('projected_as_degrees');
    expect(issue?.fixes.map((f) => f.kind === 'assume_crs' && f.crs)).toEqual(['EPSG:4522']);
  });

  it('offers every 3° meridian for unprefixed metres (they cannot tell), not Web Mercator, and the fix converts them', () => {
    const fc = points([[570643.303788349, 2770667.75023053]]);
    const [issue] = diagnoseCoordinates(fc).issues;
    const crsIds = issue?.fixes.map((f) => (f.kind === 'assume_crs' ? f.crs : ''));
    expect(crsIds).toContain('EPSG:4543');
    expect(crsIds).toHaveLength(21);
    expect(crsIds).not.toContain('EPSG:3857');
    const fix = issue?.fixes.find((f) => f.kind === 'assume_crs' && f.crs === 'EPSG:4543');
    const fixed = fix ? applyCoordinateFix(fc, fix) : fc;
    const [lon, lat] = coordsOf(fixed);
    expect(lon).toBeCloseTo(102.7, 7);
    expect(lat).toBeCloseTo(25.04, 7);
  });

  it('warns about points outside China without offering a fix', () => {
    const [issue] = diagnoseCoordinates(points([[2.35, 48.85]])).issues;
    expect([issue?.code, issue?.severity, issue?.fixes.length]).toEqual(['outside_china', 'warning', 0]);
  });

  it('converts GCJ-02 data to WGS-84 with an assume_crs fix', () => {
    const gcj = wgs84ToGcj02([102.7, 25.04]) as [number, number];
    const fixed = applyCoordinateFix(points([gcj]), {
      kind: 'assume_crs',
      crs: 'gcj02',
      label: { zh: '', en: '' },
    });
    const [lon, lat] = coordsOf(fixed);
    expect(Math.abs((lon as number) - 102.7)).toBeLessThan(1e-8);
    expect(Math.abs((lat as number) - 25.04)).toBeLessThan(1e-8);
  });
});
