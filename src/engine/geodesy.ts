/** Mean Earth radius (IUGG), km: the sphere every distance and area in the engine uses (same as Turf). */
export const EARTH_RADIUS_KM = 6371.0088;
/** The same radius in metres. */
export const EARTH_RADIUS_M = EARTH_RADIUS_KM * 1000;

const DEG = Math.PI / 180;

/**
 * Great-circle distance on the sphere of radius {@link EARTH_RADIUS_KM}, by the haversine formula.
 *
 * @example haversineKm(102.7, 25.0, 102.8, 25.0) // ≈ 10.08 km
 */
export function haversineKm(lon1Deg: number, lat1Deg: number, lon2Deg: number, lat2Deg: number): number {
  const dLat = (lat2Deg - lat1Deg) * DEG;
  const dLon = (lon2Deg - lon1Deg) * DEG;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLon / 2);
  const h = s1 * s1 + Math.cos(lat1Deg * DEG) * Math.cos(lat2Deg * DEG) * s2 * s2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
