import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type Facility, loadPresetFromJson, type Zone } from '../../../src/domain/index.ts';
import { evaluate } from '../../../src/engine/index.ts';
import { featuresToFacilities } from '../../../src/engine/io/features_to_facilities.ts';
import { featuresToZones } from '../../../src/engine/io/features_to_zones.ts';
import { column, readZoneTable } from './zone_table.ts';

export const TABLE_ZH = '分区结果表';
export const EMS_ZH = '院前急救服务半径';
export const HAIKOU = '海口街道';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (p: string) => JSON.parse(readFileSync(resolve(ROOT, p), 'utf8'));

/** The demo zones, facilities and default preset, read in Node exactly as the app reads them. */
export function loadDemoInNode(): {
  zones: Zone[];
  facilities: Facility[];
  rules: ReturnType<typeof rulesOf>;
} {
  const zones = featuresToZones(read('geo/xishan_demo_zones.geojson'), 'zones');
  const facilities = featuresToFacilities(read('seeds/demo/facilities.geojson'), 'facilities');
  if (!zones.ok || !facilities.ok) throw new Error('demo files did not load');
  return { zones: zones.zones, facilities: facilities.facilities, rules: rulesOf() };
}

function rulesOf() {
  const preset = loadPresetFromJson(read('seeds/presets/default.json'), 'default.json');
  if (!preset.ok) throw new Error('default preset did not load');
  return preset.preset.rules;
}

/** Ambulance stations at [lon, lat] in degrees, as the app's proposals. */
export function stations(points: readonly (readonly [number, number])[]): Facility[] {
  return points.map(([lon, lat], i) => ({
    id: `x${i}`,
    name: `x${i}`,
    kind: 'ambulance_station',
    status: 'proposed',
    lon,
    lat,
  }));
}

/**
 * What the zone table should show for a street's ambulance reach, from the engine run in Node on
 * the demo plus `extra` facilities: e.g. "98.9% 未达标" (share rounded down to 0.1 %).
 */
export function expectedEmsCell(streetName: string, extra: Facility[]): string {
  const demo = loadDemoInNode();
  const evaluation = evaluate(
    demo.zones,
    [...demo.facilities, ...extra],
    demo.rules.filter((r) => r.id === 'ems_reach'),
  );
  const zone = demo.zones.find((z) => z.name === streetName);
  const r = evaluation.results.find((x) => x.zoneCode === zone?.code);
  if (!r?.reach) throw new Error(`no ambulance result for ${streetName}`);
  const share = (Math.floor(r.reach.populationShare * 1000 + 1e-9) / 10).toFixed(1);
  return `${share}% ${r.status === 'pass' ? '达标' : '未达标'}`;
}

/** The ambulance-reach cell of a street in the zone table (Chinese UI). */
export async function emsCell(page: Page, street = HAIKOU): Promise<string> {
  return column(await readZoneTable(page, TABLE_ZH), EMS_ZH).get(street) ?? '';
}

/** Waits until `probe()` returns a value for which `ok` holds; returns it (fails after ~30 s). */
export async function waitUntil<T>(page: Page, probe: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  let last: T = await probe();
  for (let i = 0; i < 300 && !ok(last); i++) {
    await page.waitForTimeout(100);
    last = await probe();
  }
  if (!ok(last)) throw new Error(`condition not met; last value: ${JSON.stringify(last)}`);
  return last;
}

/** Centre of the map canvas in page pixels. */
export async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('map not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Turns on "添加设施" with kind 急救站 and clicks the map at its centre: the new proposal is
 * selected and its form shown. Then types its position when `at` is given.
 */
export async function placeStation(page: Page, at?: readonly [number, number]): Promise<void> {
  await page.getByRole('combobox', { name: '新设施类型' }).selectOption({ label: '急救站' });
  await page.getByRole('button', { name: '添加设施' }).click();
  const c = await mapCentre(page);
  await page.mouse.click(c.x, c.y);
  await page.getByRole('form', { name: '编辑设施' }).waitFor();
  if (at) await setPosition(page, at);
}

/** Types a longitude and latitude into the selected facility's form (two undo steps). */
export async function setPosition(page: Page, [lon, lat]: readonly [number, number]): Promise<void> {
  const form = page.getByRole('form', { name: '编辑设施' });
  await form.getByRole('spinbutton', { name: '经度' }).fill(String(lon));
  await form.getByRole('spinbutton', { name: '经度' }).press('Enter');
  await form.getByRole('spinbutton', { name: '纬度' }).fill(String(lat));
  await form.getByRole('spinbutton', { name: '纬度' }).press('Enter');
}

/** The selected facility's position as its form shows it. */
export async function formPosition(page: Page): Promise<[number, number]> {
  const form = page.getByRole('form', { name: '编辑设施' });
  const lon = Number(await form.getByRole('spinbutton', { name: '经度' }).inputValue());
  const lat = Number(await form.getByRole('spinbutton', { name: '纬度' }).inputValue());
  return [lon, lat];
}

/** Web Mercator position in world pixels (512-pixel tiles, as MapLibre) at `zoom`. */
function worldPixel(lon: number, lat: number, zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const rad = (lat * Math.PI) / 180;
  const y = (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2;
  return [((lon + 180) / 360) * size, y * size];
}

/**
 * The page pixel where the map shows longitude/latitude (degrees), from the centre and zoom the
 * map writes on its container (`data-center`, `data-zoom`) when it stops moving.
 */
export async function pixelOf(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const map = page.getByTestId('map');
  const [cLon = 0, cLat = 0] = ((await map.getAttribute('data-center')) ?? '').split(',').map(Number);
  const zoom = Number(await map.getAttribute('data-zoom'));
  const c = await mapCentre(page);
  const [x0, y0] = worldPixel(cLon, cLat, zoom);
  const [x1, y1] = worldPixel(lon, lat, zoom);
  return { x: c.x + (x1 - x0), y: c.y + (y1 - y0) };
}

/** Places an ambulance station by clicking the map where it shows `at` [lon, lat] (one undo step). */
export async function clickStationAt(page: Page, [lon, lat]: readonly [number, number]): Promise<void> {
  await page.getByRole('combobox', { name: '新设施类型' }).selectOption({ label: '急救站' });
  await page.getByRole('button', { name: '添加设施' }).click();
  const p = await pixelOf(page, lon, lat);
  await page.mouse.click(p.x, p.y);
  await page.getByRole('form', { name: '编辑设施' }).waitFor();
}
