import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crsOf, fromWgs84Transform } from '../../src/engine/crs/index.ts';
import { handleIo } from '../../src/worker/io_bridge.ts';
import type {
  ConvertReply,
  IoRequest,
  IoResponse,
  LayerSummary,
  TableSummary,
} from '../../src/worker/io_messages.ts';
import { TOWNSHIPS, townshipShapefileZip } from '../e2e/support/io_fixtures.ts';
import { csvText, utf8 } from '../formats/fixtures.ts';

let nextId = 1000;
const buf = (b: Uint8Array): ArrayBuffer => b.slice().buffer;

type Body = IoRequest extends infer R ? (R extends IoRequest ? Omit<R, 'id'> : never) : never;

/** Sends one request through the worker's io router in Node and returns the reply. */
async function ask<T>(req: Body): Promise<T> {
  const id = nextId++;
  let reply: unknown;
  await handleIo({ ...req, id } as IoRequest, (msg) => {
    if (msg.type !== 'progress' && msg.id === id) reply = (msg as IoResponse).reply;
  });
  return reply as T;
}

const readCsv = (name: string, text: string, options = {}) =>
  ask<LayerSummary>({ type: 'readFile', file: { name, bytes: buf(utf8(text)) }, options });

/** The four invented townships as a zipped GBK Shapefile in Gauss-Krüger metres. */
const readTownships = () =>
  ask<LayerSummary>({
    type: 'readFile',
    file: { name: '乡镇.zip', bytes: buf(townshipShapefileZip()) },
    options: {},
  });

/** Converts a read layer to facilities with the guessed columns; `more` adds mapping choices. */
const toFacilities = (handle: number, more: Partial<Extract<Body, { type: 'convertLayer' }>> = {}) =>
  ask<ConvertReply>({ type: 'convertLayer', handle, target: 'facilities', mapping: {}, ...more });

