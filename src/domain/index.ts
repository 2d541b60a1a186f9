export * from './facility_kinds.ts';
export * from './model.ts';
export * from './presets.ts';
export * from './results.ts';
export * from './rule_schema.ts';
export * from './rules.ts';
export * from './source_quote.ts';
export * from './travel_defaults.ts';
