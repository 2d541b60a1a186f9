import { describe, expect, it } from 'vitest';
import {
  applyChange,
  type Change,
  moveFacilities,
  renameWorkspace,
  type Workspace,
} from '../../src/domain/index.ts';
import { History } from '../../src/store/history.ts';
import { deepFreeze, randomChange, sampleWorkspace, seededRandom } from './helpers.ts';

/** Apply `steps` random valid changes, recording each; returns every intermediate document. */
function randomSession(
  seed: number,
  steps: number,
  history: History,
  types = new Set<string>(),
): Workspace[] {
  const rand = seededRandom(seed);
  const docs = [deepFreeze(sampleWorkspace())];
  for (let i = 0; docs.length <= steps && i < steps * 20; i += 1) {
    const doc = docs[docs.length - 1] as Workspace;
    const change = randomChange(doc, rand, i);
    if (!change) continue;
    history.record(change);
    types.add(change.type);
    docs.push(deepFreeze(applyChange(doc, change)));
  }
  return docs;
}

describe('History', () => {
  it('undoing every step of 50 seeded random sessions gives back the original document, and redoing gives the final one', () => {
    const types = new Set<string>();
    for (let seed = 1; seed <= 50; seed += 1) {
      const history = new History();
      const docs = randomSession(seed, 60, history, types);
      expect(docs.length).toBe(61);
      let doc = docs[docs.length - 1] as Workspace;
      for (let i = docs.length - 2; i >= 0; i -= 1) {
        doc = history.undo(doc);
        expect(doc, `seed ${seed}, undo to step ${i}`).toEqual(docs[i]);
      }
      expect(history.canUndo).toBe(false);
      for (let i = 1; i < docs.length; i += 1) doc = history.redo(doc);
      expect(doc).toEqual(docs[docs.length - 1]);
      expect(history.canRedo).toBe(false);
    }
    const allTypes =
      'facility_added facility_removed facility_updated facilities_moved zone_updated rule_setting rules_replaced scenario_created scenario_renamed scenario_deleted active_scenario_set baseline_excluded workspace_renamed batch';
    expect([...types].sort()).toEqual(allTypes.split(' ').sort());
  });

  it('a drag of many moves between beginGesture and endGesture is one step from the first position to the last', () => {
    const history = new History();
    const start = deepFreeze(sampleWorkspace());
    let doc = start;
    history.beginGesture();
    for (let i = 1; i <= 30; i += 1) {
      const change = moveFacilities(doc, null, [{ id: 'b1', lon: 102.61 + i * 0.001, lat: 25.01 }]) as Change;
      doc = applyChange(doc, change);
      history.record(change);
    }
    history.endGesture();
    expect(history.undoDepth).toBe(1);
    expect(doc.baseline[0]?.lon).toBeCloseTo(102.64, 9);
    const undone = history.undo(doc);
    expect(undone).toEqual(start);
    expect(history.redo(undone)).toEqual(doc);
  });

  it('moving a baseline facility inside a scenario adds an override and leaves the baseline alone', () => {
    const history = new History();
    const start = sampleWorkspace();
    let doc = start;
    history.beginGesture();
    for (const lon of [102.7, 102.71, 102.72]) {
      const change = moveFacilities(doc, 's1', [{ id: 'b1', lon, lat: 25.01 }]) as Change;
      doc = applyChange(doc, change);
      history.record(change);
    }
    history.endGesture();
    expect(doc.baseline).toEqual(start.baseline);
    expect(doc.scenarios[0]?.facilities.find((f) => f.id === 'b1')?.lon).toBe(102.72);
    expect(history.undoDepth).toBe(1);
    expect(history.undo(doc)).toEqual(start);
  });

  it('cancelling a gesture returns the document as it was before the drag and records nothing', () => {
    const history = new History();
    const start = sampleWorkspace();
    history.beginGesture();
    const change = moveFacilities(start, null, [{ id: 'b2', lon: 102.9, lat: 25.2 }]) as Change;
    const moved = applyChange(start, change);
    history.record(change);
    expect(history.cancelGesture(moved)).toEqual(start);
    expect(history.canUndo).toBe(false);
  });

  it('keeps at most `capacity` steps and drops the oldest first', () => {
    const history = new History({ capacity: 100 });
    let doc = sampleWorkspace();
    const names: string[] = [doc.name];
    for (let i = 1; i <= 130; i += 1) {
      const change = renameWorkspace(doc, `名称 ${i}`) as Change;
      doc = applyChange(doc, change);
      history.record(change);
      names.push(doc.name);
    }
    expect(history.undoDepth).toBe(100);
    while (history.canUndo) doc = history.undo(doc);
    expect(doc.name).toBe('名称 30');
  });

  it('an edit that changes nothing records no step', () => {
    const history = new History();
    const ws = sampleWorkspace();
    history.record(renameWorkspace(ws, ws.name));
    expect(history.canUndo).toBe(false);
  });

  it('holds 200 steps by default', () => {
    const history = new History();
    let doc = sampleWorkspace();
    for (let i = 1; i <= 250; i += 1) {
      const change = renameWorkspace(doc, `n${i}`) as Change;
      doc = applyChange(doc, change);
      history.record(change);
    }
    expect(history.undoDepth).toBe(200);
  });

  it('recording a new change after an undo clears redo', () => {
    const history = new History();
    let doc = sampleWorkspace();
    const c1 = renameWorkspace(doc, 'A') as Change;
    doc = applyChange(doc, c1);
    history.record(c1);
    doc = history.undo(doc);
    expect(history.canRedo).toBe(true);
    const c2 = renameWorkspace(doc, 'B') as Change;
    doc = applyChange(doc, c2);
    history.record(c2);
    expect(history.canRedo).toBe(false);
    expect(history.redo(doc)).toBe(doc);
  });
});
