import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { workspaceFromFile } from '../../src/store/workspace_file.ts';
import { type AppPage, openApp, saveScreenshot, waitForApp } from './support/browser.ts';
import { waitUntil } from './support/editing.ts';
import { browserPerFile } from './support/per_file.ts';
import { downloadFrom, openWorkspaceFile, waitForSaved } from './support/workflow.ts';

const shared = browserPerFile();
const opened: AppPage[] = [];

afterAll(async () => {
  for (const app of opened) await app.close().catch(() => {});
});

async function freshApp(init?: () => void): Promise<AppPage> {
  const app = await openApp(shared.browser, shared.url, { locale: 'zh-CN', ...(init ? { init } : {}) });
  opened.push(app);
  await waitForApp(app.page);
  return app;
}

const scenarios = (page: Page) => page.getByRole('region', { name: '方案', exact: true });
/** The demo's own proposal scenario (seeds/demo/scenarios.json), there on every fresh start. */
const DEMO = '示意方案：增设海口急救站';
const bloodRule = (page: Page) => page.getByRole('checkbox', { name: '启用规则：半小时献血圈' });

async function newScenario(page: Page, name: string): Promise<void> {
  await scenarios(page).getByRole('button', { name: '新建方案' }).click();
  const created = scenarios(page).getByRole('radio', { checked: true });
  const oldName = (await created.getAttribute('aria-label')) ?? '';
  await scenarios(page)
    .getByRole('button', { name: `重命名「${oldName}」` })
    .click();
  const field = scenarios(page).getByRole('textbox', { name: '方案名称' });
  await field.fill(name);
  await field.press('Enter');
  await scenarios(page).getByRole('radio', { name, exact: true }).waitFor();
}

describe('the workspace is kept in IndexedDB', () => {
  it('a rule setting change and a named scenario are there again after a reload', async () => {
    const { page, errors } = await freshApp();
    await expect(bloodRule(page).isChecked()).resolves.toBe(true);
    await bloodRule(page).uncheck();
    await newScenario(page, '东片新站方案');
    await waitForSaved(page);
    await page.reload();
    await waitForApp(page);
    await page.getByRole('status').filter({ hasText: '已恢复上次的工作' }).waitFor();
    await expect(bloodRule(page).isChecked()).resolves.toBe(false);
    const radio = scenarios(page).getByRole('radio', { name: '东片新站方案', exact: true });
    await expect(radio.isChecked()).resolves.toBe(true);
    await saveScreenshot(page, 'workflow-restored-zh');
    expect(errors).toEqual([]);
  });

  it('scenario create, duplicate, rename and delete are undone one by one', async () => {
    const { page } = await freshApp();
    const names = async () =>
      Promise.all((await scenarios(page).getByRole('radio').all()).map((r) => r.getAttribute('aria-label')));
    await newScenario(page, '甲方案');
    await scenarios(page).getByRole('button', { name: '复制「甲方案」' }).click();
    expect(await names()).toEqual(['现状（基线）', DEMO, '甲方案', '甲方案（副本）']);
    await expect(scenarios(page).getByRole('radio', { name: '甲方案（副本）' }).isChecked()).resolves.toBe(
      true,
    );
    await scenarios(page).getByRole('button', { name: '删除「甲方案」' }).click();
    expect(await names()).toEqual(['现状（基线）', DEMO, '甲方案（副本）']);
    const undo = page.getByRole('button', { name: '撤销', exact: true });
    await undo.click();
    expect(await names()).toEqual(['现状（基线）', DEMO, '甲方案', '甲方案（副本）']);
    await undo.click();
    expect(await names()).toEqual(['现状（基线）', DEMO, '甲方案']);
    await expect(scenarios(page).getByRole('radio', { name: '甲方案' }).isChecked()).resolves.toBe(true);
  });
});

