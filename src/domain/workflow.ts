// Planning workflow: workspace document, changes (diffs) for undo/redo, scenarios, rule overrides.
export * from './apply_change.ts';
export * from './change.ts';
export * from './change_builders.ts';
export * from './rule_edit.ts';
export * from './rule_overrides.ts';
export * from './scenario.ts';
export * from './squash_changes.ts';
export * from './workspace.ts';
export * from './workspace_migrate.ts';
export * from './workspace_schema.ts';
