import { useEffect, useMemo, useRef, useState } from 'react';
import type { FacilityKind } from '../../domain/index.ts';
import {
  applyChange,
  beginGesture,
  cancelGesture,
  countedStatusesOf,
  endGesture,
  setMapView,
  setView,
  useAppStore,
} from '../../store/index.ts';
import { placeProposal, selectFacility } from '../details/facility_actions.ts';
import { useResultIndex, useSelectedRule } from '../hooks.ts';
import { useT } from '../i18n/use_t.ts';
import { AddFacilityControl } from './add_facility_control.tsx';
import { BasemapSwitcher } from './basemap_switcher.tsx';
import { Legend } from './legend.tsx';
import { facilityFeatures, gapFeatures, reachFeatures, zoneFeatures, zoneLabelFeatures } from './map_data.ts';
import { MapView } from './map_view.ts';

/** The map area: owns one MapView and feeds it from the store. */
export function MapPanel() {
  const t = useT();
  const containerRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<MapView | null>(null);
  const zones = useAppStore((s) => s.workspace.zones);
  const facilities = useAppStore((s) => s.facilities);
  const evaluation = useAppStore((s) => s.results.evaluation);
  const selection = useAppStore((s) => s.view.selection);
  const flyTo = useAppStore((s) => s.view.flyTo);
  const basemap = useAppStore((s) => s.view.basemap);
  const tiandituKey = useAppStore((s) => s.view.tiandituKey);
  const statuses = useAppStore((s) => countedStatusesOf(s.workspace.rules));
  const rule = useSelectedRule();
  const index = useResultIndex();
  const [placing, setPlacing] = useState(false);
  const [placeKind, setPlaceKind] = useState<FacilityKind>('ambulance_station');
  const placeRef = useRef({ kind: placeKind, lang: t.lang });
  placeRef.current = { kind: placeKind, lang: t.lang };

  useEffect(() => {
    if (!containerRef.current) return;
    const view = new MapView(containerRef.current, {
      onZoneClick: (code) =>
        setView((v) => ({ selection: { type: 'zone', code }, panels: { ...v.panels, details: true } })),
      onFacilityClick: (id) => selectFacility(id),
      onPlace: (lon, lat) => {
        placeProposal(placeRef.current.kind, lon, lat, placeRef.current.lang);
        setPlacing(false);
      },
      onDragStart: (id) => {
        beginGesture();
        selectFacility(id);
      },
      onDrag: (id, lon, lat) => {
        applyChange({ kind: 'moveFacility', facilityId: id, lon, lat });
      },
      onDragEnd: () => endGesture(),
      onDragCancel: () => cancelGesture(),
      onViewChange: (center, zoom) => setMapView(center, zoom),
    });
    viewRef.current = view;
    const observer = new ResizeObserver(() => view.resize());
    observer.observe(containerRef.current);
    return () => {
      observer.disconnect();
      view.destroy();
      viewRef.current = null;
    };
  }, []);

  const labels = useMemo(() => zoneLabelFeatures(zones, t.lang), [zones, t.lang]);
  const facilityFc = useMemo(() => facilityFeatures(facilities), [facilities]);
  const reach = useMemo(
    () => reachFeatures(rule, facilities, zones, statuses),
    [rule, facilities, zones, statuses],
  );
  const ruleResults = rule ? index.get(rule.id) : undefined;
  const zoneFc = useMemo(() => zoneFeatures(zones, rule, ruleResults), [zones, rule, ruleResults]);
  const gaps = useMemo(() => gapFeatures(rule, evaluation), [rule, evaluation]);
  const selectedZoneCode = selection?.type === 'zone' ? selection.code : null;
  const selectedFacilityId = selection?.type === 'facility' ? selection.id : null;

  useEffect(() => {
    viewRef.current?.setData({
      zones: zoneFc,
      zoneLabels: labels,
      facilities: facilityFc,
      reach,
      gaps,
      selectedZoneCode,
      selectedFacilityId,
    });
  }, [zoneFc, labels, facilityFc, reach, gaps, selectedZoneCode, selectedFacilityId]);

  useEffect(() => {
    if (flyTo?.target.type === 'zone') viewRef.current?.flyToZone(flyTo.target.code);
    if (flyTo?.target.type === 'facility') viewRef.current?.flyToFacility(flyTo.target.id);
  }, [flyTo]);

  useEffect(() => {
    viewRef.current?.setBasemap(basemap, tiandituKey);
  }, [basemap, tiandituKey]);

  useEffect(() => {
    viewRef.current?.setPlacing(placing);
    if (!placing) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setPlacing(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [placing]);

  return (
    <section className="map-area" aria-label={t('map')}>
      <div ref={containerRef} className="map-canvas" data-testid="map" />
      <BasemapSwitcher />
      <AddFacilityControl
        placing={placing}
        kind={placeKind}
        onPlacingChange={setPlacing}
        onKindChange={setPlaceKind}
      />
      <Legend rule={rule} />
    </section>
  );
}
