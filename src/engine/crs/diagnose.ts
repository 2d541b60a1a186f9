import type { Feature, FeatureCollection, Position } from 'geojson';
import type { Label } from '../../domain/index.ts';
import { type CrsId, crsOf, toWgs84Transform } from './crs.ts';
import { gkZoneOfEpsg, gkZoneOfMeridian } from './gauss_kruger.ts';
import { positionsIn } from './transform_features.ts';

/** One-click repairs the UI can offer: swap columns, or read the coordinates in another system. */
export type CoordinateFix =
  | { kind: 'swap_latlon'; featureIndexes: number[]; label: Label }
  | { kind: 'assume_crs'; crs: CrsId; label: Label };

export type CoordinateIssueCode = 'projected_as_degrees' | 'latlon_swapped' | 'outside_china';

export interface CoordinateIssue {
  code: CoordinateIssueCode;
  /** `error`: the features cannot be used as they are; `warning`: they can, but look wrong. */
  severity: 'error' | 'warning';
  message: Label;
  /** Source rows (the `_row` property the readers set, else the 1-based feature number). */
  rows: number[];
  /** 0-based indexes into the collection. */
  featureIndexes: number[];
  fixes: CoordinateFix[];
}

/** The key under which readers store each feature's source row or record number (1-based). */
export const SOURCE_ROW_KEY = '_row';

/** China's extent used for the checks: 73–136° E, 3–54° N. */
const CHINA = { minLon: 73, maxLon: 136, minLat: 3, maxLat: 54 };
const inChina = (lon: number, lat: number) =>
  lon >= CHINA.minLon && lon <= CHINA.maxLon && lat >= CHINA.minLat && lat <= CHINA.maxLat;

function rowOf(f: Feature, i: number): number {
  const r = f.properties?.[SOURCE_ROW_KEY];
  return typeof r === 'number' ? r : i + 1;
}

/** Candidate projected systems whose inverse puts every sample inside China (and inside the zone). */
function projectedCandidates(samples: Position[]): CrsId[] {
  const ids: CrsId[] = [];
  const firstX = samples[0]?.[0] ?? 0;
  const zoneNo = Math.floor(firstX / 1e6);
  const prefixedEpsg = zoneNo >= 25 ? 4513 + zoneNo - 25 : 4491 + zoneNo - 13;
  for (let cm = 75; cm <= 135; cm += 3) ids.push(`EPSG:${gkZoneOfMeridian(3, cm, false)?.epsg ?? 0}`);
  if ((zoneNo >= 13 && zoneNo <= 23) || (zoneNo >= 25 && zoneNo <= 45)) ids.unshift(`EPSG:${prefixedEpsg}`);
  ids.push('EPSG:3857');
  return ids.filter((id) => {
    const crs = crsOf(id);
    const fn = crs && toWgs84Transform(crs);
    if (!fn) return false;
    const zone = gkZoneOfEpsg(Number(id.slice(5)));
    return samples.every((p) => {
      const [lon, lat] = fn(p) as [number, number];
      const inZone = !zone || Math.abs(lon - zone.centralMeridianDeg) <= zone.zoneWidthDeg / 2 + 0.5;
      return Number.isFinite(lon) && inChina(lon, lat) && inZone;
    });
  });
}

function fixLabel(id: CrsId): Label {
  const name = crsOf(id)?.name ?? id;
  return { zh: `按 ${id}（${name}）读取`, en: `Read as ${id} (${name})` };
}

/**
 * Looks for coordinates that cannot be WGS-84 degrees in China: projected metres (|x| > 180 or
 * |y| > 90), latitude and longitude swapped, or points outside China. Each issue names the source
 * rows and offers fixes ({@link applyCoordinateFix}).
 *
 * @example diagnoseCoordinates(fc).issues[0]?.code // 'latlon_swapped'
 */
export function diagnoseCoordinates(fc: FeatureCollection): { issues: CoordinateIssue[] } {
  const groups: Record<CoordinateIssueCode, number[]> = {
    projected_as_degrees: [],
    latlon_swapped: [],
    outside_china: [],
  };
  const projectedSamples: Position[] = [];
  fc.features.forEach((f, i) => {
    const ps = positionsIn(f.geometry);
    if (ps.length === 0) return;
    if (ps.every(([x, y]) => inChina(x as number, y as number))) return;
    if (ps.every(([x, y]) => inChina(y as number, x as number))) {
      groups.latlon_swapped.push(i);
    } else if (ps.some(([x, y]) => Math.abs(x as number) > 180 || Math.abs(y as number) > 90)) {
      groups.projected_as_degrees.push(i);
      if (projectedSamples.length < 50) projectedSamples.push(ps[0] as Position);
    } else groups.outside_china.push(i);
  });
  const issues: CoordinateIssue[] = [];
  const rowsOf = (idx: number[]) => idx.map((i) => rowOf(fc.features[i] as Feature, i));
  const p = groups.projected_as_degrees;
  if (p.length > 0) {
    const sample = projectedSamples[0] ?? [0, 0];
    issues.push({
      code: 'projected_as_degrees',
      severity: 'error',
      message: {
        zh: `${p.length} 个要素的坐标像是投影坐标（米，如 ${sample[0]}, ${sample[1]}），不是经纬度。请选择其坐标系（如 CGCS2000 高斯-克吕格 3° 带）。`,
        en: `${p.length} features have coordinates that look like projected metres (e.g. ${sample[0]}, ${sample[1]}), not degrees. Choose their coordinate system (e.g. a CGCS2000 Gauss-Krüger 3° zone).`,
      },
      rows: rowsOf(p),
      featureIndexes: p,
      fixes: projectedCandidates(projectedSamples).map((crs) => ({
        kind: 'assume_crs',
        crs,
        label: fixLabel(crs),
      })),
    });
  }
  const s = groups.latlon_swapped;
  if (s.length > 0) {
    issues.push({
      code: 'latlon_swapped',
      severity: 'error',
      message: {
        zh: `${s.length} 个要素的经度、纬度似乎填反了（交换后才位于中国境内）。`,
        en: `${s.length} features seem to have latitude and longitude swapped (they fall in China only when swapped).`,
      },
      rows: rowsOf(s),
      featureIndexes: s,
      fixes: [
        {
          kind: 'swap_latlon',
          featureIndexes: s,
          label: { zh: '交换经纬度', en: 'Swap latitude and longitude' },
        },
      ],
    });
  }
  const o = groups.outside_china;
  if (o.length > 0) {
    issues.push({
      code: 'outside_china',
      severity: 'warning',
      message: {
        zh: `${o.length} 个要素位于中国境外（经度 73–136°E、纬度 3–54°N 以外），请检查坐标。`,
        en: `${o.length} features lie outside China (beyond 73–136° E, 3–54° N); check their coordinates.`,
      },
      rows: rowsOf(o),
      featureIndexes: o,
      fixes: [],
    });
  }
  return { issues };
}
