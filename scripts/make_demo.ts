import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { type DemoFacilityProps, makeFacilities } from './demo/facilities.ts';
import type { Area } from './demo/geo_utils.ts';
import { makeLake, makeOutline } from './demo/outline.ts';
import { mulberry32 } from './demo/prng.ts';
import { type DemoScenario, makeScenarios } from './demo/scenarios.ts';
import { type DemoMetadata, demoMetadata, stringifyCollection, stringifyJson } from './demo/serialize.ts';
import { splitStreets } from './demo/streets.ts';
import { type DemoZoneProps, makeZones, zoneCollection } from './demo/zones.ts';

/** The seed the shipped demo files were generated from. */
export const DEMO_SEED = 860;

/** Everything the demo generator produces, in memory. */
export interface DemoData {
  metadata: DemoMetadata;
  /** Streets first (ten), then villages of the three rural streets. */
  zones: FeatureCollection<Area, DemoZoneProps>;
  facilities: FeatureCollection<Point, DemoFacilityProps>;
  scenarios: DemoScenario[];
  /** Basemap water body (one invented lake polygon). */
  lake: FeatureCollection<Polygon, { name: string; name_en: string; kind: 'water'; illustrative: true }>;
}

/** Shipped file paths, relative to the repository root. */
export const DEMO_PATHS = {
  zones: 'geo/xishan_demo_zones.geojson',
  lake: 'geo/basemap_lake_demo.geojson',
  facilities: 'seeds/demo/facilities.geojson',
  scenarios: 'seeds/demo/scenarios.json',
} as const;

/**
 * Generate the illustrative district 西山区（示意） from a seed: the same seed gives the same data.
 * @example const demo = makeDemo(DEMO_SEED); demo.zones.features.length; // 10 streets + villages
 */
export function makeDemo(seed: number = DEMO_SEED): DemoData {
  const rand = mulberry32(seed);
  const outline = makeOutline(rand);
  const lakeArea = makeLake(rand);
  const zones = makeZones(splitStreets(outline), rand, lakeArea);
  const facilities = makeFacilities(zones, lakeArea, rand);
  const scenarios = makeScenarios(zones, lakeArea, rand);
  const lakeProps = {
    name: '湖泊（示意）',
    name_en: 'Lake (illustrative)',
    kind: 'water' as const,
    illustrative: true as const,
  };
  return {
    metadata: demoMetadata(seed),
    zones: zoneCollection(zones),
    facilities,
    scenarios,
    lake: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: lakeProps, geometry: lakeArea }],
    },
  };
}

/** The text of every shipped file, keyed by its path relative to the repository root. */
export function demoFiles(demo: DemoData): Record<string, string> {
  return {
    [DEMO_PATHS.zones]: stringifyCollection(demo.zones, demo.metadata),
    [DEMO_PATHS.lake]: stringifyCollection(demo.lake, demo.metadata),
    [DEMO_PATHS.facilities]: stringifyCollection(demo.facilities, demo.metadata),
    [DEMO_PATHS.scenarios]: stringifyJson({ metadata: demo.metadata, scenarios: demo.scenarios }),
  };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const seedArg = process.argv[2];
  const demo = makeDemo(seedArg ? Number(seedArg) : DEMO_SEED);
  for (const [path, text] of Object.entries(demoFiles(demo))) {
    writeFileSync(resolve(root, path), text);
    console.log(`wrote ${path} (${text.length} bytes)`);
  }
}
