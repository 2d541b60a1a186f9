import type { Change, Facility, Workspace } from '../../domain/index.ts';
import { type IllustrativeRemoval, withoutIllustrativeScenarios } from '../../store/demo_scenarios.ts';
import { shownIllustrative } from '../../store/illustrative.ts';
import { applyChange, getWorkspace, type StoreChange, setView } from '../../store/index.ts';
import type { ConvertReply, LayerTarget } from '../../worker/io_messages.ts';

/** Imported facilities with ids made unique against the ones kept (`F1` → `F1-2`). */
export function uniqueAgainst(kept: readonly Facility[], imported: readonly Facility[]): Facility[] {
  const taken = new Set(kept.map((f) => f.id));
  return imported.map((f) => {
    let id = f.id;
    for (let n = 2; taken.has(id); n++) id = `${f.id}-${n}`;
    taken.add(id);
    return id === f.id ? f : { ...f, id };
  });
}

export interface ApplyOptions {
  target: LayerTarget;
  fileName: string;
  /** Zones: keep the current baseline facilities (else they are cleared). */
  keepFacilities: boolean;
  /** Facilities: add to the baseline or replace it. */
  facilityMode: 'append' | 'replace';
}

/** What an import would do: the one change to record, how many items come in, what invented data goes. */
export interface ImportPlan {
  change: StoreChange;
  count: number;
  removed: IllustrativeRemoval;
}

const NOTHING_REMOVED: IllustrativeRemoval = { scenarios: [], facilities: 0 };

/**
 * The change an import makes to `ws`, without applying it; null when the reply holds nothing to
 * apply. Facilities: `setFacilities` of the baseline. Zones (and both): the zones and baseline
 * replaced, `illustrative` and `sourceName` from the data, as one `workspace_replaced`; when that
 * leaves no illustrative zone or baseline facility (real data replacing the demo), the illustrative
 * scenarios go in the same change (`withoutIllustrativeScenarios`), so nothing shown stays 示意数据.
 */
export function planImport(ws: Workspace, reply: ConvertReply, o: ApplyOptions): ImportPlan | null {
  if (!reply.ok) return null;
  if (o.target === 'facilities') {
    const imported = reply.facilities ?? [];
    if (imported.length === 0) return null;
    const facilities =
      o.facilityMode === 'replace' ? imported : [...ws.baseline, ...uniqueAgainst(ws.baseline, imported)];
    return {
      change: { kind: 'setFacilities', facilities },
      count: imported.length,
      removed: NOTHING_REMOVED,
    };
  }
  const zones = reply.zones ?? [];
  if (zones.length === 0) return null;
  const baseline = o.target === 'both' ? (reply.facilities ?? []) : o.keepFacilities ? ws.baseline : [];
  const illustrative = zones.some((z) => z.illustrative) || baseline.some((f) => f.illustrative);
  // Real data replacing the demo: the workspace takes the file's name instead of 西山区（示意）.
  const name = shownIllustrative(ws) && !illustrative ? fileStem(o.fileName) || ws.name : ws.name;
  const replaced: Workspace = { ...ws, name, zones, baseline, illustrative, sourceName: o.fileName };
  const { workspace: after, removed } = illustrative
    ? { workspace: replaced, removed: NOTHING_REMOVED }
    : withoutIllustrativeScenarios(replaced);
  const change: Change = { type: 'workspace_replaced', before: ws, after };
  const count = o.target === 'both' ? zones.length + baseline.length : zones.length;
  return { change, count, removed };
}

/** A file name without its folder and extension: `数据/乡镇.zip` → `乡镇`. */
function fileStem(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? '').replace(/\.[^.]+$/, '').trim();
}

/**
 * Applies a checked conversion to the workspace as ONE undoable step (`record: true`, see
 * `planImport`). Returns how many items came in and what invented scenario data was removed, or
 * null when the reply holds nothing to apply (then nothing changes).
 */
export function applyImport(
  reply: ConvertReply,
  o: ApplyOptions,
): { count: number; removed: IllustrativeRemoval } | null {
  const plan = planImport(getWorkspace(), reply, o);
  if (!plan) return null;
  if (!applyChange(plan.change, { record: true })) return null;
  if (o.target !== 'facilities') setView({ selection: null });
  return { count: plan.count, removed: plan.removed };
}
