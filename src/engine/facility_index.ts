import Flatbush from 'flatbush';
import type { Facility } from '../domain/index.ts';
import { EARTH_RADIUS_KM, haversineKm } from './geodesy.ts';

/** A facility and its great-circle distance from the query point, km. */
export interface NearestFacility {
  facility: Facility;
  distanceKm: number;
}

/** Nearest-facility queries over a fixed set of facility points. */
export interface FacilityIndex {
  /** The nearest facility (haversine distance), or null when none lies within `maxDistanceKm`. */
  nearest(lonDeg: number, latDeg: number, maxDistanceKm?: number): NearestFacility | null;
  /** Every facility within `radiusKm`, nearest first. */
  within(lonDeg: number, latDeg: number, radiusKm: number): NearestFacility[];
}

const DEG = Math.PI / 180;

/** Lon/lat box holding every point within `radiusKm` of a point on the sphere. */
function searchBox(lon: number, lat: number, radiusKm: number): [number, number, number, number] {
  const ang = radiusKm / EARTH_RADIUS_KM;
  const dLat = ang / DEG;
  const s = Math.sin(ang) / Math.cos(lat * DEG);
  const dLon = ang >= Math.PI / 2 || s >= 1 || Math.abs(lat) + dLat >= 90 ? 360 : Math.asin(s) / DEG;
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}

/**
 * Flatbush over facility lon/lat points. A query takes the planar-nearest point as a first bound
 * d, then checks every facility in the box that holds the whole great-circle disk of radius d,
 * so the answer is the true haversine nearest (R = 6371.0088 km). Facilities with non-finite
 * coordinates are left out.
 *
 * @example createFacilityIndex(stations).nearest(102.7, 25.04)?.distanceKm
 */
export function createFacilityIndex(facilities: readonly Facility[]): FacilityIndex {
  const items = facilities.filter((f) => Number.isFinite(f.lon) && Number.isFinite(f.lat));
  const index = items.length > 0 ? new Flatbush(items.length) : null;
  for (const f of items) index?.add(f.lon, f.lat, f.lon, f.lat);
  index?.finish();
  const within = (lon: number, lat: number, radiusKm: number): NearestFacility[] => {
    if (!index || !(radiusKm >= 0)) return [];
    const [x0, y0, x1, y1] = searchBox(lon, lat, radiusKm);
    return index
      .search(x0, y0, x1, y1)
      .map((k) => {
        const facility = items[k] as Facility;
        return { facility, distanceKm: haversineKm(lon, lat, facility.lon, facility.lat) };
      })
      .filter((n) => n.distanceKm <= radiusKm)
      .sort((a, b) => a.distanceKm - b.distanceKm);
  };
  return {
    within,
    nearest(lon, lat, maxDistanceKm = Number.POSITIVE_INFINITY) {
      if (!index) return null;
      const first = items[index.neighbors(lon, lat, 1)[0] as number] as Facility;
      const bound = Math.min(maxDistanceKm, haversineKm(lon, lat, first.lon, first.lat));
      return within(lon, lat, bound)[0] ?? null;
    },
  };
}
