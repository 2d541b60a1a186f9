/** CGCS2000 ellipsoid: semi-major axis (m) and inverse flattening. */
export const CGCS2000_A_M = 6378137;
export const CGCS2000_RF = 298.257222101;

/** One CGCS2000 Gauss-Krüger zone as EPSG defines it (EPSG:4491–4554). */
export interface GkZone {
  epsg: number;
  zoneWidthDeg: 3 | 6;
  /** Zone number: 13–23 for 6° zones, 25–45 for 3° zones. */
  zone: number;
  centralMeridianDeg: number;
  /** True when the false easting carries the zone number (zone × 1e6 + 500000 m). */
  prefixed: boolean;
  falseEastingM: number;
}

function zoneFrom(zoneWidthDeg: 3 | 6, zone: number, prefixed: boolean): GkZone {
  const centralMeridianDeg = zoneWidthDeg === 3 ? zone * 3 : zone * 6 - 3;
  const first = zoneWidthDeg === 3 ? 25 : 13;
  const base = zoneWidthDeg === 3 ? (prefixed ? 4513 : 4534) : prefixed ? 4491 : 4502;
  return {
    epsg: base + zone - first,
    zoneWidthDeg,
    zone,
    centralMeridianDeg,
    prefixed,
    falseEastingM: prefixed ? zone * 1e6 + 500000 : 500000,
  };
}

/**
 * The CGCS2000 Gauss-Krüger zone of an EPSG code, or undefined outside 4491–4554.
 *
 * @example gkZoneOfEpsg(4545) // { zoneWidthDeg: 3, zone: 36, centralMeridianDeg: 108, prefixed: false, … }
 */
export function gkZoneOfEpsg(epsg: number): GkZone | undefined {
  if (!Number.isInteger(epsg)) return undefined;
  if (epsg >= 4491 && epsg <= 4501) return zoneFrom(6, epsg - 4491 + 13, true);
  if (epsg >= 4502 && epsg <= 4512) return zoneFrom(6, epsg - 4502 + 13, false);
  if (epsg >= 4513 && epsg <= 4533) return zoneFrom(3, epsg - 4513 + 25, true);
  if (epsg >= 4534 && epsg <= 4554) return zoneFrom(3, epsg - 4534 + 25, false);
  return undefined;
}

/**
 * The zone with a given width and central meridian (75–135° E), or undefined when no EPSG zone has it.
 *
 * @example gkZoneOfMeridian(3, 102, false)?.epsg // 4543
 */
export function gkZoneOfMeridian(
  zoneWidthDeg: 3 | 6,
  centralMeridianDeg: number,
  prefixed: boolean,
): GkZone | undefined {
  const zone = zoneWidthDeg === 3 ? centralMeridianDeg / 3 : (centralMeridianDeg + 3) / 6;
  const [lo, hi] = zoneWidthDeg === 3 ? [25, 45] : [13, 23];
  if (!Number.isInteger(zone) || zone < lo || zone > hi) return undefined;
  return zoneFrom(zoneWidthDeg, zone, prefixed);
}

/**
 * The 3° zone (without zone prefix) whose central meridian is nearest `lonDeg`, clamped to 75–135° E.
 *
 * @example gk3ZoneForLon(102.7).centralMeridianDeg // 102
 */
export function gk3ZoneForLon(lonDeg: number): GkZone {
  const cm = Math.min(135, Math.max(75, Math.round(lonDeg / 3) * 3));
  return zoneFrom(3, cm / 3, false);
}

/** The proj4 definition of a zone: transverse Mercator on the CGCS2000 ellipsoid, k = 1. */
export function gkProj4(zone: GkZone): string {
  return (
    `+proj=tmerc +lat_0=0 +lon_0=${zone.centralMeridianDeg} +k=1 +x_0=${zone.falseEastingM} +y_0=0 ` +
    `+a=${CGCS2000_A_M} +rf=${CGCS2000_RF} +units=m +no_defs`
  );
}

/** The ESRI-style name of a zone, as in `.prj` files, e.g. `CGCS2000_3_Degree_GK_CM_102E`. */
export function gkEsriName(zone: GkZone): string {
  const prefix = zone.zoneWidthDeg === 3 ? 'CGCS2000_3_Degree_GK' : 'CGCS2000_GK';
  return zone.prefixed ? `${prefix}_Zone_${zone.zone}` : `${prefix}_CM_${zone.centralMeridianDeg}E`;
}

/** ESRI WKT of CGCS2000 geographic coordinates (EPSG:4490), as written to `.prj` files. */
export const CGCS2000_ESRI_WKT =
  'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",' +
  `SPHEROID["CGCS2000",${CGCS2000_A_M}.0,${CGCS2000_RF}]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]`;

/** ESRI WKT of a zone (the form ArcGIS and GDAL write for EPSG:4491–4554). */
export function gkEsriWkt(zone: GkZone): string {
  return (
    `PROJCS["${gkEsriName(zone)}",${CGCS2000_ESRI_WKT},PROJECTION["Gauss_Kruger"],` +
    `PARAMETER["False_Easting",${zone.falseEastingM}.0],PARAMETER["False_Northing",0.0],` +
    `PARAMETER["Central_Meridian",${zone.centralMeridianDeg}.0],PARAMETER["Scale_Factor",1.0],` +
    'PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]'
  );
}
