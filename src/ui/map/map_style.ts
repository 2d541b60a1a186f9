import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { BasemapId } from '../../store/index.ts';
import { PALETTE } from './colors.ts';

/** Our GeoJSON sources, all filled by MapView.setData. */
export const SOURCE_IDS = ['basemap', 'zones', 'zone-labels', 'reach', 'gaps', 'facilities'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

const emptySource = (): SourceSpecification => ({
  type: 'geojson',
  data: { type: 'FeatureCollection', features: [] },
});

/** Text settings: no `glyphs` in the style, so MapLibre draws labels with the system's fonts. */
const TEXT_FONT = ['sans-serif'];

const LAYERS: LayerSpecification[] = [
  { id: 'background', type: 'background', paint: { 'background-color': PALETTE.background } },
  // Opaque and under the zone fills, so that overlapping reach circles do not darken each other.
  { id: 'reach-fill', type: 'fill', source: 'reach', paint: { 'fill-color': PALETTE.reachArea } },
  {
    id: 'zones-fill',
    type: 'fill',
    source: 'zones',
    filter: ['==', ['get', 'level'], 'street'],
    paint: { 'fill-color': ['get', 'fill'], 'fill-opacity': 0.78 },
  },
  {
    id: 'villages-fill',
    type: 'fill',
    source: 'zones',
    filter: ['==', ['get', 'level'], 'village'],
    paint: {
      'fill-color': ['get', 'fill'],
      'fill-opacity': ['case', ['==', ['get', 'hasResult'], 1], 0.85, 0],
    },
  },
  {
    id: 'water',
    type: 'fill',
    source: 'basemap',
    filter: ['==', ['get', 'kind'], 'water'],
    paint: { 'fill-color': PALETTE.water, 'fill-outline-color': PALETTE.waterLine },
  },
  {
    id: 'reach-line',
    type: 'line',
    source: 'reach',
    paint: {
      'line-color': PALETTE.reachFill,
      'line-width': 0.8,
      'line-opacity': 0.35,
      'line-dasharray': [3, 2],
    },
  },
  {
    id: 'gaps-fill',
    type: 'fill',
    source: 'gaps',
    paint: { 'fill-color': PALETTE.gap, 'fill-opacity': 0.9 },
  },
  { id: 'gaps-line', type: 'line', source: 'gaps', paint: { 'line-color': PALETTE.gap, 'line-width': 1.2 } },
  {
    id: 'villages-line',
    type: 'line',
    source: 'zones',
    filter: ['==', ['get', 'level'], 'village'],
    minzoom: 10.5,
    paint: { 'line-color': PALETTE.villageOutline, 'line-width': 0.6, 'line-dasharray': [2, 2] },
  },
  {
    id: 'zones-line',
    type: 'line',
    source: 'zones',
    filter: ['!=', ['get', 'level'], 'village'],
    paint: { 'line-color': PALETTE.zoneOutline, 'line-width': 1.4 },
  },
  {
    id: 'selection-line',
    type: 'line',
    source: 'zones',
    filter: ['==', ['get', 'code'], ''],
    paint: { 'line-color': PALETTE.selection, 'line-width': 3.5 },
  },
  {
    id: 'facilities-circle',
    type: 'circle',
    source: 'facilities',
    paint: {
      'circle-radius': [
        'interpolate',
        ['linear'],
        ['zoom'],
        9,
        ['+', 3, ['get', 'rank']],
        14,
        ['+', 6, ['*', 2, ['get', 'rank']]],
      ],
      'circle-color': ['case', ['==', ['get', 'solid'], 1], ['get', 'color'], '#ffffff'],
      'circle-stroke-color': ['case', ['==', ['get', 'solid'], 1], '#ffffff', ['get', 'color']],
      'circle-stroke-width': ['case', ['==', ['get', 'solid'], 1], 1.2, 2.4],
    },
  },
  {
    id: 'facility-selection',
    type: 'circle',
    source: 'facilities',
    filter: ['==', ['get', 'id'], ''],
    paint: {
      'circle-radius': 11,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': PALETTE.selection,
      'circle-stroke-width': 2.5,
    },
  },
  {
    id: 'zone-labels',
    type: 'symbol',
    source: 'zone-labels',
    filter: ['!=', ['get', 'level'], 'village'],
    layout: { 'text-field': ['get', 'label'], 'text-font': TEXT_FONT, 'text-size': 13, 'text-max-width': 8 },
    paint: { 'text-color': PALETTE.zoneLabel, 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
  },
  {
    id: 'water-labels',
    type: 'symbol',
    source: 'basemap',
    filter: ['==', ['get', 'kind'], 'water'],
    minzoom: 10,
    layout: { 'text-field': ['get', 'name'], 'text-font': TEXT_FONT, 'text-size': 11 },
    paint: { 'text-color': '#4f7890', 'text-halo-color': PALETTE.water, 'text-halo-width': 1 },
  },
  {
    id: 'village-labels',
    type: 'symbol',
    source: 'zone-labels',
    filter: ['==', ['get', 'level'], 'village'],
    minzoom: 12,
    layout: { 'text-field': ['get', 'label'], 'text-font': TEXT_FONT, 'text-size': 11 },
    paint: { 'text-color': '#5b666d', 'text-halo-color': '#ffffff', 'text-halo-width': 1 },
  },
  {
    id: 'facility-labels',
    type: 'symbol',
    source: 'facilities',
    minzoom: 12,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': TEXT_FONT,
      'text-size': 11,
      'text-offset': [0, 1.1],
      'text-anchor': 'top',
      'text-optional': true,
    },
    paint: { 'text-color': '#333d42', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
  },
];

/** The offline style: a calm background and our own data only. No tiles, no glyphs, no sprites. */
export function offlineStyle(): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {};
  for (const id of SOURCE_IDS) sources[id] = emptySource();
  return { version: 8, sources, layers: LAYERS };
}

const TDT_SUBDOMAINS = ['t0', 't1', 't2', 't3'];
const tdt = (layer: string, key: string) =>
  TDT_SUBDOMAINS.map(
    (s) =>
      `https://${s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
      `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
  );

/** Raster tile URLs of an optional online basemap (drawn under our layers); empty for offline. */
export function basemapTiles(id: BasemapId, tiandituKey: string): { tiles: string[]; attribution: string }[] {
  switch (id) {
    case 'osm':
      return [
        {
          tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
          attribution: '© OpenStreetMap contributors',
        },
      ];
    case 'tdt_vec':
      return [
        { tiles: tdt('vec', tiandituKey), attribution: '© 天地图 Tianditu' },
        { tiles: tdt('cva', tiandituKey), attribution: '' },
      ];
    case 'tdt_img':
      return [
        { tiles: tdt('img', tiandituKey), attribution: '© 天地图 Tianditu' },
        { tiles: tdt('cia', tiandituKey), attribution: '' },
      ];
    default:
      return [];
  }
}
