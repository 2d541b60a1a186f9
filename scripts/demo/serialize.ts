import type { FeatureCollection } from 'geojson';

/** Top-level metadata carried by every shipped demo file. */
export interface DemoMetadata {
  illustrative: true;
  note: string;
  generatedBy: string;
  seed: number;
}

/** The metadata block for files generated from `seed`. */
export function demoMetadata(seed: number): DemoMetadata {
  return {
    illustrative: true,
    note: '示意数据 Illustrative data, invented: not real boundaries, populations or facilities',
    generatedBy: 'scripts/make_demo.ts',
    seed,
  };
}

/**
 * A FeatureCollection as JSON text with one feature per line (readable diffs), `metadata` after
 * `type`, and a trailing newline. Byte-stable for equal input.
 */
export function stringifyCollection(fc: FeatureCollection, metadata: DemoMetadata): string {
  const head = `{"type":"FeatureCollection","metadata":${JSON.stringify(metadata)},"features":[\n`;
  return `${head}${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

/** Plain JSON, two-space indented, with a trailing newline. */
export function stringifyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
