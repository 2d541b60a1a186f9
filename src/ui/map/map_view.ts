import * as turf from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import * as maplibregl from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { BasemapId } from '../../store/index.ts';
import { basemapTiles, offlineStyle, type SourceId } from './map_style.ts';
import { loadOfflineBasemap } from './offline_basemap.ts';

export interface MapViewHandlers {
  onZoneClick: (code: string) => void;
  onFacilityClick: (id: string) => void;
  /** A click on the map while placing (see `setPlacing`): longitude and latitude in degrees. */
  onPlace?: (lon: number, lat: number) => void;
  /** A facility drag: start (mouse down on a facility), positions (at most one per frame), end or cancel (Escape). */
  onDragStart?: (id: string) => void;
  onDrag?: (id: string, lon: number, lat: number) => void;
  onDragEnd?: (id: string) => void;
  onDragCancel?: (id: string) => void;
  /** The view settled after a move: centre [lon, lat] in degrees and zoom. */
  onViewChange?: (center: [number, number], zoom: number) => void;
}

/** Degrees rounded to 6 decimals (about 0.1 m). */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Everything the map draws, computed by the React side (see map_data.ts). */
export interface MapData {
  zones: FeatureCollection;
  zoneLabels: FeatureCollection;
  facilities: FeatureCollection;
  reach: FeatureCollection;
  gaps: FeatureCollection;
  selectedZoneCode: string | null;
  selectedFacilityId: string | null;
}

const BASEMAP_LAYER_PREFIX = 'basemap-';