describe('the workspace name', () => {
  it('is shown, renamed as one undoable step, and kept after a reload', async () => {
    const { page, errors } = await freshApp();
    const field = page.getByRole('textbox', { name: '工作区名称' });
    expect(await field.inputValue()).toBe('西山区（示意）');
    const undo = page.getByRole('button', { name: '撤销', exact: true });
    expect(await undo.isDisabled()).toBe(true);
    await field.fill('西山区急救站布局');
    expect(await undo.isDisabled()).toBe(true);
    await field.press('Enter');
    await waitUntil(
      page,
      () => undo.isDisabled(),
      (v) => !v,
    );
    await undo.click();
    await waitUntil(
      page,
      () => field.inputValue(),
      (v) => v === '西山区（示意）',
    );
    expect(await undo.isDisabled()).toBe(true);
    await page.getByRole('button', { name: '重做', exact: true }).click();
    await waitUntil(
      page,
      () => field.inputValue(),
      (v) => v === '西山区急救站布局',
    );
    const file = await downloadFrom(page, '保存工作区到文件');
    expect(file.name).toBe('西山区急救站布局.covplan.json');

    await field.fill('  ');
    await field.press('Enter');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const message = await page.locator(`#${await field.getAttribute('aria-describedby')}`).textContent();
    expect(message).toBe('名称不能为空');
    await field.press('Escape');
    expect(await field.inputValue()).toBe('西山区急救站布局');
    await saveScreenshot(page, 'workflow-workspace-name-zh');

    await waitForSaved(page);
    await page.reload();
    await waitForApp(page);
    await page.getByRole('status').filter({ hasText: '已恢复上次的工作' }).waitFor();
    expect(await page.getByRole('textbox', { name: '工作区名称' }).inputValue()).toBe('西山区急救站布局');
    expect(errors).toEqual([]);
  });
});

/** In the page's real IndexedDB: overwrite the current workspace record with one from a future app version (`spoil`), or read it (`read`). */
function inStore<T>(page: Page, action: 'spoil' | 'read'): Promise<T> {
  return page.evaluate(
    (what) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('coverage-planner');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('workspaces', 'readwrite');
          const store = tx.objectStore('workspaces');
          const pointer = store.get('current-workspace');
          pointer.onsuccess = () => {
            const key = `workspace:${String(pointer.result)}`;
            if (what === 'read') {
              const r = store.get(key);
              r.onsuccess = () => resolve({ key, record: r.result });
              return;
            }
            const record = {
              schemaVersion: 99,
              savedAt: '2030-01-01T00:00:00.000Z',
              revision: 7,
              tabId: 'x',
            };
            store.put({ ...record, workspace: { schemaVersion: 99, id: 'future' } }, key);
            tx.oncomplete = () => resolve(key);
          };
        };
      }),
    action,
  ) as Promise<T>;
}

describe('a stored workspace this app cannot read', () => {
  it('is reported, never overwritten, and the app starts on the demo', async () => {
    const { page } = await freshApp();
    await newScenario(page, '会被新版本覆盖吗');
    await waitForSaved(page);
    const key = await inStore<string>(page, 'spoil');
    await page.reload();
    await waitForApp(page);
    const alert = page.getByRole('alert').filter({ hasText: '浏览器中保存的工作区无法读取' });
    await alert.waitFor();
    // The demo again: the baseline and the demo's scenario, none of the spoiled record's.
    await expect(scenarios(page).getByRole('radio').count()).resolves.toBe(2);
    await newScenario(page, '新的工作');
    await waitForSaved(page);
    expect(await alert.isVisible()).toBe(true);
    const stored = await page.evaluate(
      (k) =>
        new Promise<unknown>((resolve) => {
          const open = indexedDB.open('coverage-planner');
          open.onsuccess = () => {
            const r = open.result.transaction('workspaces').objectStore('workspaces').get(k);
            r.onsuccess = () => resolve(r.result);
          };
        }),
      key,
    );
    expect(stored).toMatchObject({ schemaVersion: 99, revision: 7 });
    const now = await inStore<{ key: string }>(page, 'read');
    expect(now.key).not.toBe(key);
  });
});

