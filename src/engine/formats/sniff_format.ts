import { unzipSync } from 'fflate';
import type { LayerFormat } from './read_report.ts';

export type Sniffed =
  | { format: LayerFormat }
  | { format: 'unknown'; reason: 'old_xls' | 'zip_without_layer' | 'xml_not_kml' };

function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    return undefined;
  }
  return names;
}

/** The format named by a file extension, if any. */
export function formatOfName(fileName: string): LayerFormat | undefined {
  const ext = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  const map: Record<string, LayerFormat> = {
    geojson: 'geojson',
    json: 'geojson',
    csv: 'csv',
    tsv: 'csv',
    txt: 'csv',
    xlsx: 'xlsx',
    shp: 'shapefile',
    zip: 'shapefile',
    kml: 'kml',
    kmz: 'kmz',
  };
  return map[ext];
}

/**
 * Recognises a file by its bytes, not its name: zip (an .xlsx workbook, a KMZ or a zipped
 * Shapefile, told apart by their entries), a bare `.shp` (file code 9994), an old binary `.xls`,
 * JSON, KML, or else delimited text.
 */
export function sniffFormat(bytes: Uint8Array, fileName = ''): Sniffed {
  const b = bytes;
  if (b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05)) {
    const names = zipEntryNames(b);
    // A truncated zip cannot be listed: let the fitting reader report it with its own words.
    if (!names) {
      const byName = formatOfName(fileName);
      return { format: byName === 'xlsx' || byName === 'kmz' ? byName : 'shapefile' };
    }
    const lower = names.map((n) => n.toLowerCase());
    if (lower.some((n) => n === '[content_types].xml' || n.startsWith('xl/'))) return { format: 'xlsx' };
    if (lower.some((n) => n.endsWith('.shp'))) return { format: 'shapefile' };
    if (lower.some((n) => n.endsWith('.kml'))) return { format: 'kmz' };
    return { format: 'unknown', reason: 'zip_without_layer' };
  }
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0)
    return { format: 'unknown', reason: 'old_xls' };
  if (b.length >= 100 && b[0] === 0 && b[1] === 0 && b[2] === 0x27 && b[3] === 0x0a)
    return { format: 'shapefile' };
  const head = new TextDecoder()
    .decode(b.subarray(0, 2048))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return { format: 'geojson' };
  if (head.startsWith('<'))
    return /<kml[\s>]/i.test(head) ? { format: 'kml' } : { format: 'unknown', reason: 'xml_not_kml' };
  return { format: 'csv' };
}
