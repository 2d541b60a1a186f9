import { describe, expect, it } from 'vitest';
import {
  crsOf,
  fromWgs84Transform,
  gk3ZoneForLon,
  gkZoneOfEpsg,
  toWgs84Transform,
} from '../../src/engine/crs/index.ts';

/**
 * Reference values computed with GDAL 3.6.2 / PROJ 9.1.1 on the development machine:
 * `printf "LON LAT\n" | gdaltransform -s_srs EPSG:4490 -t_srs EPSG:NNNN -output_xy`
 */
const GDAL_REFERENCE: { epsg: number; lonLat: [number, number]; xy: [number, number] }[] = [
  { epsg: 4543, lonLat: [102.7, 25.04], xy: [570643.303788349, 2770667.75023053] },
  { epsg: 4543, lonLat: [103.5, 24.3], xy: [652283.343649227, 2689337.20397122] },
  { epsg: 4522, lonLat: [102.7, 25.04], xy: [34570643.3037883, 2770667.75023053] },
  { epsg: 4545, lonLat: [107.5, 29.5], xy: [451516.53789494, 3264793.44942858] },
  { epsg: 4545, lonLat: [108.9, 34.3], xy: [582854.125581689, 3797305.69582905] },
  { epsg: 4526, lonLat: [113.3, 23.1], xy: [38428285.9561564, 2555783.92878281] },
  { epsg: 4526, lonLat: [114.2, 30.6], xy: [38519180.1345346, 3386644.94972359] },
  { epsg: 4496, lonLat: [102.7, 25.04], xy: [18267849.7289417, 2772457.96538078] },
  { epsg: 4507, lonLat: [102.7, 25.04], xy: [267849.728941744, 2772457.96538078] },
  { epsg: 4513, lonLat: [100.5, 22.0], xy: [28197451.4021737, 2669519.54580368] },
];

const metres = (a: number[], b: number[]) => Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0));

describe('CGCS2000 Gauss-Krüger zones', () => {
  for (const ref of GDAL_REFERENCE) {
    it(`projects ${ref.lonLat.join(', ')} into EPSG:${ref.epsg} within 1 cm of GDAL`, () => {
      const crs = crsOf(`EPSG:${ref.epsg}`);
      const forward = crs && fromWgs84Transform(crs);
      expect(forward).toBeDefined();
      expect(metres(forward?.(ref.lonLat) ?? [], ref.xy)).toBeLessThan(0.01);
    });
    it(`brings EPSG:${ref.epsg} ${ref.xy.join(', ')} back to ${ref.lonLat.join(', ')} within 1e-7°`, () => {
      const crs = crsOf(`EPSG:${ref.epsg}`);
      const inverse = crs && toWgs84Transform(crs);
      const [lon, lat] = inverse?.(ref.xy) ?? [Number.NaN, Number.NaN];
      expect(Math.abs((lon as number) - ref.lonLat[0])).toBeLessThan(1e-7);
      expect(Math.abs((lat as number) - ref.lonLat[1])).toBeLessThan(1e-7);
    });
  }

  it('numbers the EPSG zones as GDAL defines them (central meridian and false easting)', () => {
    // From `gdalsrsinfo -o proj4 EPSG:n`.
    const expected: [number, number, number][] = [
      [4491, 75, 13500000],
      [4501, 135, 23500000],
      [4502, 75, 500000],
      [4512, 135, 500000],
      [4513, 75, 25500000],
      [4533, 135, 45500000],
      [4534, 75, 500000],
      [4554, 135, 500000],
    ];
    for (const [epsg, cm, fe] of expected) {
      const zone = gkZoneOfEpsg(epsg);
      expect([zone?.centralMeridianDeg, zone?.falseEastingM]).toEqual([cm, fe]);
    }
    expect(gkZoneOfEpsg(4490)).toBeUndefined();
    expect(gkZoneOfEpsg(4555)).toBeUndefined();
  });

  it('picks the 3° zone whose central meridian is nearest a longitude', () => {
    expect(gk3ZoneForLon(102.7).epsg).toBe(4543);
    expect(gk3ZoneForLon(101.4).centralMeridianDeg).toBe(102);
    expect(gk3ZoneForLon(60).centralMeridianDeg).toBe(75);
  });
});
