import { EARTH_RADIUS_M } from '../geodesy.ts';

const DEG = Math.PI / 180;

/**
 * A square grid on the sinusoidal (equal-area) projection of the sphere around a central meridian:
 * x = R·(λ − λ0)·cos φ, y = R·φ, in metres. Every cell has exactly `cellSizeM²` of sphere area and
 * each grid row lies on one parallel, which makes exact great-circle disks cheap to rasterize.
 */
export interface GridFrame {
  lon0Deg: number;
  cellSizeM: number;
  /** Lower-left corner of cell (0, 0), projected metres. */
  x0M: number;
  y0M: number;
  cols: number;
  rows: number;
  /** Latitude of each row's cell centres, radians. */
  rowLatRad: Float64Array;
  rowCosLat: Float64Array;
}

/** Projects lon/lat degrees to sinusoidal metres around `lon0Deg`. */
export function projectPoint(lon0Deg: number, lonDeg: number, latDeg: number): [number, number] {
  const phi = latDeg * DEG;
  return [EARTH_RADIUS_M * (lonDeg - lon0Deg) * DEG * Math.cos(phi), EARTH_RADIUS_M * phi];
}

/** Inverse of {@link projectPoint}: sinusoidal metres to lon/lat degrees. */
export function unprojectPoint(lon0Deg: number, xM: number, yM: number): [number, number] {
  const phi = yM / EARTH_RADIUS_M;
  return [lon0Deg + xM / (EARTH_RADIUS_M * Math.cos(phi)) / DEG, phi / DEG];
}

/**
 * Builds the grid covering a lon/lat bounding box, one cell of margin on every side.
 *
 * @param bbox [minLon, minLat, maxLon, maxLat] in degrees.
 * @param cellSizeM Cell side, metres (e.g. 100).
 */
export function createFrame(bbox: [number, number, number, number], cellSizeM: number): GridFrame {
  if (!(cellSizeM > 0) || !Number.isFinite(cellSizeM))
    throw new RangeError(`cellSizeM must be > 0, got ${cellSizeM}`);
  const [minLon, minLat, maxLon, maxLat] = bbox;
  const lon0Deg = (minLon + maxLon) / 2;
  const lats = minLat < 0 && maxLat > 0 ? [minLat, maxLat, 0] : [minLat, maxLat];
  const corners = lats.flatMap((lat) => [minLon, maxLon].map((lon) => projectPoint(lon0Deg, lon, lat)));
  const xs = corners.map((c) => c[0]);
  const x0M = Math.floor(Math.min(...xs) / cellSizeM - 1) * cellSizeM;
  const x1M = Math.ceil(Math.max(...xs) / cellSizeM + 1) * cellSizeM;
  const y0M = Math.floor((EARTH_RADIUS_M * minLat * DEG) / cellSizeM - 1) * cellSizeM;
  const y1M = Math.ceil((EARTH_RADIUS_M * maxLat * DEG) / cellSizeM + 1) * cellSizeM;
  const cols = Math.max(1, Math.round((x1M - x0M) / cellSizeM));
  const rows = Math.max(1, Math.round((y1M - y0M) / cellSizeM));
  const rowLatRad = new Float64Array(rows);
  const rowCosLat = new Float64Array(rows);
  for (let j = 0; j < rows; j++) {
    const phi = (y0M + (j + 0.5) * cellSizeM) / EARTH_RADIUS_M;
    rowLatRad[j] = phi;
    rowCosLat[j] = Math.cos(phi);
  }
  return { lon0Deg, cellSizeM, x0M, y0M, cols, rows, rowLatRad, rowCosLat };
}

/** Lon/lat degrees of the centre of cell `index` (= row × cols + col). */
export function cellCentre(frame: GridFrame, index: number): [number, number] {
  const row = Math.floor(index / frame.cols);
  const col = index - row * frame.cols;
  return unprojectPoint(
    frame.lon0Deg,
    frame.x0M + (col + 0.5) * frame.cellSizeM,
    frame.y0M + (row + 0.5) * frame.cellSizeM,
  );
}

/** Index of the cell containing a lon/lat point, or -1 outside the grid. */
export function cellAt(frame: GridFrame, lonDeg: number, latDeg: number): number {
  const [x, y] = projectPoint(frame.lon0Deg, lonDeg, latDeg);
  const col = Math.floor((x - frame.x0M) / frame.cellSizeM);
  const row = Math.floor((y - frame.y0M) / frame.cellSizeM);
  if (col < 0 || row < 0 || col >= frame.cols || row >= frame.rows) return -1;
  return row * frame.cols + col;
}
