import { describe, expect, it } from 'vitest';
import { CGCS2000_ESRI_WKT, gkEsriWkt, gkZoneOfEpsg, parsePrj } from '../../src/engine/crs/index.ts';

/** Written by `gdalsrsinfo -o wkt_esri EPSG:4545` (GDAL 3.6.2). */
const ESRI_4545 =
  'PROJCS["CGCS2000_3_Degree_GK_CM_108E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",108.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
/** Written by `gdalsrsinfo -o wkt1 EPSG:4526` (GDAL 3.6.2). */
const WKT1_4526 =
  'PROJCS["CGCS2000 / 3-degree Gauss-Kruger zone 38",    GEOGCS["China Geodetic Coordinate System 2000",        DATUM["China_2000",            SPHEROID["CGCS2000",6378137,298.257222101,                AUTHORITY["EPSG","1024"]],            AUTHORITY["EPSG","1043"]],        PRIMEM["Greenwich",0,            AUTHORITY["EPSG","8901"]],        UNIT["degree",0.0174532925199433,            AUTHORITY["EPSG","9122"]],        AUTHORITY["EPSG","4490"]],    PROJECTION["Transverse_Mercator"],    PARAMETER["latitude_of_origin",0],    PARAMETER["central_meridian",114],    PARAMETER["scale_factor",1],    PARAMETER["false_easting",38500000],    PARAMETER["false_northing",0],    UNIT["metre",1,        AUTHORITY["EPSG","9001"]],    AXIS["Northing",NORTH],    AXIS["Easting",EAST],    AUTHORITY["EPSG","4526"]]';

const idOf = (wkt: string) => {
  const r = parsePrj(wkt);
  return r.ok ? r.crs.id : 'failed';
};

describe('parsePrj', () => {
  it('recognises an ESRI Gauss_Kruger .prj by its name CGCS2000_3_Degree_GK_CM_108E', () => {
    expect(idOf(ESRI_4545)).toBe('EPSG:4545');
  });

  it('recognises a WKT1 .prj by its EPSG authority code', () => {
    expect(idOf(WKT1_4526)).toBe('EPSG:4526');
  });

  it('recognises ESRI zone names with the zone-number prefix (CGCS2000_3_Degree_GK_Zone_37)', () => {
    const wkt = ESRI_4545.replace('CGCS2000_3_Degree_GK_CM_108E', 'CGCS2000_3_Degree_GK_Zone_37');
    expect(idOf(wkt)).toBe('EPSG:4525');
  });

  it('recognises a Gauss-Krüger zone by its parameters when the name says nothing', () => {
    const wkt = ESRI_4545.replace('CGCS2000_3_Degree_GK_CM_108E', 'my_survey_grid').replace('108.0', '111.0');
    expect(idOf(wkt)).toBe('EPSG:4546');
    const prefixed = wkt.replace('"False_Easting",500000.0', '"False_Easting",37500000.0');
    expect(idOf(prefixed)).toBe('EPSG:4525');
  });

  it('round-trips the WKT the Shapefile writer produces for every 3° zone', () => {
    for (let epsg = 4513; epsg <= 4554; epsg++) {
      const zone = gkZoneOfEpsg(epsg);
      if (zone) expect(idOf(gkEsriWkt(zone))).toBe(`EPSG:${epsg}`);
    }
  });

  it('reads geographic CGCS2000 and WGS-84 .prj files as degrees', () => {
    expect(idOf(CGCS2000_ESRI_WKT)).toBe('cgcs2000');
    expect(
      idOf(
        'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["Degree",0.017453292519943295]]',
      ),
    ).toBe('wgs84');
  });

  it('keeps other projections as custom and warns when the datum is not CGCS2000/WGS-84', () => {
    const xian80 = ESRI_4545.replace('CGCS2000_3_Degree_GK_CM_108E', 'Xian_1980_3_Degree_GK_CM_108E').replace(
      'SPHEROID["CGCS2000",6378137.0,298.257222101]',
      'SPHEROID["Xian_1980",6378140.0,298.257]',
    );
    const r = parsePrj(xian80);
    expect(r.ok && r.crs.id).toBe('custom');
    expect(r.ok && r.warning?.en).toMatch(/no datum shift/);
  });

  it('fails with a bilingual message on an empty or unreadable .prj', () => {
    const empty = parsePrj('  ');
    expect(empty.ok).toBe(false);
    expect(!empty.ok && empty.message.zh).toMatch(/为空/);
    const junk = parsePrj('this is not WKT');
    expect(!junk.ok && junk.message.en).toMatch(/cannot read/);
  });
});
