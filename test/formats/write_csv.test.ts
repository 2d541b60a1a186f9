import { describe, expect, it } from 'vitest';
import { readLayer, shortFieldNames, toZoneReportCsv } from '../../src/engine/formats/index.ts';

const text = (b: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);

describe('toZoneReportCsv', () => {
  it('writes UTF-8 with a BOM so Excel on Chinese Windows shows the Chinese', () => {
    const bytes = toZoneReportCsv([{ 街道: '马街', 常住人口: 80000, 覆盖率: 0.875 }]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(bytes)).toBe('\uFEFF街道,常住人口,覆盖率\r\n马街,80000,0.875\r\n');
  });

  it('quotes commas and quotes, keeps empty cells empty, and defuses formula-like text', () => {
    const csv = text(toZoneReportCsv([{ a: '甲,乙', b: '说"好"', c: null, d: '=SUM(A1)', e: -5, f: '-5' }]));
    expect(csv.split('\r\n')[1]).toBe(`"甲,乙","说""好""",,'=SUM(A1),-5,-5`);
  });

  it('can be read back by the CSV reader with the same values', async () => {
    const r = await readLayer('r.csv', toZoneReportCsv([{ 名称: '甲', 经度: 102.7, 纬度: 25.04 }]));
    expect(r.features.features[0]?.properties).toMatchObject({ 名称: '甲', 经度: '102.7' });
  });
});

describe('DBF number fields (through the Shapefile reader)', () => {
  it('keep their decimals, and huge values are written as text rather than cut', async () => {
    const { readLayer: read, toShapefileZip } = await import('../../src/engine/formats/index.ts');
    const fc = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          properties: { share: 0.123456, big: 1e20, neg: -12.5 },
          geometry: { type: 'Point' as const, coordinates: [102.7, 25.04] },
        },
        {
          type: 'Feature' as const,
          properties: { share: 1, big: 5, neg: 3 },
          geometry: { type: 'Point' as const, coordinates: [102.8, 25.05] },
        },
      ],
    };
    const z = toShapefileZip([{ name: 'n', features: fc }]);
    if (!z.ok) throw new Error(z.message.en);
    const r = await read('n.zip', z.bytes);
    expect(r.features.features.map((f) => [f.properties?.share, f.properties?.neg])).toEqual([
      [0.123456, -12.5],
      [1, 3],
    ]);
    expect(r.features.features[0]?.properties?.big).toBe('100000000000000000000');
  });
});

describe('shortFieldNames', () => {
  it('shortens rule metrics to rule initials and metric words', () => {
    const names = shortFieldNames([
      'ems_reach__status',
      'ems_reach__pop_covered',
      'ems_reach__people_outside',
      'health_circle__area_covered_km2',
    ]);
    expect(names).toEqual(['er_status', 'er_popcov', 'er_peoout', 'hc_arecovk']);
  });

  it('keeps names within 10 UTF-8 bytes and unique ignoring case', () => {
    const names = shortFieldNames([
      'populationCovered',
      'populationShare',
      'POPULATIONcovered',
      '覆盖人口比例',
      'name',
    ]);
    expect(names).toEqual(['population', 'populati_2', 'POPULATI_3', '覆盖人', 'name']);
    expect(names.every((n) => new TextEncoder().encode(n).length <= 10)).toBe(true);
  });
});
