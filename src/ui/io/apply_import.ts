import type { Facility } from '../../domain/index.ts';
import { applyChange, getWorkspace, setView } from '../../store/index.ts';
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

/**
 * Applies a checked conversion to the workspace as ONE undoable step (`record: true`): zones (and
 * both) through `loadData`, facilities through `setFacilities`. Returns how many items came in,
 * or null when the reply holds nothing to apply (then nothing changes).
 */
export function applyImport(reply: ConvertReply, o: ApplyOptions): number | null {
  if (!reply.ok) return null;
  const ws = getWorkspace();
  if (o.target === 'facilities') {
    const imported = reply.facilities ?? [];
    if (imported.length === 0) return null;
    const facilities =
      o.facilityMode === 'replace' ? imported : [...ws.baseline, ...uniqueAgainst(ws.baseline, imported)];
    applyChange({ kind: 'setFacilities', facilities }, { record: true });
    return imported.length;
  }
  const zones = reply.zones ?? [];
  if (zones.length === 0) return null;
  const facilities = o.target === 'both' ? (reply.facilities ?? []) : o.keepFacilities ? ws.baseline : [];
  const illustrative = zones.some((z) => z.illustrative) || facilities.some((f) => f.illustrative);
  applyChange(
    { kind: 'loadData', zones, facilities, illustrative, sourceName: o.fileName },
    { record: true },
  );
  setView({ selection: null });
  return o.target === 'both' ? zones.length + facilities.length : zones.length;
}
