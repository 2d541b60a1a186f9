export * from './facility_kinds.ts';
export * from './model.ts';
export * from './results.ts';
export * from './rules.ts';
