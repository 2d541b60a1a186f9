// Fixtures the tests make themselves: nothing here comes from real data.
import { unzipSync, zipSync } from 'fflate';
import type { FeatureCollection } from 'geojson';
import iconv from 'iconv-lite';
import writeXlsxFile from 'write-excel-file/universal';
import { toShapefileZip } from '../../src/engine/formats/index.ts';

export const gbk = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'gbk'));
export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Two illustrative streets (a square with a hole, and a two-part multipolygon) and one clinic. */
export function illustrativeZones(): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { 街道名称: '示意街道甲', code: '530112001', 常住人口: 81234, 城乡: '城市' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [102.6, 25.0],
              [102.7, 25.0],
              [102.7, 25.1],
              [102.6, 25.1],
              [102.6, 25.0],
            ],
            [
              [102.62, 25.02],
              [102.62, 25.04],
              [102.64, 25.04],
              [102.64, 25.02],
              [102.62, 25.02],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { 街道名称: '示意街道乙（涉农）', code: '530112002', 常住人口: 23456.5, 城乡: '农村' },
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [102.7, 25.0],
                [102.8, 25.0],
                [102.8, 25.05],
                [102.7, 25.05],
                [102.7, 25.0],
              ],
            ],
            [
              [
                [102.82, 25.0],
                [102.85, 25.0],
                [102.85, 25.03],
                [102.82, 25.0],
              ],
            ],
          ],
        },
      },
    ],
  };
}

/** A zipped Shapefile whose DBF text is GBK; `cpg: false` leaves out the .cpg as old ArcGIS exports do. */
export function gbkShapefileParts(cpg: boolean): Record<string, Uint8Array> {
  const z = toShapefileZip([{ name: '街道', features: illustrativeZones() }], {
    encoding: { cpg: 'GBK', encode: gbk },
  });
  if (!z.ok) throw new Error('fixture writer failed');
  const parts = unzipSync(z.bytes);
  const out: Record<string, Uint8Array> = {};
  for (const [name, bytes] of Object.entries(parts)) {
    if (name.endsWith('.cpg') && !cpg) continue;
    if (name.endsWith('.prj') || name.endsWith('.csv')) continue;
    out[name] = bytes;
  }
  return out;
}

export const zip = (files: Record<string, Uint8Array>): Uint8Array => zipSync(files);

/** Facilities as a Chinese-header table (header row first). */
export const FACILITY_ROWS: (string | number | null)[][] = [
  ['名称', '类型', '经度', '纬度', '床位数'],
  ['示意社区卫生服务中心', '社区卫生服务中心', 102.65, 25.03, 40],
  ['示意乡镇卫生院', '乡镇卫生院', 102.81, 25.02, 60],
  ['缺坐标的卫生室', '村卫生室', null, null, 0],
  ['坐标写错的站', '急救站', 'abc', 25.0, 0],
];

export function csvText(rows: (string | number | null)[][], sep = ','): string {
  return `${rows.map((r) => r.map((v) => (v === null ? '' : String(v))).join(sep)).join('\r\n')}\r\n`;
}

export async function xlsxBytes(rows: (string | number | null)[][], sheet?: string): Promise<Uint8Array> {
  const blob = await writeXlsxFile(rows as never, sheet ? { sheet } : undefined).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

export const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>示意设施</name>
<Placemark><name>示意急救站</name><ExtendedData><Data name="类型"><value>急救站</value></Data></ExtendedData>
<Point><coordinates>102.66,25.04,0</coordinates></Point></Placemark>
<Placemark><name>示意街道</name><Polygon><outerBoundaryIs><LinearRing><coordinates>
102.6,25.0 102.7,25.0 102.7,25.1 102.6,25.0</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
</Document></kml>`;
