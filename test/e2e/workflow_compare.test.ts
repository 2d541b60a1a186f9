import { readFileSync } from 'node:fs';
import { pointOnFeature } from '@turf/turf';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  effectiveRules,
  type Facility,
  parseRulePreset,
  scenarioFacilities,
  type Workspace,
} from '../../src/domain/index.ts';
import { compareEvaluations, comparisonToCsv, evaluate } from '../../src/engine/index.ts';
import { facilityDiffToCsv } from '../../src/engine/workflow.ts';
import { workspaceFromFile, workspaceToFile } from '../../src/store/workspace_file.ts';
import { saveScreenshot, waitForApp } from './support/browser.ts';
import { appPerFile } from './support/per_file.ts';
import { downloadFrom, openWorkspaceFile, waitForSaved } from './support/workflow.ts';

const parsedPreset = parseRulePreset(JSON.parse(readFileSync('seeds/presets/default.json', 'utf8')));
if (!parsedPreset.ok) throw new Error('default preset does not parse');
const preset = parsedPreset.preset;

const app = appPerFile({ locale: 'zh-CN' });

/** The demo workspace as the app saves it, a proposal on the most populous ambulance gap, and Node's comparison. */
interface Plan {
  file: string;
  workspace: Workspace;
  proposal: Facility;
  zoneCode: string;
  zoneName: string;
  expectedChange: number;
  expectedCsv: string;
  expectedFacilityCsv: string;
}
let plan: Plan;

function makePlan(demo: Workspace): Plan {
  const rules = effectiveRules(preset.rules, demo.rules.overrides);
  const before = evaluate(demo.zones, demo.baseline, rules);
  const streets = new Set(demo.zones.filter((z) => z.level === 'street').map((z) => z.code));
  const gap = before.gaps
    .filter((g) => g.properties.ruleId === 'ems_reach' && streets.has(g.properties.zoneCode))
    .sort((a, b) => b.properties.population - a.properties.population)[0];
  if (!gap) throw new Error('the demo has no street outside ambulance reach');
  const [lon, lat] = pointOnFeature(gap).geometry.coordinates as [number, number];
  const proposal: Facility = {
    id: 'proposal-ems-1',
    name: '拟建急救站（示意）',
    kind: 'ambulance_station',
    status: 'proposed',
    lon: Number(lon.toFixed(6)),
    lat: Number(lat.toFixed(6)),
    illustrative: true,
  };
  const workspace: Workspace = {
    ...demo,
    scenarios: [
      {
        id: 'sc-ems',
        name: '补急救站方案',
        createdAt: '2025-01-01T00:00:00.000Z',
        facilities: [proposal],
        removedBaselineIds: [],
      },
    ],
    activeScenarioId: 'sc-ems',
  };
  const after = scenarioFacilities(workspace, 'sc-ems');
  const c = compareEvaluations(before, evaluate(demo.zones, after, rules), demo.zones, demo.baseline, after);
  const row = c.zones.find((r) => r.ruleId === 'ems_reach' && r.zoneCode === gap.properties.zoneCode);
  const titles = Object.fromEntries(rules.map((r) => [r.id, r.title]));
  return {
    file: workspaceToFile(workspace),
    workspace,
    proposal,
    zoneCode: gap.properties.zoneCode,
    zoneName: gap.properties.zoneName,
    expectedChange: Math.round(row?.populationCovered?.change ?? 0),
    expectedCsv: comparisonToCsv(c, 'zh', { ruleTitles: titles }),
    expectedFacilityCsv: facilityDiffToCsv(c, 'zh'),
  };
}

beforeAll(async () => {
  const saved = await downloadFrom(app.page, '保存工作区到文件');
  const read = workspaceFromFile(saved.text, saved.name);
  if (!read.ok) throw new Error(`the app saved an unreadable file: ${JSON.stringify(read.errors)}`);
  plan = makePlan(read.workspace);
});

const compareRegion = (page: Page) => page.getByRole('region', { name: '方案对比' });

function emsRow(page: Page, zoneName = plan.zoneName) {
  return compareRegion(page)
    .getByRole('table', { name: '分区对比' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: zoneName, exact: true }) })
    .filter({ has: page.getByRole('cell', { name: '院前急救服务半径', exact: true }) });
}

async function changeShown(page: Page, zoneName = plan.zoneName): Promise<number> {
  const cells = await emsRow(page, zoneName).getByRole('cell').allTextContents();
  // rule, covered before, covered after, change, other, status (the zone is the row header)
  return Number((cells[3] ?? '').replace(/[,+\s]/g, ''));
}

