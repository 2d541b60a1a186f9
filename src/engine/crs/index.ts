export * from './apply_fix.ts';
export * from './crs.ts';
export * from './diagnose.ts';
export * from './gauss_kruger.ts';
export * from './gcj02.ts';
export * from './parse_prj.ts';
export * from './transform_features.ts';
