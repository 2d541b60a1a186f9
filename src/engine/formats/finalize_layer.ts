import type { FeatureCollection, Position } from 'geojson';
import type { Label } from '../../domain/index.ts';
import {
  type Crs,
  crsLabel,
  crsOf,
  diagnoseCoordinates,
  gkZoneOfEpsg,
  parsePrj,
  positionsIn,
  toWgs84Transform,
  transformFeatures,
} from '../crs/index.ts';
import { failedRead, type ReadOptions, type ReadReport } from './read_report.ts';

/** Raw reader output, coordinates still in the file's own system. */
export interface RawLayer {
  features: FeatureCollection;
  rowsRead: number;
  skipped: ReadReport['skipped'];
  columns?: string[];
  detected: ReadReport['detected'];
  warnings: Label[];
  /** `.prj` text of a Shapefile. */
  prj?: string;
  /** CRS named inside the file (old GeoJSON `crs` member), e.g. `EPSG:4545`. */
  namedCrs?: string;
  /** KML is WGS-84 by definition. */
  alwaysWgs84?: boolean;
}

/** A Gauss-Krüger zone told by the zone-number prefix of every easting (e.g. 34 570 643 m → zone 34). */
function prefixedZone(fc: FeatureCollection): Crs | undefined {
  const sample: Position[] = [];
  for (const f of fc.features) {
    sample.push(...positionsIn(f.geometry).slice(0, 1));
    if (sample.length >= 200) break;
  }
  const zones = new Set(sample.map((p) => Math.floor((p[0] as number) / 1e6)));
  const [zone] = [...zones];
  const ys = sample.every((p) => (p[1] as number) > 1e6 && (p[1] as number) < 6.5e6);
  if (zones.size !== 1 || zone === undefined || !ys) return undefined;
  const epsg = zone >= 25 && zone <= 45 ? 4513 + zone - 25 : zone >= 13 && zone <= 23 ? 4491 + zone - 13 : 0;
  return gkZoneOfEpsg(epsg) ? crsOf(`EPSG:${epsg}`) : undefined;
}

/** A projected `.prj` wins over the `crs` option (metres cannot be degrees); a geographic one yields to it. */
function prjCrs(raw: RawLayer, options: ReadOptions, warnings: Label[]): Crs | undefined {
  if (raw.prj === undefined) return undefined;
  const r = parsePrj(raw.prj);
  if (!r.ok) {
    warnings.push(r.message);
    return undefined;
  }
  const option = options.crs && options.crs !== 'auto' ? crsOf(options.crs) : undefined;
  if (option && !r.crs.projected) return undefined;
  if (r.warning) warnings.push(r.warning);
  if (option && option.id !== r.crs.id) {
    warnings.push({
      zh: `.prj 指明坐标系为 ${r.crs.name}（投影坐标），已按 .prj 读取，未采用指定的 ${option.id}。`,
      en: `the .prj says ${r.crs.name} (projected); read by the .prj, not as the given ${option.id}.`,
    });
  }
  return r.crs;
}

function sourceCrs(raw: RawLayer, options: ReadOptions, warnings: Label[]): Crs | undefined {
  const fromPrj = prjCrs(raw, options, warnings);
  if (fromPrj) return fromPrj;
  if (options.crs && options.crs !== 'auto') return crsOf(options.crs);
  if (raw.alwaysWgs84) return crsOf('wgs84');
  const named = raw.namedCrs === undefined ? undefined : crsOf(raw.namedCrs);
  if (named) return named;
  const zone = prefixedZone(raw.features);
  if (zone) {
    warnings.push({
      zh: `无坐标系说明，按东坐标的带号前缀判定为 ${zone.id}（${zone.name}）。`,
      en: `no coordinate system given; the zone prefix of the eastings says ${zone.id} (${zone.name}).`,
    });
    return zone;
  }
  if (raw.detected.format !== 'geojson') warnings.push(assumedWgs84(raw));
  return undefined;
}

function assumedWgs84(raw: RawLayer): Label {
  const what =
    raw.detected.format === 'shapefile'
      ? { zh: '没有 .prj 文件', en: 'there is no .prj file' }
      : { zh: '文件未说明坐标系', en: 'the file does not say its coordinate system' };
  return {
    zh: `${what.zh}，已按 WGS-84/CGCS2000 经纬度读取。若数据来自高德、腾讯地图（GCJ-02）或百度地图（BD-09），请选择对应坐标系，否则位置会偏移数百米。`,
    en: `${what.en}; read as WGS-84/CGCS2000 degrees. If the data comes from AMap or Tencent maps (GCJ-02) or Baidu (BD-09), choose that system, or positions will be off by hundreds of metres.`,
  };
}

/**
 * Converts a reader's raw layer to WGS-84 and checks its coordinates. The source system is a
 * projected `.prj`, else the `crs` option, else a geographic `.prj`, else a GeoJSON `crs` member,
 * else a Gauss-Krüger zone prefix, else WGS-84 as found; suspicious coordinates become
 * `coordinateIssues` with fixes.
 */
export function finalizeLayer(fileName: string, raw: RawLayer, options: ReadOptions): ReadReport {
  const warnings = [...raw.warnings];
  const crs = sourceCrs(raw, options, warnings);
  let features = raw.features;
  let crsName = 'wgs84';
  if (crs) {
    const fn = toWgs84Transform(crs);
    if (!fn) {
      const name = crsLabel(crs);
      const message = {
        zh: `无法换算坐标系“${name.zh}”。`,
        en: `cannot convert from the coordinate system "${name.en}".`,
      };
      return { ...failedRead(fileName, message, raw.detected), rowsRead: raw.rowsRead };
    }
    if (crs.id !== 'wgs84' && crs.id !== 'cgcs2000') features = transformFeatures(features, fn);
    crsName = crs.id === 'custom' ? crs.name : crs.id;
  }
  const { issues } = diagnoseCoordinates(features);
  const blocking = issues.some((i) => i.severity === 'error');
  const report: ReadReport = {
    ok: !blocking,
    fileName,
    features,
    rowsRead: raw.rowsRead,
    skipped: raw.skipped,
    detected: { ...raw.detected, crs: crsName },
  };
  if (raw.columns) report.columns = raw.columns;
  if (warnings.length > 0) report.warnings = warnings.map((message) => ({ message }));
  if (issues.length > 0) report.coordinateIssues = issues;
  if (blocking)
    report.errors = issues.filter((i) => i.severity === 'error').map((i) => ({ message: i.message }));
  return report;
}
