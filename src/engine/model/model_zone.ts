import type { Facility, FacilityStatus } from '../../domain/index.ts';
import type { PreparedZone } from '../zones/prepare_zone.ts';
import type { LayerZone } from './reach_layer.ts';

/** A zone inside the model: its cleaned geometry, cells and residents. */
export interface ModelZone extends LayerZone {
  prepared: PreparedZone;
}

/** A facility and the zone index holding it in each tier (-1: none). */
export interface LocatedFacility {
  facility: Facility;
  zoneByTier: Int32Array;
}

/** What the per-rule result builders read. */
export interface ResultContext {
  zones: readonly ModelZone[];
  areaTier: number;
  /** Residents of the whole area: sum over zones of the area tier. */
  areaPopulation: number;
  located: readonly LocatedFacility[];
  statuses: ReadonlySet<FacilityStatus>;
}

/** Epsilon for pass/fail comparisons of shares and ratios. */
export const EPS = 1e-9;
