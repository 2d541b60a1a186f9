import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import type { Feature, FeatureCollection } from 'geojson';
import type { Label } from '../../domain/index.ts';
import { SOURCE_ROW_KEY } from '../crs/index.ts';

export type KmlRead = { ok: true; features: FeatureCollection } | { ok: false; message: Label };

/**
 * Reads KML text into features (placemarks with their name, description and ExtendedData as raw
 * properties, `_row` = placemark number). Uses @xmldom/xmldom because Web Workers have no DOMParser.
 */
export function readKmlText(text: string): KmlRead {
  const errors: string[] = [];
  const parser = new DOMParser({
    onError: (level, msg) => {
      if (level !== 'warning') errors.push(msg);
    },
  });
  let doc: unknown;
  try {
    doc = parser.parseFromString(text, 'text/xml');
  } catch (e) {
    errors.push(e instanceof Error ? e.message : String(e));
  }
  if (!doc || errors.length > 0) {
    const detail = errors[0] ?? 'parse error';
    return {
      ok: false,
      message: { zh: `KML 不是有效的 XML（${detail}）。`, en: `the KML is not valid XML (${detail}).` },
    };
  }
  const fc = kml(doc as Parameters<typeof kml>[0]) as FeatureCollection;
  const features: Feature[] = fc.features.map((f, i) => ({
    ...f,
    properties: { ...(f.properties ?? {}), [SOURCE_ROW_KEY]: i + 1 },
  }));
  return { ok: true, features: { type: 'FeatureCollection', features } };
}

/** Reads a KMZ (zip) by its main `.kml` entry: `doc.kml` when present, else the first `.kml`. */
export function readKmz(bytes: Uint8Array, decode: (b: Uint8Array) => string): KmlRead {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => f.name.toLowerCase().endsWith('.kml') });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      message: { zh: `KMZ 压缩包损坏（${detail}）。`, en: `the KMZ archive is damaged (${detail}).` },
    };
  }
  const names = Object.keys(entries).filter((n) => !n.startsWith('__MACOSX'));
  const main = names.find((n) => n.toLowerCase().endsWith('doc.kml')) ?? names[0];
  const data = main === undefined ? undefined : entries[main];
  if (!data)
    return { ok: false, message: { zh: 'KMZ 中没有 .kml 文件。', en: 'the KMZ holds no .kml file.' } };
  return readKmlText(decode(data));
}
