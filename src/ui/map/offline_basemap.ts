import type { FeatureCollection } from 'geojson';

// Shipped basemap geometry (water bodies…), bundled as asset URLs: no tile server needed.
const files = import.meta.glob<string>('../../../geo/basemap_*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The offline basemap features of every shipped `geo/basemap_*.geojson`, merged. Never throws. */
export async function loadOfflineBasemap(): Promise<FeatureCollection> {
  const features: FeatureCollection['features'] = [];
  for (const url of Object.values(files)) {
    try {
      const res = await fetch(url);
      if (res.ok) features.push(...((await res.json()) as FeatureCollection).features);
    } catch {
      // An optional layer: the map works without it.
    }
  }
  return { type: 'FeatureCollection', features };
}