describe('when the browser cannot store the workspace', () => {
  it('without IndexedDB (private mode) the planner is told at once and can still save to a file', async () => {
    const { page } = await freshApp(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    const alert = page.getByRole('alert').filter({ hasText: '无法自动保存' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('浏览器本地存储不可用');
    await newScenario(page, '离线方案');
    const file = await downloadFrom(page, '保存工作区到文件');
    expect(file.name).toMatch(/\.covplan\.json$/);
    const read = workspaceFromFile(file.text, file.name);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.workspace.scenarios.map((s) => s.name)).toEqual([DEMO, '离线方案']);
    expect(read.workspace.baseline.length).toBeGreaterThan(100);
    await saveScreenshot(page, 'workflow-storage-unavailable-zh');
  });

  it('a full disk (QuotaExceededError) is reported when a change is saved', async () => {
    const { page } = await freshApp(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await expect(page.getByRole('alert').filter({ hasText: '无法自动保存' }).count()).resolves.toBe(0);
    await bloodRule(page).uncheck();
    const alert = page.getByRole('alert').filter({ hasText: '存储空间不足' });
    await alert.waitFor();
    await page.getByRole('status').filter({ hasText: '未保存到浏览器' }).waitFor();
    const file = await downloadFrom(page, '保存工作区到文件');
    const read = workspaceFromFile(file.text, file.name);
    expect(read.ok && read.workspace.rules.overrides.blood_circle).toEqual({ enabled: false });
  });
});

describe('opening a workspace file', () => {
  it('a damaged file changes nothing and the message names the file', async () => {
    const { page } = await freshApp();
    await newScenario(page, '保留的方案');
    const before = await scenarios(page).textContent();
    const good = await downloadFrom(page, '保存工作区到文件');
    await openWorkspaceFile(page, '打开工作区文件', '损坏的工作区.covplan.json', good.text.slice(0, 2000));
    const alert = page.getByRole('alert').filter({ hasText: '损坏的工作区.covplan.json' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('不是有效的 JSON');
    expect(await alert.textContent()).toContain('工作区未作任何更改');
    expect(await scenarios(page).textContent()).toBe(before);
    await saveScreenshot(page, 'workflow-bad-file-zh');
    await alert.getByRole('button', { name: '关闭提示' }).click();

    const json = JSON.parse(good.text);
    json.workspace.baseline[3].lat = 999;
    await openWorkspaceFile(page, '打开工作区文件', '纬度错误.covplan.json', JSON.stringify(json));
    const invalid = page.getByRole('alert').filter({ hasText: '纬度错误.covplan.json' });
    await invalid.waitFor();
    expect(await invalid.textContent()).toContain('workspace.baseline[3].lat');
    expect(await scenarios(page).textContent()).toBe(before);
  });
});

describe('two tabs on one workspace', () => {
  it('the tab that saves second is told, writes nothing over the other, and can keep its work as a copy', async () => {
    const a = await freshApp();
    await newScenario(a.page, '甲页方案');
    await waitForSaved(a.page);
    const b = await a.page.context().newPage();
    await b.goto(shared.url);
    await waitForApp(b);
    await scenarios(b).getByRole('radio', { name: '甲页方案' }).waitFor();
    await a.page.getByRole('status').filter({ hasText: '另外 1 个标签页' }).waitFor();

    await newScenario(a.page, '甲页第二方案');
    await waitForSaved(a.page);
    const conflict = b.getByRole('alert').filter({ hasText: '另一个标签页' });
    await conflict.waitFor();
    await newScenario(b, '乙页方案');
    await b.getByRole('status').filter({ hasText: '未保存到浏览器' }).waitFor();
    expect(await conflict.isVisible()).toBe(true);
    await saveScreenshot(b, 'workflow-tab-conflict-zh');

    // What is stored is still tab A's: a third tab opens it.
    const c = await a.page.context().newPage();
    await c.goto(shared.url);
    await waitForApp(c);
    await scenarios(c).getByRole('radio', { name: '甲页第二方案' }).waitFor();
    await expect(scenarios(c).getByRole('radio', { name: '乙页方案' }).count()).resolves.toBe(0);
    await c.close();

    await conflict.getByRole('button', { name: '将本页版本另存为副本' }).click();
    await conflict.waitFor({ state: 'detached' });
    const name = b.getByRole('textbox', { name: '工作区名称' });
    expect(await name.inputValue()).toBe('西山区（示意）（副本）');
    await b.reload();
    await waitForApp(b);
    await scenarios(b).getByRole('radio', { name: '乙页方案' }).waitFor();
    expect(await name.inputValue()).toBe('西山区（示意）（副本）');
    await expect(scenarios(b).getByRole('radio', { name: '甲页第二方案' }).count()).resolves.toBe(0);
    await b.close();
  });

  it('“reload the newer version” takes the other tab’s workspace', async () => {
    const a = await freshApp();
    await newScenario(a.page, '先存的方案');
    await waitForSaved(a.page);
    const b = await a.page.context().newPage();
    await b.goto(shared.url);
    await waitForApp(b);
    await newScenario(a.page, '后存的方案');
    await waitForSaved(a.page);
    const conflict = b.getByRole('alert').filter({ hasText: '另一个标签页' });
    await conflict.getByRole('button', { name: '载入较新的版本' }).click();
    await conflict.waitFor({ state: 'detached' });
    await scenarios(b).getByRole('radio', { name: '后存的方案' }).waitFor();
    await b.close();
  });
});
