import { describe, expect, it } from 'vitest';
import { guessColumns, parseCoordinate, parseLonLatPair, readLayer } from '../../src/engine/formats/index.ts';

describe('guessColumns', () => {
  it('finds Chinese coordinate headers with units and prefixes', () => {
    expect(guessColumns(['序号', '机构名称', '经度(°)', '纬度（°）'])).toMatchObject({
      lon: '经度(°)',
      lat: '纬度（°）',
      missing: [],
    });
    expect(guessColumns(['名称', '中心点经度', '中心点纬度'])).toMatchObject({
      lon: '中心点经度',
      lat: '中心点纬度',
    });
    expect(guessColumns(['name', 'GCJ_LNG', 'GCJ_LAT'])).toMatchObject({ lon: 'GCJ_LNG', lat: 'GCJ_LAT' });
    expect(guessColumns(['NAME', 'POINT_X', 'POINT_Y'])).toMatchObject({ lon: 'POINT_X', lat: 'POINT_Y' });
  });

  it('prefers an exact header over one that only contains the word', () => {
    expect(guessColumns(['经度', '纬度', '原始经度'])).toMatchObject({
      lon: '经度',
      lat: '纬度',
      ambiguous: [],
    });
  });

  it('finds one combined 经纬度 column', () => {
    const g = guessColumns(['名称', '经纬度']);
    expect([g.lonLat, g.lon, g.missing]).toEqual(['经纬度', undefined, []]);
  });

  it('leaves ties and absences to the planner, with the other columns listed', () => {
    const tie = guessColumns(['名称', 'wgs84_lng', 'gcj02_lng', 'lat']);
    expect(tie.ambiguous).toEqual([{ role: 'lon', headers: ['wgs84_lng', 'gcj02_lng'] }]);
    expect(tie.missing).toEqual(['lon']);
    const none = guessColumns(['town_code', 'town_name']);
    expect([none.missing, none.otherColumns]).toEqual([
      ['lon', 'lat'],
      ['town_code', 'town_name'],
    ]);
  });
});

describe('parseCoordinate', () => {
  it('reads numbers, full-width digits, thousands separators and degrees-minutes-seconds', () => {
    expect(parseCoordinate(102.7)).toBe(102.7);
    expect(parseCoordinate(' １０２．７ ')).toBe(102.7);
    expect(parseCoordinate('570,643.3')).toBe(570643.3);
    expect(parseCoordinate('25度2分24秒')).toBeCloseTo(25.04, 10);
    expect(parseCoordinate('33°51′S')).toBeCloseTo(-33.85, 10);
    expect(parseCoordinate('abc')).toBeUndefined();
    expect(parseCoordinate('')).toBeUndefined();
    expect(parseLonLatPair('(102.7 25.04)')).toEqual([102.7, 25.04]);
    expect(parseLonLatPair('102.7')).toBeUndefined();
  });
});

describe('text encodings', () => {
  it('reads UTF-16LE text with BOM (Excel "Unicode text") as a tab-separated table', async () => {
    const text = '\uFEFF名称\t经度\t纬度\r\n甲\t102.7\t25.04\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[i * 2] = text.charCodeAt(i) & 0xff;
      bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    const r = await readLayer('unicode.txt', bytes);
    expect(r.detected.encoding).toBe('utf-16le');
    expect(r.features.features[0]?.properties?.名称).toBe('甲');
  });

  it('decodes as GBK when told, even when the bytes would pass as UTF-8', async () => {
    const r = await readLayer('a.csv', new TextEncoder().encode('name,lng,lat\nA,102.7,25.04\n'), {
      encoding: 'gbk',
    });
    expect(r.detected.encoding).toBe('gbk');
    expect(r.features.features).toHaveLength(1);
  });
});
