import { describe, expect, it } from 'vitest';
import {
  bd09ToGcj02,
  bd09ToWgs84,
  gcj02ToBd09,
  gcj02ToWgs84,
  outOfChina,
  wgs84ToBd09,
  wgs84ToGcj02,
} from '../../src/engine/crs/index.ts';
import { haversineKm } from '../../src/engine/geodesy.ts';

const metres = (a: number[], b: number[]) =>
  haversineKm(a[0] as number, a[1] as number, b[0] as number, b[1] as number) * 1000;

/** Published pairs from the test suite of googollee/eviltransform (python/test.py), lon/lat order here. */
const EVILTRANSFORM_WGS_GCJ: { place: string; wgs: [number, number]; gcj: [number, number] }[] = [
  { place: 'Shanghai', wgs: [121.5272106, 31.1774276], gcj: [121.531541859215, 31.17530398364597] },
  { place: 'Shenzhen', wgs: [113.912316, 22.543847], gcj: [113.9171764808363, 22.540796131694766] },
  { place: 'Beijing', wgs: [116.377817, 39.911954], gcj: [116.38404722455657, 39.91334545536069] },
];

describe('GCJ-02 and BD-09', () => {
  for (const ref of EVILTRANSFORM_WGS_GCJ) {
    it(`moves ${ref.place} from WGS-84 to the published GCJ-02 value within 1 cm`, () => {
      expect(metres(wgs84ToGcj02(ref.wgs), ref.gcj)).toBeLessThan(0.01);
    });
    it(`brings ${ref.place} back from GCJ-02 to WGS-84 within 0.5 m`, () => {
      expect(metres(gcj02ToWgs84(ref.gcj), ref.wgs)).toBeLessThan(0.5);
    });
  }

  it('offsets Kunming by about 300–450 m, as the data README says (≈ 365 m)', () => {
    const kunming = [102.712, 25.04];
    expect(metres(wgs84ToGcj02(kunming), kunming)).toBeGreaterThan(300);
    expect(metres(wgs84ToGcj02(kunming), kunming)).toBeLessThan(450);
  });

  it('round-trips a grid over China (WGS-84 → GCJ-02 → WGS-84) within 0.5 m everywhere', () => {
    let worst = 0;
    for (let lon = 74; lon <= 134; lon += 2.5) {
      for (let lat = 18; lat <= 53; lat += 2.5) {
        worst = Math.max(worst, metres(gcj02ToWgs84(wgs84ToGcj02([lon, lat])), [lon, lat]));
      }
    }
    expect(worst).toBeLessThan(0.5);
  });

  it('leaves points outside China unchanged in GCJ-02', () => {
    expect(outOfChina(2.35, 48.85)).toBe(true);
    expect(wgs84ToGcj02([2.35, 48.85])).toEqual([2.35, 48.85]);
    expect(gcj02ToWgs84([-74.0, 40.7])).toEqual([-74.0, 40.7]);
  });

  it('matches the published BD-09 pairs of wandergis/coordtransform (as cited in hutool CoordinateUtilTest)', () => {
    // gcj02tobd09(116.404, 39.915) = [116.41036949371029, 39.92133699351021]
    expect(metres(gcj02ToBd09([116.404, 39.915]), [116.41036949371029, 39.92133699351021])).toBeLessThan(
      0.01,
    );
    // bd09togcj02(116.404, 39.915) = [116.39762729119315, 39.90865673957631] (one-step closed form; ours iterates)
    expect(metres(bd09ToGcj02([116.404, 39.915]), [116.39762729119315, 39.90865673957631])).toBeLessThan(0.5);
  });

  it('round-trips BD-09 (WGS-84 → BD-09 → WGS-84) within 0.5 m and offsets by more than GCJ-02 alone', () => {
    const p = [102.712, 25.04];
    expect(metres(bd09ToWgs84(wgs84ToBd09(p)), p)).toBeLessThan(0.5);
    expect(metres(gcj02ToBd09(wgs84ToGcj02(p)), wgs84ToGcj02(p))).toBeGreaterThan(500);
  });
});
