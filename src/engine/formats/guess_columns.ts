export type CoordinateRole = 'lon' | 'lat' | 'lonLat';

/** Which columns hold coordinates, and what is left for the planner to map by hand. */
export interface ColumnGuess {
  lon?: string;
  lat?: string;
  /** One column holding "lon,lat" (坐标, 经纬度). */
  lonLat?: string;
  /** Roles no header matched (empty when lon and lat, or lonLat, were found). */
  missing: ('lon' | 'lat')[];
  /** Roles several headers matched equally well; the planner picks one. */
  ambiguous: { role: CoordinateRole; headers: string[] }[];
  /** Headers not used for coordinates (names, kinds, population…), for the field-mapping step. */
  otherColumns: string[];
}

const LON_WORDS = new Set([
  'lon',
  'lng',
  'long',
  'longitude',
  'x',
  'pointx',
  'xcoord',
  'coordx',
  '经度',
  '东经',
  'x坐标',
]);
const LAT_WORDS = new Set(['lat', 'latitude', 'y', 'pointy', 'ycoord', 'coordy', '纬度', '北纬', 'y坐标']);
const LONLAT_WORDS = new Set([
  '坐标',
  '经纬度',
  '经纬度坐标',
  '位置坐标',
  'coordinates',
  'coordinate',
  'coords',
  'lonlat',
  'lnglat',
  'location',
]);

/** Lower case, without spaces, units and brackets: "经度(°)" → "经度", "Point_X" → "pointx". */
function normalise(header: string): string {
  return header
    .toLowerCase()
    .replace(/[（(［[【].*?[）)］\]】]/g, '')
    .replace(/[\s_\-.:：°]/g, '')
    .replace(/^(wgs84|wgs|gcj02|gcj|bd09|gps|cgcs2000)/, '');
}

/** 2: exact synonym; 1: contains 经度/纬度 or ends in a synonym (e.g. "中心点经度", "gcj_lng"); 0: no. */
function score(header: string, words: Set<string>, zhWord?: string): number {
  const n = normalise(header);
  if (words.has(n)) return 2;
  if (zhWord && n.includes(zhWord) && !n.includes('经纬')) return 1;
  const tokens = header
    .toLowerCase()
    .split(/[\s_\-.()（）]+/)
    .filter(Boolean);
  const last = tokens[tokens.length - 1];
  return last && words.has(last) && last.length > 1 ? 1 : 0;
}

function best(headers: string[], words: Set<string>, zhWord?: string): { pick?: string; tied: string[] } {
  let top = 0;
  let tied: string[] = [];
  for (const h of headers) {
    const s = score(h, words, zhWord);
    if (s > top) {
      top = s;
      tied = [h];
    } else if (s === top && s > 0) tied.push(h);
  }
  return tied.length === 1 ? { pick: tied[0], tied } : { tied };
}

/**
 * Finds the coordinate columns among Chinese or English headers: 经度/纬度, lng/lat, lon/lat,
 * longitude/latitude, x/y, POINT_X/POINT_Y, or one 坐标/经纬度 column holding "lon,lat".
 *
 * @example guessColumns(['名称', '经度', '纬度']) // { lon: '经度', lat: '纬度', missing: [], … }
 */
export function guessColumns(headers: string[]): ColumnGuess {
  const lon = best(headers, LON_WORDS, '经度');
  const lat = best(headers, LAT_WORDS, '纬度');
  const ambiguous: ColumnGuess['ambiguous'] = [];
  if (lon.tied.length > 1) ambiguous.push({ role: 'lon', headers: lon.tied });
  if (lat.tied.length > 1) ambiguous.push({ role: 'lat', headers: lat.tied });
  const guess: ColumnGuess = { missing: [], ambiguous, otherColumns: [] };
  if (lon.pick) guess.lon = lon.pick;
  if (lat.pick) guess.lat = lat.pick;
  if (!lon.pick && !lat.pick && ambiguous.length === 0) {
    const both = best(headers, LONLAT_WORDS);
    if (both.pick) guess.lonLat = both.pick;
    else if (both.tied.length > 1) ambiguous.push({ role: 'lonLat', headers: both.tied });
  }
  if (!guess.lonLat) {
    if (!guess.lon) guess.missing.push('lon');
    if (!guess.lat) guess.missing.push('lat');
  }
  const used = new Set([guess.lon, guess.lat, guess.lonLat]);
  guess.otherColumns = headers.filter((h) => !used.has(h));
  return guess;
}
