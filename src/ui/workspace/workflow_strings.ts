import { useCallback } from 'react';
import type { Label } from '../../domain/index.ts';
import { useAppStore } from '../../store/index.ts';
import { fillTemplate, type Lang, pick } from '../i18n/strings.ts';

/**
 * Strings of the scenarios, comparison and workspace (save/open) UI, in Chinese and English.
 * Kept apart from i18n/strings.ts while that file is busy; same `{name}` placeholders.
 */
export const WORKFLOW_STRINGS = {
  // scenarios
  scenarios: { zh: '方案', en: 'Scenarios' },
  scenarioList: { zh: '方案列表', en: 'Scenario list' },
  baseline: { zh: '现状（基线）', en: 'Baseline (existing)' },
  baselineNote: { zh: '{count} 个设施', en: '{count} facilities' },
  scenarioNote: {
    zh: '新增 {added}，调整 {changed}，关闭 {closed}',
    en: '{added} added, {changed} changed, {closed} closed',
  },
  newScenario: { zh: '新建方案', en: 'New scenario' },
  duplicateScenario: { zh: '复制方案', en: 'Duplicate scenario' },
  duplicateOf: { zh: '复制「{name}」', en: 'Duplicate “{name}”' },
  renameScenario: { zh: '重命名方案', en: 'Rename scenario' },
  renameOf: { zh: '重命名「{name}」', en: 'Rename “{name}”' },
  deleteScenario: { zh: '删除方案', en: 'Delete scenario' },
  deleteOf: { zh: '删除「{name}」', en: 'Delete “{name}”' },
  renameShort: { zh: '改名', en: 'Rename' },
  duplicateShort: { zh: '复制', en: 'Copy' },
  deleteShort: { zh: '删除', en: 'Delete' },
  scenarioName: { zh: '方案名称', en: 'Scenario name' },
  save: { zh: '确定', en: 'OK' },
  cancel: { zh: '取消', en: 'Cancel' },
  copySuffix: { zh: '（副本）', en: ' (copy)' },
  // comparison
  compare: { zh: '方案对比', en: 'Compare scenarios' },
  compareOpen: { zh: '对比方案', en: 'Compare' },
  compareClose: { zh: '关闭对比', en: 'Close comparison' },
  compareFrom: { zh: '对比基准', en: 'Compare from' },
  compareTo: { zh: '对比对象', en: 'Compare to' },
  compareBusy: { zh: '正在计算对比…', en: 'Computing the comparison…' },
  compareFailed: { zh: '对比计算失败：{message}', en: 'Comparison failed: {message}' },
  compareSame: { zh: '两侧相同，没有可对比的差异', en: 'Both sides are the same: nothing to compare' },
  compareSummary: {
    zh: '{fixed} 项转为达标，{broken} 项转为未达标',
    en: '{fixed} now pass, {broken} now fail',
  },
  compareTable: { zh: '分区对比', en: 'Comparison by zone' },
  onlyChanged: { zh: '只显示有变化的行', en: 'Only rows that change' },
  unchangedRows: { zh: '另有 {count} 行无变化', en: '{count} more rows without change' },
  colRule: { zh: '规则', en: 'Rule' },
  colZone: { zh: '分区', en: 'Zone' },
  colCoveredBefore: { zh: '覆盖人口（前）', en: 'People covered before' },
  colCoveredAfter: { zh: '覆盖人口（后）', en: 'People covered after' },
  colCoveredChange: { zh: '覆盖人口变化', en: 'Change in people covered' },
  colOther: { zh: '其他指标（前 → 后）', en: 'Other measure (before → after)' },
  colStatus: { zh: '状态（前 → 后）', en: 'Status (before → after)' },
  wholeArea: { zh: '全域', en: 'Whole area' },
  statusPass: { zh: '达标', en: 'pass' },
  statusFail: { zh: '未达标', en: 'fail' },
  statusNa: { zh: '不适用', en: 'n/a' },
  statusNone: { zh: '—', en: '—' },
  flipFixed: { zh: '转为达标', en: 'now passes' },
  flipBroken: { zh: '转为未达标', en: 'now fails' },
  countMeasure: { zh: '设施 {before} → {after}', en: 'facilities {before} → {after}' },
  ratioMeasure: { zh: '比值 {before} → {after}', en: 'ratio {before} → {after}' },
  facilityChanges: { zh: '设施差异', en: 'Facilities that differ' },
  noFacilityChanges: { zh: '设施相同', en: 'Same facilities' },
  facAdded: { zh: '新增：{name}', en: 'Added: {name}' },
  facRemoved: { zh: '关闭：{name}', en: 'Closed: {name}' },
  facMoved: { zh: '移动 {m} 米：{name}', en: 'Moved {m} m: {name}' },
  facChanged: { zh: '修改 {fields}：{name}', en: 'Edited {fields}: {name}' },
  exportCompareCsv: { zh: '导出对比 CSV', en: 'Export comparison CSV' },
  exportFacilityCsv: { zh: '导出设施差异 CSV', en: 'Export facility differences CSV' },
  // workspace, saving
  workspaceActions: { zh: '工作区', en: 'Workspace' },
  workspaceName: { zh: '工作区名称', en: 'Workspace name' },
  workspaceNameEmpty: { zh: '名称不能为空', en: 'The name cannot be empty' },
  saveToFile: { zh: '保存工作区到文件', en: 'Save workspace to file' },
  openFile: { zh: '打开工作区文件', en: 'Open workspace file' },
  savedAt: { zh: '已自动保存 {time}', en: 'Saved automatically {time}' },
  saving: { zh: '正在保存…', en: 'Saving…' },
  notSaved: { zh: '未保存到浏览器', en: 'Not saved in this browser' },
  restoredFrom: { zh: '已恢复上次的工作（{time}）', en: 'Restored your last work ({time})' },
  storageFailed: { zh: '无法自动保存：{message}', en: 'Cannot save automatically: {message}' },
  conflictTitle: {
    zh: '另一个标签页于 {time} 保存了此工作区的较新版本。本页的修改未写入，以免覆盖。请选择：',
    en: 'Another tab saved a newer version of this workspace at {time}. This tab’s changes were not written, so as not to overwrite it. Choose:',
  },
  reloadNewer: { zh: '载入较新的版本', en: 'Reload the newer version' },
  keepAsCopy: { zh: '将本页版本另存为副本', en: 'Keep this one as a copy' },
  otherTabs: {
    zh: '此工作区也在另外 {count} 个标签页中打开',
    en: 'This workspace is also open in {count} other tab(s)',
  },
  fileOpened: { zh: '已打开 {file}（可撤销）', en: 'Opened {file} (undo goes back)' },
  fileMigrated: {
    zh: '已打开 {file}，并从格式版本 {from} 升级',
    en: 'Opened {file}, upgraded from format version {from}',
  },
  fileRejected: {
    zh: '无法打开 {file}，工作区未作任何更改：',
    en: 'Could not open {file}; the workspace was not changed:',
  },
  fileReadFailed: { zh: '无法读取文件：{message}', en: 'Could not read the file: {message}' },
  dismiss: { zh: '关闭提示', en: 'Dismiss' },
} as const satisfies Record<string, Label>;

export type WorkflowKey = keyof typeof WORKFLOW_STRINGS;

export type WT = ((key: WorkflowKey, params?: Record<string, string | number>) => string) & {
  lang: Lang;
  pick: (label: Label | undefined) => string;
};

/** Looks a workflow string up and fills `{name}` placeholders. */
export function wt(key: WorkflowKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return fillTemplate(WORKFLOW_STRINGS[key][lang], params);
}

/** Translator for the workflow UI, bound to the current language. */
export function useWT(): WT {
  const lang = useAppStore((s) => s.view.lang);
  const base = useCallback(
    (key: WorkflowKey, params?: Record<string, string | number>) => wt(key, lang, params),
    [lang],
  );
  return Object.assign(base, { lang, pick: (label: Label | undefined) => pick(label, lang) });
}
