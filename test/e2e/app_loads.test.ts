import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser.ts';
import { waitUntil } from './support/editing.ts';
import { appPerFile } from './support/per_file.ts';
import { findColour, pngStats } from './support/png.ts';

const app = appPerFile({ locale: 'zh-CN' });

describe('the production build in a browser with the internet blocked', () => {
  it('loads the demo district without console errors', () => {
    expect(app.errors).toEqual([]);
  });

  it('needs no request beyond localhost (no tiles, fonts or CDN)', () => {
    expect(app.blocked).toEqual([]);
  });

  it('says that the data is illustrative', async () => {
    await expect(app.page.getByRole('note').first().textContent()).resolves.toContain('示意数据');
  });

  it('draws the map canvas: many colours, most pixels unlike the background', async () => {
    const canvas = app.page.locator('canvas.maplibregl-canvas');
    const stats = pngStats(await canvas.screenshot(), [0xee, 0xf0, 0xec]);
    await saveScreenshot(app.page, 'app-zh-1366x768');
    expect(stats.width).toBeGreaterThan(300);
    expect(stats.distinctColours).toBeGreaterThan(50);
    expect(stats.foregroundShare).toBeGreaterThan(0.15);
  });

  it('names the straight-line assumption next to the results', async () => {
    await expect(app.page.getByRole('region', { name: '分区结果表' }).textContent()).resolves.toContain(
      '直线距离',
    );
  });

  it('shows a zone’s result for every rule when its row is clicked', async () => {
    const { page } = app;
    const centre = () => page.getByTestId('map').getAttribute('data-center');
    const before = await centre();
    await page.getByRole('button', { name: '马街街道', exact: true }).click();
    const details = page.getByRole('region', { name: '分区结果', exact: true });
    await details.waitFor();
    const text = await details.textContent();
    expect(text).toContain('马街街道');
    expect(text).toContain('院前急救服务半径');
    expect(text).toMatch(/达标|未达标/);
    // The map flies to the zone; the centre is written when the flight ends.
    await waitUntil(page, centre, (c) => c !== null && c !== before);
  });

  it('shows a facility’s attributes when its symbol is clicked on the map', async () => {
    const { page } = app;
    const canvas = page.locator('canvas.maplibregl-canvas');
    // Emergency symbols are drawn in #1f5fa8 (map/colors.ts); click the centre of one.
    const hit = findColour(await canvas.screenshot(), [0x1f, 0x5f, 0xa8]);
    expect(hit).not.toBeNull();
    await canvas.click({ position: { x: hit?.x ?? 0, y: hit?.y ?? 0 } });
    const details = page.getByRole('region', { name: '设施信息', exact: true });
    await details.waitFor();
    expect(await details.textContent()).toMatch(/急救中心|急救站/);
    await saveScreenshot(page, 'facility-details-zh');
  });

  it('reaches every facility by keyboard through the facility list', async () => {
    const { page } = app;
    const picker = page.getByRole('combobox', { name: '查找设施' });
    const names = await picker.locator('option').allTextContents();
    expect(names.length).toBeGreaterThan(50);
    const station = names.find((n) => n.endsWith('急救站'));
    expect(station).toBeDefined();
    await picker.selectOption({ label: station ?? '' });
    const details = page.getByRole('region', { name: '设施信息', exact: true });
    expect(await details.textContent()).toContain(station);
    expect(await details.textContent()).toContain('急救站');
  });

  it('shows the chosen rule on the map and in the coverage chart', async () => {
    const { page } = app;
    const circle = '城市居民15分钟、农村居民30分钟健康圈';
    await page.getByRole('radio', { name: `在地图上显示：${circle}` }).check();
    await expect(page.getByRole('img', { name: `各分区覆盖情况：${circle}` }).count()).resolves.toBe(1);
    await expect(page.getByRole('radio', { name: `在地图上显示：${circle}` }).isChecked()).resolves.toBe(
      true,
    );
  });

  it('treats online basemaps as optional: OpenStreetMap tiles are asked for, blocked, and nothing breaks', async () => {
    const { page } = app;
    await page.getByRole('combobox', { name: '底图' }).selectOption('osm');
    await page.waitForFunction(() => performance.getEntriesByType('resource').length > 0);
    for (let i = 0; i < 50 && !app.blocked.some((u) => u.includes('tile.openstreetmap.org')); i++) {
      await page.waitForTimeout(100);
    }
    expect(app.blocked.some((u) => u.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    await page.getByRole('combobox', { name: '底图' }).selectOption('none');
    const cells = page.locator('td[data-status="pass"], td[data-status="fail"]');
    await expect(cells.count()).resolves.toBeGreaterThan(10);
  });
});
