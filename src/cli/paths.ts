import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (where package.json is), found from this file, not from the working directory. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const PRESETS_DIR = join(PACKAGE_ROOT, 'seeds', 'presets');
export const DEMO_ZONES = join(PACKAGE_ROOT, 'geo', 'xishan_demo_zones.geojson');
export const DEMO_FACILITIES = join(PACKAGE_ROOT, 'seeds', 'demo', 'facilities.geojson');

/** The package version from package.json, e.g. `0.1.0`. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
