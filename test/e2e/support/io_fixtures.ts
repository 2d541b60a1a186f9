// Fixtures of the import/export browser tests, made with the project's own writers. Invented data (示意).
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { wgs84ToGcj02 } from '../../../src/engine/crs/gcj02.ts';
import { toShapefileZip } from '../../../src/engine/formats/index.ts';
import { gbk, xlsxBytes } from '../../formats/fixtures.ts';

const square = (x0: number, y0: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x0 + size, y0],
      [x0 + size, y0 + size],
      [x0, y0 + size],
      [x0, y0],
    ],
  ],
});

/** Four invented townships/streets in a 2 × 2 grid of 0.1° squares near Kunming. */
export const TOWNSHIPS = [
  {
    乡镇名称: '示意甲镇',
    统计用区划代码: '530181101',
    常住人口: 32000,
    级别: '乡镇',
    城乡: '农村',
    x: 103.0,
    y: 25.0,
  },
  {
    乡镇名称: '示意乙镇',
    统计用区划代码: '530181102',
    常住人口: 28500,
    级别: '乡镇',
    城乡: '农村',
    x: 103.1,
    y: 25.0,
  },
  {
    乡镇名称: '示意丙街道',
    统计用区划代码: '530181001',
    常住人口: 61000,
    级别: '街道',
    城乡: '城市',
    x: 103.0,
    y: 25.1,
  },
  {
    乡镇名称: '示意丁乡',
    统计用区划代码: '530181201',
    常住人口: 15000,
    级别: '乡镇',
    城乡: '农村',
    x: 103.1,
    y: 25.1,
  },
];

export function townshipCollection(): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: TOWNSHIPS.map(
      ({ x, y, ...properties }): Feature => ({
        type: 'Feature',
        properties,
        geometry: square(x, y, 0.1),
      }),
    ),
  };
}

/** The townships as a zipped Shapefile: DBF text in GBK (.cpg = GBK), CGCS2000 3° Gauss-Krüger metres. */
export function townshipShapefileZip(): Uint8Array {
  const z = toShapefileZip([{ name: '示意乡镇', features: townshipCollection() }], {
    project: 'gk3',
    encoding: { cpg: 'GBK', encode: gbk },
  });
  if (!z.ok) throw new Error('fixture writer failed');
  return z.bytes;
}

/** Facilities at WGS-84 positions; the Excel file gives them in GCJ-02 (as copied from AMap). */
export const FACILITIES = [
  {
    机构名称: '示意甲镇卫生院',
    机构类别: '卫生院',
    lon: 103.05,
    lat: 25.05,
    床位数: 40,
    地址: '甲镇正街 1 号',
  },
  {
    机构名称: '示意乙镇中心卫生院',
    机构类别: '中心卫生院',
    lon: 103.15,
    lat: 25.04,
    床位数: 80,
    地址: '乙镇新街 8 号',
  },
  {
    机构名称: '示意丙街道社区医院',
    机构类别: '社区医院',
    lon: 103.05,
    lat: 25.15,
    床位数: 20,
    地址: '丙街道 3 号',
  },
  {
    机构名称: '示意丁乡卫生院',
    机构类别: '乡卫生院',
    lon: 103.16,
    lat: 25.16,
    床位数: 30,
    地址: '丁乡 5 号',
  },
  { 机构名称: '示意某村卫生室', 机构类别: '村卫生室', lon: 103.02, lat: 25.02, 床位数: 0, 地址: '某村' },
  { 机构名称: '示意诊所', 机构类别: '诊所', lon: 103.12, lat: 25.12, 床位数: 0, 地址: '乙镇' },
];
/** Names expected after the import: the 诊所 row is left out, the row without coordinates skipped. */
export const IMPORTED_NAMES = FACILITIES.filter((f) => f.机构类别 !== '诊所').map((f) => f.机构名称);
/** Spreadsheet row of the facility without coordinates (header = row 1). */
export const NO_COORDS_ROW = FACILITIES.length + 2;

export async function facilitiesXlsx(): Promise<Uint8Array> {
  const header = ['机构名称', '机构类别', '经度', '纬度', '床位数', '地址', '所属乡镇'];
  const rows: (string | number | null)[][] = FACILITIES.map((f) => {
    const [lon, lat] = wgs84ToGcj02([f.lon, f.lat]) as [number, number];
    return [f.机构名称, f.机构类别, Number(lon.toFixed(6)), Number(lat.toFixed(6)), f.床位数, f.地址, ''];
  });
  rows.push(['示意缺坐标卫生室', '村卫生室', null, null, 0, '不详', '']);
  return xlsxBytes([header, ...rows]);
}