/** A square RGBA image with one diagonal line: the hatch of uncovered areas (no sprite server). */
function hatchPattern(size: number, [r, g, b]: [number, number, number]) {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.min(Math.abs(x - y), size - Math.abs(x - y));
      const alpha = d === 0 ? 200 : d === 1 ? 90 : 28;
      data.set([r, g, b, alpha], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

// MapLibre looks for its worker next to its own module, which a bundle moves: point it at the
// worker file vite copies into the build (and serves as-is in dev).
maplibregl.setWorkerUrl(maplibreWorkerUrl);

/**
 * The one imperative wrapper around maplibregl.Map. React creates it once and calls `setData`
 * whenever the drawn data changes; the class knows nothing about the store.
 */
export class MapView {
  private readonly map: maplibregl.Map;
  private loaded = false;
  private queued: MapData | null = null;
  /** Zone codes the view was last fitted to: a new set of zones (an import) is fitted again. */
  private fittedKey = '';
  private basemapLayers: string[] = [];
  private destroyed = false;
  private placing = false;
  private drag: { id: string; frame: number | null; last: maplibregl.LngLat | null } | null = null;

  constructor(container: HTMLElement, handlers: MapViewHandlers) {
    this.map = new maplibregl.Map({
      container,
      style: offlineStyle(),
      center: [102.6, 24.95],
      zoom: 9,
      attributionControl: { compact: true },
      localIdeographFontFamily:
        "'WenQuanYi Zen Hei', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map.on('load', () => {
      this.loaded = true;
      this.map.addImage('gap-hatch', hatchPattern(10, [194, 65, 12]), { pixelRatio: 2 });
      this.map.setPaintProperty('gaps-fill', 'fill-pattern', 'gap-hatch');
      void loadOfflineBasemap().then((fc) => {
        if (!this.destroyed)
          (this.map.getSource('basemap') as maplibregl.GeoJSONSource | undefined)?.setData(fc);
      });
      if (this.queued) this.setData(this.queued);
    });
    this.map.on('click', 'facilities-circle', (e) => {
      if (this.placing) return;
      const id = e.features?.[0]?.properties?.id;
      if (typeof id === 'string') handlers.onFacilityClick(id);
    });
    this.map.on('click', (e) => {
      if (this.placing) {
        handlers.onPlace?.(round6(e.lngLat.lng), round6(e.lngLat.lat));
        return;
      }
      const hitFacility =
        this.map.queryRenderedFeatures(e.point, { layers: ['facilities-circle'] }).length > 0;
      if (hitFacility) return;
      const zone = this.map.queryRenderedFeatures(e.point, { layers: ['villages-fill', 'zones-fill'] })[0];
      const code = zone?.properties?.code;
      if (typeof code === 'string') handlers.onZoneClick(code);
    });
    for (const layer of ['zones-fill', 'villages-fill']) {
      this.map.on('mouseenter', layer, () => this.setCursor(this.placing ? 'crosshair' : 'pointer'));
      this.map.on('mouseleave', layer, () => this.setCursor(this.placing ? 'crosshair' : ''));
    }
    this.map.on('mouseenter', 'facilities-circle', () => this.setCursor(this.placing ? 'crosshair' : 'grab'));
    this.map.on('mouseleave', 'facilities-circle', () => this.setCursor(this.placing ? 'crosshair' : ''));
    this.listenForDrags(handlers);
    this.map.on('moveend', () => {
      const c = this.map.getCenter();
      const center: [number, number] = [round6(c.lng), round6(c.lat)];
      // Tests and tools read where the map is: centre "lon,lat" and zoom.
      this.map.getContainer().dataset.center = center.join(',');
      this.map.getContainer().dataset.zoom = this.map.getZoom().toFixed(4);
      handlers.onViewChange?.(center, Math.round(this.map.getZoom() * 100) / 100);
    });
  }

  /** Mouse down on a facility starts a drag (the map does not pan); moves go out once per frame. */
  private listenForDrags(handlers: MapViewHandlers): void {
    const flush = () => {
      if (!this.drag) return;
      this.drag.frame = null;
      const p = this.drag.last;
      if (p) handlers.onDrag?.(this.drag.id, round6(p.lng), round6(p.lat));
    };
    const finish = (cancel: boolean) => {
      const drag = this.drag;
      if (!drag) return;
      if (drag.frame !== null) cancelAnimationFrame(drag.frame);
      if (!cancel) flush();
      this.drag = null;
      this.setCursor('');
      window.removeEventListener('mouseup', onUp);
      window.removeEventListener('keydown', onKey);
      if (cancel) handlers.onDragCancel?.(drag.id);
      else handlers.onDragEnd?.(drag.id);
    };
    const onUp = () => finish(false);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') finish(true);
    };
    this.map.on('mousedown', 'facilities-circle', (e) => {
      if (this.placing || e.originalEvent.button !== 0) return;
      const id = e.features?.[0]?.properties?.id;
      if (typeof id !== 'string') return;
      e.preventDefault();
      this.drag = { id, frame: null, last: null };
      this.setCursor('grabbing');
      window.addEventListener('mouseup', onUp);
      window.addEventListener('keydown', onKey);
      handlers.onDragStart?.(id);
    });
    this.map.on('mousemove', (e) => {
      if (!this.drag) return;
      this.drag.last = e.lngLat;
      if (this.drag.frame === null) this.drag.frame = requestAnimationFrame(flush);
    });
  }

  /** While placing, a click on the map places a facility instead of selecting. */
  setPlacing(on: boolean): void {
    this.placing = on;
    this.setCursor(on ? 'crosshair' : '');
  }

  /** Replaces the drawn data; fits the view to the zones the first time. */
  setData(data: MapData): void {
    this.queued = data;
    if (!this.loaded) return;
    const sources: Record<Exclude<SourceId, 'basemap'>, FeatureCollection> = {
      zones: data.zones,
      'zone-labels': data.zoneLabels,
      facilities: data.facilities,
      reach: data.reach,
      gaps: data.gaps,
    };
    for (const [id, fc] of Object.entries(sources)) {
      (this.map.getSource(id) as maplibregl.GeoJSONSource | undefined)?.setData(fc);
    }
    this.map.setFilter('selection-line', ['==', ['get', 'code'], data.selectedZoneCode ?? '']);
    this.map.setFilter('facility-selection', ['==', ['get', 'id'], data.selectedFacilityId ?? '']);
    // Tests and tools can wait for `data-rendered` (the number of zones drawn) on the container.
    this.map.once('idle', () => {
      if (!this.destroyed) this.map.getContainer().dataset.rendered = String(data.zones.features.length);
    });
    const key = data.zones.features.map((f) => f.properties?.code).join('|');
    if (key !== this.fittedKey && data.zones.features.length > 0) {
      this.fittedKey = key;
      this.fitTo(data.zones, false);
    }
  }

  /** Moves the view to a zone's bounds. */
  flyToZone(code: string): void {
    const zone = this.queued?.zones.features.find((f) => f.properties?.code === code);
    if (zone) this.fitTo({ type: 'FeatureCollection', features: [zone] }, true);
  }

  /** Centres the view on a facility, zooming in to where its name is drawn. */
  flyToFacility(id: string): void {
    const f = this.queued?.facilities.features.find((x) => x.properties?.id === id);
    if (f?.geometry.type !== 'Point') return;
    const [lon, lat] = f.geometry.coordinates;
    if (lon === undefined || lat === undefined) return;
    this.map.flyTo({ center: [lon, lat], zoom: Math.max(this.map.getZoom(), 13), duration: 700 });
  }

  /** Shows an optional online basemap under our layers, or none (offline). */
  setBasemap(id: BasemapId, tiandituKey: string): void {
    const apply = () => {
      for (const layerId of this.basemapLayers) {
        this.map.removeLayer(layerId);
        this.map.removeSource(layerId);
      }
      this.basemapLayers = [];
      if ((id === 'tdt_vec' || id === 'tdt_img') && tiandituKey.trim() === '') return;
      basemapTiles(id, tiandituKey).forEach((spec, i) => {
        const layerId = `${BASEMAP_LAYER_PREFIX}${i}`;
        this.map.addSource(layerId, {
          type: 'raster',
          tiles: spec.tiles,
          tileSize: 256,
          attribution: spec.attribution,
        });
        this.map.addLayer({ id: layerId, type: 'raster', source: layerId }, 'zones-fill');
        this.basemapLayers.push(layerId);
      });
    };
    if (this.loaded) apply();
    else this.map.once('load', apply);
  }

  /** Resizes after the container changed size (panels opened or closed). */
  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.destroyed = true;
    this.drag = null;
    this.map.remove();
  }

  private fitTo(fc: FeatureCollection, animate: boolean): void {
    const [minX, minY, maxX, maxY] = turf.bbox(fc);
    this.map.fitBounds(
      [
        [minX, minY],
        [maxX, maxY],
      ],
      { padding: 32, animate, duration: animate ? 700 : 0 },
    );
  }

  private setCursor(cursor: string): void {
    this.map.getCanvas().style.cursor = cursor;
  }
}
