// An independent check of the engine's coverage, written without any of its code.

/** Great-circle distance in km (mean Earth radius 6371.0088 km), independent of the engine. */
function distanceKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

/**
 * Share of a lon/lat box [west, south, east, north] within `radiusKm` of a point, by a 400 × 400
 * sample weighted by cos(lat) (area on the sphere).
 *
 * @example shareWithin([102.6, 25, 102.62, 25.02], 102.61, 25.01, 2) // 1 (the whole box)
 */
export function shareWithin(
  box: [number, number, number, number],
  lon: number,
  lat: number,
  radiusKm: number,
): number {
  const [w, s, e, n] = box;
  const steps = 400;
  let inside = 0;
  let total = 0;
  for (let i = 0; i < steps; i++) {
    for (let j = 0; j < steps; j++) {
      const x = w + ((i + 0.5) / steps) * (e - w);
      const y = s + ((j + 0.5) / steps) * (n - s);
      const weight = Math.cos((y * Math.PI) / 180);
      total += weight;
      if (distanceKm(x, y, lon, lat) <= radiusKm) inside += weight;
    }
  }
  return inside / total;
}