describe('the demo’s own proposal scenario', () => {
  const DEMO_SCENARIO = '示意方案：增设海口急救站';

  it('is listed on a fresh start, with the baseline still active', async () => {
    const scenarios = app.page.getByRole('region', { name: '方案', exact: true });
    const radio = scenarios.getByRole('radio', { name: DEMO_SCENARIO, exact: true });
    await expect(radio.isChecked()).resolves.toBe(false);
    await expect(scenarios.getByRole('radio', { name: '现状（基线）' }).isChecked()).resolves.toBe(true);
    expect(await scenarios.textContent()).toContain('新增 1');
  });

  it('compares with the baseline at once: Haikou gains what the engine computes in Node', async () => {
    const { page } = app;
    const saved = await downloadFrom(page, '保存工作区到文件');
    const read = workspaceFromFile(saved.text, saved.name);
    if (!read.ok) throw new Error('the app saved an unreadable file');
    const ws = read.workspace;
    const scenario = ws.scenarios.find((s) => s.name === DEMO_SCENARIO);
    if (!scenario) throw new Error('the demo scenario is not in the saved workspace');
    expect(ws.activeScenarioId).toBeNull();
    expect(scenario.facilities.map((f) => f.illustrative)).toEqual([true]);
    expect(ws.baseline.every((f) => f.illustrative)).toBe(true);
    const rules = effectiveRules(preset.rules, {});
    const after = scenarioFacilities(ws, scenario.id);
    const c = compareEvaluations(
      evaluate(ws.zones, ws.baseline, rules),
      evaluate(ws.zones, after, rules),
      ws.zones,
      ws.baseline,
      after,
    );
    const haikou = ws.zones.find((z) => z.name === '海口街道');
    const row = c.zones.find((r) => r.ruleId === 'ems_reach' && r.zoneCode === haikou?.code);
    const expected = Math.round(row?.populationCovered?.change ?? 0);
    expect(expected).toBeGreaterThan(0);

    await page.getByRole('button', { name: '对比方案' }).click();
    const region = compareRegion(page);
    await region.getByRole('table', { name: '分区对比' }).waitFor();
    await expect(region.getByRole('combobox', { name: '对比对象' }).inputValue()).resolves.toBe(scenario.id);
    expect(await changeShown(page, '海口街道')).toBe(expected);
    const facilities = region.getByRole('list', { name: '设施差异' });
    expect(await facilities.textContent()).toBe(`新增：${scenario.facilities[0]?.name}`);
    await saveScreenshot(page, 'workflow-demo-scenario-zh');
    await region.getByRole('button', { name: '关闭对比' }).click();
  });
});

describe('comparing a scenario with the baseline', () => {
  it('the Node engine finds a street the proposal brings into ambulance reach', () => {
    expect(plan.expectedChange).toBeGreaterThan(0);
  });

  it('opening a workspace file with the scenario makes it the active one', async () => {
    const { page } = app;
    await openWorkspaceFile(page, '打开工作区文件', '补急救站.covplan.json', plan.file);
    const scenarios = page.getByRole('region', { name: '方案', exact: true });
    const radio = scenarios.getByRole('radio', { name: '补急救站方案', exact: true });
    await radio.waitFor();
    await expect(radio.isChecked()).resolves.toBe(true);
    expect(await scenarios.textContent()).toContain('新增 1');
  });

  it('shows the street’s increase in people covered, as the engine computes it in Node', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '对比方案' }).click();
    const region = compareRegion(page);
    await region.getByRole('table', { name: '分区对比' }).waitFor();
    await expect(region.getByRole('combobox', { name: '对比基准' }).inputValue()).resolves.toBe('');
    await expect(region.getByRole('combobox', { name: '对比对象' }).inputValue()).resolves.toBe('sc-ems');
    expect(await changeShown(page)).toBe(plan.expectedChange);
    const facilities = region.getByRole('list', { name: '设施差异' });
    expect(await facilities.textContent()).toBe(`新增：${plan.proposal.name}`);
    await saveScreenshot(page, 'workflow-compare-zh');
  });

  it('exports the comparison as CSV with a BOM, equal to the Node engine’s', async () => {
    const csv = await downloadFrom(app.page, '导出对比 CSV');
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text).toBe(plan.expectedCsv);
    expect(csv.text).toContain(plan.zoneCode);
    const facilities = await downloadFrom(app.page, '导出设施差异 CSV');
    expect(facilities.name).toBe(csv.name.replace(/\.csv$/, '-facilities.csv'));
    expect(facilities.text).toBe(plan.expectedFacilityCsv);
    expect(facilities.text).toContain(plan.proposal.name);
  });

  it('comparing the baseline with itself shows no change', async () => {
    const { page } = app;
    const region = compareRegion(page);
    await region.getByRole('combobox', { name: '对比对象' }).selectOption('');
    await region.getByText('两侧相同').waitFor();
    await expect(emsRow(page).count()).resolves.toBe(0);
    expect(await region.getByText('设施相同').count()).toBe(1);
  });

  it('after a reload the scenario and its proposal are still there and compare the same', async () => {
    const { page } = app;
    await waitForSaved(page);
    await page.reload();
    await waitForApp(page);
    const scenarios = page.getByRole('region', { name: '方案', exact: true });
    await scenarios.getByRole('radio', { name: '补急救站方案', exact: true }).waitFor();
    await page.getByRole('button', { name: '对比方案' }).click();
    await compareRegion(page).getByRole('table', { name: '分区对比' }).waitFor();
    expect(await changeShown(page)).toBe(plan.expectedChange);
    expect(app.errors).toEqual([]);
  });
});
