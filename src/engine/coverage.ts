// The coverage engine's public surface (re-exported by index.ts).
export { type EvaluateOptions, evaluate } from './evaluate.ts';
export { createFacilityIndex, type FacilityIndex, type NearestFacility } from './facility_index.ts';
export { EARTH_RADIUS_KM, haversineKm } from './geodesy.ts';
export {
  type CellRange,
  type CountArray,
  forEachDiskRow,
  type RowVisitor,
  stampAllDisks,
  stampDisk,
} from './grid/disk.ts';
export {
  cellAt,
  cellCentre,
  createFrame,
  type GridFrame,
  projectPoint,
  unprojectPoint,
} from './grid/frame.ts';
export { type CoverageModel, type CoverageOptions, createCoverageModel } from './model/coverage_model.ts';
export { effectiveReachKm } from './reach_km.ts';
