// Public surface of the engine. Each module owns its exports; this file only re-exports.
export * from './coverage.ts';
export * from './crs/index.ts';
export * from './formats/index.ts';
export * from './io/index.ts';
export * from './workflow.ts';
