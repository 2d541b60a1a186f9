import type { Facility, FacilityKind, Zone } from '../src/domain/index.ts';

/** Seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KM_LAT = 1 / 111.19508;
const kmLon = (lat: number) => KM_LAT / Math.cos((lat * Math.PI) / 180);

/** Facility mix of a prefecture (counts sum to 1,500). */
const MIX: [FacilityKind, number][] = [
  ['village_clinic', 900],
  ['community_health_station', 200],
  ['community_health_centre', 80],
  ['township_health_centre', 60],
  ['central_township_health_centre', 15],
  ['ambulance_station', 60],
  ['emergency_centre', 5],
  ['tertiary_general_hospital', 12],
  ['secondary_general_hospital', 40],
  ['primary_general_hospital', 30],
  ['tcm_hospital', 15],
  ['blood_collection_point', 30],
  ['blood_donation_house', 20],
  ['central_blood_station', 3],
  ['cdc', 10],
  ['mch_institution', 20],
];

export interface Case {
  zones: Zone[];
  facilities: Facility[];
}

/**
 * A prefecture-size test case: about 122 × 122 km (≈ 15,000 km²) near 25° N, 10 × 8 = 80
 * township/street zones with jittered shared boundaries (20 vertices per edge), the central 16
 * urban streets, and 1,500 facilities of mixed kinds, denser in the urban centre.
 */
export function prefectureCase(seed = 2026): Case {
  const rand = rng(seed);
  const lon0 = 102.2;
  const lat0 = 24.5;
  const nx = 10;
  const ny = 8;
  const widthKm = 122;
  const heightKm = 122;
  const dx = (widthKm / nx) * kmLon(lat0 + 0.55);
  const dy = (heightKm / ny) * KM_LAT;
  const jitter = (i: number, n: number, d: number) => (i === 0 || i === n ? 0 : (rand() - 0.5) * 0.5 * d);
  const lattice = Array.from({ length: ny + 1 }, (_, j) =>
    Array.from({ length: nx + 1 }, (_, i): [number, number] => [
      lon0 + i * dx + jitter(i, nx, dx),
      lat0 + j * dy + jitter(j, ny, dy),
    ]),
  );
  const edges = new Map<string, [number, number][]>();
  const edge = (a: [number, number], b: [number, number], border: boolean): [number, number][] => {
    const key = `${a}|${b}`;
    const rev = edges.get(`${b}|${a}`);
    if (rev) return [a, ...rev.slice(1).reverse()];
    const pts: [number, number][] = [];
    const wobble = border ? 0 : 0.04;
    for (let k = 0; k < 20; k++) {
      const t = k / 20;
      const n = Math.sin(t * Math.PI) * (rand() - 0.5) * wobble;
      pts.push([a[0] + (b[0] - a[0]) * t - (b[1] - a[1]) * n, a[1] + (b[1] - a[1]) * t + (b[0] - a[0]) * n]);
    }
    edges.set(key, pts);
    return pts;
  };
  const zones: Zone[] = [];
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const p = (jj: number, ii: number) => lattice[jj]?.[ii] as [number, number];
      const ring = [
        ...edge(p(j, i), p(j, i + 1), j === 0),
        ...edge(p(j, i + 1), p(j + 1, i + 1), i + 1 === nx),
        ...edge(p(j + 1, i + 1), p(j + 1, i), j + 1 === ny),
        ...edge(p(j + 1, i), p(j, i), i === 0),
      ];
      ring.push(ring[0] as [number, number]);
      const urban = i >= 3 && i <= 6 && j >= 2 && j <= 5;
      zones.push({
        code: `53${String(j * nx + i).padStart(4, '0')}`,
        name: `${urban ? '街道' : '乡镇'}${j * nx + i}`,
        level: urban ? 'street' : 'township',
        class: urban ? 'urban' : 'rural',
        population: Math.round(urban ? 80_000 + rand() * 150_000 : 15_000 + rand() * 40_000),
        geometry: { type: 'Polygon', coordinates: [ring] },
      });
    }
  }
  const facilities: Facility[] = [];
  const [w, s] = [lon0, lat0];
  const [e, n] = [lon0 + nx * dx, lat0 + ny * dy];
  for (const [kind, count] of MIX) {
    for (let k = 0; k < count; k++) {
      const central = rand() < 0.4;
      const lon = central ? w + (0.3 + rand() * 0.4) * (e - w) : w + rand() * (e - w);
      const lat = central ? s + (0.25 + rand() * 0.5) * (n - s) : s + rand() * (n - s);
      facilities.push({
        id: `${kind}-${k}`,
        name: `${kind} ${k}`,
        kind,
        status: rand() < 0.9 ? 'existing' : 'planned',
        lon,
        lat,
        beds: Math.floor(rand() * 300),
        doctors: Math.floor(rand() * 80),
        nurses: Math.floor(rand() * 120),
        ambulances:
          kind === 'ambulance_station' || kind === 'emergency_centre' ? 1 + Math.floor(rand() * 4) : 0,
      });
    }
  }
  return { zones, facilities };
}