describe('the import messages of the worker', () => {
  it('read a zipped GBK Shapefile in Gauss-Krüger metres: polygons, the .prj named, Chinese columns', async () => {
    const s = await readTownships();
    expect(s.ok).toBe(true);
    expect(s.polygons).toBe(4);
    expect(s.suggested).toBe('zones');
    expect(s.crsFromPrj).toBe(true);
    expect(s.crs).toMatch(/^EPSG:45\d\d$/);
    expect(s.encoding).toBe('gbk');
    expect(s.guessedFields.name).toBe('乡镇名称');
    expect(s.values.乡镇名称).toEqual(TOWNSHIPS.map((t) => t.乡镇名称));
  });

  it('read the same Shapefile given as loose parts', async () => {
    const parts = unzipSync(townshipShapefileZip());
    const loose = Object.fromEntries(
      Object.entries(parts)
        .filter(([n]) => /\.(shp|shx|dbf|prj|cpg)$/.test(n))
        .map(([n, b]) => [n, buf(b)]),
    );
    const s = await ask<LayerSummary>({
      type: 'readFile',
      file: { name: '示意乡镇.shp', parts: loose },
      options: {},
    });
    expect(s.ok).toBe(true);
    expect(s.featureCount).toBe(4);
  });

  it('join population from a separate table by zone code and report the zones it misses', async () => {
    const s = await readTownships();
    const codeColumn = s.columns.find((c) => c.startsWith('统计用')) ?? '';
    const table = await ask<TableSummary>({
      type: 'readTable',
      file: {
        name: '人口.csv',
        bytes: buf(
          utf8(
            csvText([
              ['区划代码', '人口'],
              ['530181101', '1.2万'],
              ['530181102', 900],
              ['999', 5],
            ]),
          ),
        ),
      },
    });
    expect(table.ok).toBe(true);
    const r = await ask<ConvertReply>({
      type: 'convertLayer',
      handle: s.handle,
      target: 'zones',
      mapping: {},
      columns: { name: '乡镇名称', code: codeColumn, population: null },
      population: { tableHandle: table.handle, keyColumn: '区划代码', valueColumn: '人口', zoneKey: 'code' },
    });
    expect(r.ok).toBe(true);
    const pop = Object.fromEntries((r.zones ?? []).map((z) => [z.code, z.population]));
    expect(pop).toEqual({ '530181101': 12000, '530181102': 900, '530181001': null, '530181201': null });
    const text = r.issues.map((i) => i.message.zh).join('\n');
    expect(text).toMatch(/2 个区划在人口表“区划代码”列中找不到/);
    expect(text).toMatch(/人口表有 1 行未对应任何区划/);
  });

  it('offer a swap for latitude/longitude given the wrong way round, and the fix makes the layer usable', async () => {
    const s = await readCsv(
      '反了.csv',
      csvText([
        ['名称', '类型', '经度', '纬度'],
        ['示意卫生院', '卫生院', 25.05, 103.05],
      ]),
    );
    expect(s.ok).toBe(false);
    const issue = s.coordinateIssues.find((i) => i.code === 'latlon_swapped');
    expect(issue?.rows).toEqual([2]);
    const fix = issue?.fixes[0];
    if (!fix) throw new Error('no fix offered');
    const fixed = await ask<LayerSummary | null>({ type: 'fixCoordinates', handle: s.handle, fix });
    expect(fixed?.ok).toBe(true);
    const r = await toFacilities(s.handle);
    expect(r.facilities?.[0]).toMatchObject({ lon: 103.05, lat: 25.05, kind: 'township_health_centre' });
  });

  it('map the planner’s categories, leave out the ones chosen, and list facilities outside every zone by row', async () => {
    const s = await readCsv(
      '设施.csv',
      csvText([
        ['机构', '类', 'lng', 'lat'],
        ['甲', '社区医院', 103.05, 25.05],
        ['乙', '诊所', 103.06, 25.06],
        ['丙', '卫生院', 104.5, 26.5],
      ]),
    );
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [103, 25],
          [103.2, 25],
          [103.2, 25.2],
          [103, 25.2],
          [103, 25],
        ],
      ],
    };
    const zone = {
      code: 'Z',
      name: '示意镇',
      level: 'township' as const,
      class: 'rural' as const,
      population: 1,
      geometry: square,
    };
    const r = await ask<ConvertReply>({
      type: 'convertLayer',
      handle: s.handle,
      target: 'facilities',
      mapping: { kindValues: { 社区医院: 'community_health_centre' } },
      columns: { name: '机构', kind: '类' },
      skipKindValues: ['诊所'],
      zones: [zone],
    });
    expect(r.ok).toBe(true);
    expect(r.facilities?.map((f) => [f.name, f.kind])).toEqual([
      ['甲', 'community_health_centre'],
      ['丙', 'township_health_centre'],
    ]);
    expect(r.leftOut).toEqual([{ row: 3, value: '诊所' }]);
    expect(r.outsideZones).toEqual([{ row: 4, name: '丙' }]);
  });

  it('zones from a projected Shapefile locate facilities by their true boundaries (no stale box in metres)', async () => {
    const s = await readTownships();
    const zones = await ask<ConvertReply>({
      type: 'convertLayer',
      handle: s.handle,
      target: 'zones',
      mapping: {},
    });
    expect(zones.zones?.every((z) => !('bbox' in z.geometry))).toBe(true);
    const f = await readCsv(
      '设施.csv',
      csvText([
        ['名称', '类型', '经度', '纬度'],
        ['甲', '卫生院', 103.05, 25.05],
        ['乙', '卫生院', 104, 26],
      ]),
    );
    const r = await toFacilities(f.handle, { zones: zones.zones ?? [] });
    expect(r.outsideZones).toEqual([{ row: 3, name: '乙' }]);
  });

  it('projected metres read as degrees get one-click "read as EPSG:…" fixes that bring the points home', async () => {
    // 103.05° E, 25.05° N in CGCS2000 3° Gauss-Krüger CM 102° E (EPSG:4543), without the zone prefix.
    const crs = crsOf('EPSG:4543');
    const forward = crs && fromWgs84Transform(crs);
    if (!forward) throw new Error('no EPSG:4543');
    const [x, y] = forward([103.05, 25.05]) as [number, number];
    const s = await readCsv(
      '米.csv',
      csvText([
        ['名称', '类型', 'X', 'Y'],
        ['甲', '卫生院', x.toFixed(2), y.toFixed(2)],
      ]),
    );
    const issue = s.coordinateIssues.find((i) => i.code === 'projected_as_degrees');
    const fix = issue?.fixes.find((f) => f.kind === 'assume_crs' && f.crs === 'EPSG:4543');
    if (!fix) throw new Error(`no EPSG:4543 fix among ${issue?.fixes.map((f) => f.label.en).join(', ')}`);
    const fixed = await ask<LayerSummary | null>({ type: 'fixCoordinates', handle: s.handle, fix });
    expect(fixed?.ok).toBe(true);
    const r = await toFacilities(s.handle);
    expect(r.facilities?.[0]?.lon).toBeCloseTo(103.05, 5);
    expect(r.facilities?.[0]?.lat).toBeCloseTo(25.05, 5);
  });

  it('a large table reports its reading progress', async () => {
    const rows = [['名称', '类型', '经度', '纬度']];
    for (let i = 0; i < 25_000; i++)
      rows.push([`设施${i}`, '卫生院', String(103 + (i % 100) / 1000), '25.05']);
    const fractions: number[] = [];
    const id = nextId++;
    await handleIo(
      { type: 'readFile', id, file: { name: '大.csv', bytes: buf(utf8(csvText(rows))) }, options: {} },
      (msg) => {
        if (msg.type === 'progress') fractions.push(msg.fraction);
      },
    );
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((f, i) => i === 0 || f >= (fractions[i - 1] ?? 0))).toBe(true);
  });

  it('an unknown category fails the conversion with the file, the row and the known kinds', async () => {
    const s = await readCsv(
      '设施.csv',
      csvText([
        ['名称', '类型', '经度', '纬度'],
        ['甲', '药店', 103.05, 25.05],
      ]),
    );
    const r = await toFacilities(s.handle);
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.message.zh).toMatch(/^设施\.csv，第 2 行（"甲"）：设施类型 "药店" 无法识别/);
    expect(r.issues[0]?.row).toBe(2);
  });

  it('an empty file and a table without coordinates fail with a message and the columns', async () => {
    const empty = await ask<LayerSummary>({
      type: 'readFile',
      file: { name: '空.csv', bytes: new ArrayBuffer(0) },
      options: {},
    });
    expect(empty.ok).toBe(false);
    expect(empty.errors[0]?.zh).toContain('文件为空');
    const none = await readCsv(
      '无坐标.csv',
      csvText([
        ['名称', '地址'],
        ['甲', '某街'],
      ]),
    );
    expect(none.ok).toBe(false);
    expect(none.columns).toEqual(['名称', '地址']);
    expect(none.errors[0]?.zh).toContain('找不到经纬度列');
  });
});
