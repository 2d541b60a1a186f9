// Public surface of the engine. Each module owns its exports; this file only re-exports.
export {};
