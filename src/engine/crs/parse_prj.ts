import proj4 from 'proj4';
import type { Label } from '../../domain/index.ts';
import { type Crs, crsOf } from './crs.ts';
import { CGCS2000_RF, gkEsriName, gkProj4, gkZoneOfMeridian } from './gauss_kruger.ts';

export type PrjResult = { ok: true; crs: Crs; warning?: Label } | { ok: false; message: Label };

const RAD_TO_DEG = 180 / Math.PI;

/** The outermost EPSG code of a WKT1 (`AUTHORITY["EPSG","4545"]]`) or WKT2 (`ID["EPSG",4545]]`) text. */
function topLevelEpsg(wkt: string): number | undefined {
  const m = /(?:AUTHORITY\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]|ID\[\s*"EPSG"\s*,\s*(\d+)\s*\])\s*\]\s*$/i.exec(
    wkt,
  );
  const code = m?.[1] ?? m?.[2];
  return code ? Number(code) : undefined;
}

/** ESRI names such as `CGCS2000_3_Degree_GK_CM_111E` or `CGCS2000_3_Degree_GK_Zone_37`. */
function fromEsriName(wkt: string): Crs | undefined {
  const m = /PROJCS\[\s*"CGCS2000_(3_Degree_)?GK_(?:CM_(\d+)E|Zone_(\d+))"/i.exec(wkt);
  if (!m) return undefined;
  const width = m[1] ? 3 : 6;
  const zoneNo = m[3] ? Number(m[3]) : undefined;
  const cm = m[2] ? Number(m[2]) : width === 3 ? (zoneNo ?? 0) * 3 : (zoneNo ?? 0) * 6 - 3;
  const zone = gkZoneOfMeridian(width, cm, zoneNo !== undefined);
  return zone ? crsOf(`EPSG:${zone.epsg}`) : undefined;
}

interface ParsedProj {
  projName?: string;
  long0?: number;
  lat0?: number;
  x0?: number;
  y0?: number;
  k0?: number;
  rf?: number;
  datumCode?: string;
  units?: string;
}

/** A transverse Mercator on the CGCS2000 ellipsoid with EPSG's zone parameters, matched by value. */
function fromParameters(p: ParsedProj): Crs | undefined {
  const tm = /gauss|transverse|tmerc/i.test(p.projName ?? '');
  const cgcs = p.rf !== undefined && Math.abs(p.rf - CGCS2000_RF) < 1e-6;
  if (!tm || !cgcs || (p.k0 ?? 1) !== 1 || (p.lat0 ?? 0) !== 0 || (p.y0 ?? 0) !== 0) return undefined;
  const cm = Math.round((p.long0 ?? 0) * RAD_TO_DEG * 1e6) / 1e6;
  const x0 = p.x0 ?? 0;
  const zoneNo = Math.floor(x0 / 1e6);
  const prefixed = x0 !== 500000;
  if (prefixed && x0 !== zoneNo * 1e6 + 500000) return undefined;
  const width = prefixed ? (zoneNo >= 25 ? 3 : 6) : cm % 3 === 0 ? 3 : 6;
  const zone = gkZoneOfMeridian(width, cm, prefixed);
  if (!zone || (prefixed && zone.zone !== zoneNo)) return undefined;
  return { id: `EPSG:${zone.epsg}`, name: gkEsriName(zone), definition: gkProj4(zone), projected: true };
}

function geographic(wkt: string): PrjResult | undefined {
  if (!/^\s*(GEOGCS|GEOGCRS|GEODCRS)\[/i.test(wkt)) return undefined;
  if (/China_2000|CGCS\s*2000|China Geodetic Coordinate System 2000/i.test(wkt)) {
    return { ok: true, crs: { id: 'cgcs2000', name: 'CGCS2000', projected: false } };
  }
  if (/WGS[_ ]?(19)?84/i.test(wkt))
    return { ok: true, crs: { id: 'wgs84', name: 'WGS 84', projected: false } };
  const name = /^\s*\w+\[\s*"([^"]*)"/.exec(wkt)?.[1] ?? 'unknown';
  return {
    ok: true,
    crs: { id: 'wgs84', name, projected: false },
    warning: {
      zh: `.prj 为地理坐标系“${name}”，按 WGS-84/CGCS2000 读取，未做基准转换（北京54、西安80 可差数十至上百米）。`,
      en: `the .prj is the geographic system "${name}", read as WGS-84/CGCS2000 with no datum shift (Beijing 1954 or Xian 1980 can be off by tens to a hundred metres).`,
    },
  };
}

/**
 * Reads the coordinate system of a Shapefile `.prj` (WKT1, ESRI WKT or WKT2). CGCS2000 Gauss-Krüger
 * zones are recognised by EPSG code, by ESRI name (`CGCS2000_3_Degree_GK_CM_111E`, `…_Zone_37`) or by
 * their parameters (`Gauss_Kruger` or `Transverse_Mercator`); any other projection proj4 understands
 * becomes a `custom` system, with a warning when its datum is neither WGS-84 nor CGCS2000.
 *
 * @example parsePrj('PROJCS["CGCS2000_3_Degree_GK_CM_102E",…]') // { ok: true, crs: { id: 'EPSG:4543', … } }
 */
export function parsePrj(wkt: string): PrjResult {
  const text = wkt.replace(/^\uFEFF/, '').trim();
  if (text === '') return { ok: false, message: { zh: '.prj 文件为空。', en: 'the .prj file is empty.' } };
  const epsg = topLevelEpsg(text);
  const known = epsg === undefined ? undefined : crsOf(`EPSG:${epsg}`);
  if (known) return { ok: true, crs: known };
  const esri = fromEsriName(text);
  if (esri) return { ok: true, crs: esri };
  const geo = geographic(text);
  if (geo) return geo;
  let parsed: ParsedProj;
  try {
    parsed = new proj4.Proj(text) as unknown as ParsedProj;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      message: {
        zh: `无法识别 .prj 中的坐标系（${detail}）。`,
        en: `cannot read the coordinate system in the .prj (${detail}).`,
      },
    };
  }
  const gk = fromParameters(parsed);
  if (gk) return { ok: true, crs: gk };
  const name = /^\s*\w+\[\s*"([^"]*)"/.exec(text)?.[1] ?? parsed.projName ?? 'custom';
  const crs: Crs = { id: 'custom', name, definition: text, projected: true };
  const datumOk = parsed.rf !== undefined && Math.abs(parsed.rf - CGCS2000_RF) < 1e-5;
  if (datumOk) return { ok: true, crs };
  return {
    ok: true,
    crs,
    warning: {
      zh: `坐标系“${name}”的椭球不是 CGCS2000/WGS-84，已按其投影参数换算，未做基准转换（可能差数十米）。`,
      en: `the coordinate system "${name}" is not on the CGCS2000/WGS-84 ellipsoid; converted with its projection parameters but no datum shift (may be off by tens of metres).`,
    },
  };
}
