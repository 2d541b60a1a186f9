// Scenario comparison (planning workflow).
export * from './compare_scenarios.ts';
export * from './comparison_csv.ts';
export * from './facility_diff.ts';
