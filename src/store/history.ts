import { applyChange } from '../domain/apply_change.ts';
import { type Change, invertChange } from '../domain/change.ts';
import { squashChanges } from '../domain/squash_changes.ts';
import type { Workspace } from '../domain/workspace.ts';

export const DEFAULT_HISTORY_CAPACITY = 200;

export interface HistoryOptions {
  /** Undo steps kept; the oldest is dropped past this. Default 200. */
  capacity?: number;
}

/**
 * Undo/redo over recorded changes (diffs), in the manner of tldraw's HistoryManager: the document
 * is not stored, only the changes. The caller applies a change to its document and records it;
 * `undo` and `redo` take the current document and return the new one.
 *
 * A gesture (a drag) is recorded between `beginGesture()` and `endGesture()` and becomes one step.
 *
 * @example
 * const h = new History();
 * doc = applyChange(doc, change); h.record(change);
 * doc = h.undo(doc);
 */
export class History {
  readonly capacity: number;
  private undos: Change[] = [];
  private redos: Change[] = [];
  private gesture: Change[] | null = null;
  private gestureDepth = 0;

  constructor(options: HistoryOptions = {}) {
    const capacity = options.capacity ?? DEFAULT_HISTORY_CAPACITY;
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    this.capacity = capacity;
  }

  /**
   * Record a change that was already applied; clears redo. Inside a gesture it joins the gesture.
   * `null` (what builders return for an edit that changes nothing) is ignored.
   */
  record(change: Change | null): void {
    if (!change) return;
    if (this.gesture) {
      this.gesture.push(change);
      return;
    }
    this.push(change);
  }

  /** Start a gesture; nested calls join the outer gesture. */
  beginGesture(): void {
    if (this.gestureDepth === 0) this.gesture = [];
    this.gestureDepth += 1;
  }

  /** End a gesture: its changes become one undo step (nothing when it recorded none). */
  endGesture(): void {
    if (this.gestureDepth === 0) return;
    this.gestureDepth -= 1;
    if (this.gestureDepth > 0) return;
    const step = squashChanges(this.gesture ?? []);
    this.gesture = null;
    if (step) this.push(step);
  }

  /** Abandon the open gesture (Escape during a drag): returns `doc` with the gesture's changes undone. */
  cancelGesture(doc: Workspace): Workspace {
    const step = squashChanges(this.gesture ?? []);
    this.gesture = null;
    this.gestureDepth = 0;
    return step ? applyChange(doc, invertChange(step)) : doc;
  }

  get inGesture(): boolean {
    return this.gesture !== null;
  }

  get canUndo(): boolean {
    return this.undos.length > 0 || (this.gesture?.length ?? 0) > 0;
  }

  get canRedo(): boolean {
    return this.redos.length > 0;
  }

  get undoDepth(): number {
    return this.undos.length;
  }

  get redoDepth(): number {
    return this.redos.length;
  }

  /** The document with the last step undone; `doc` itself when there is nothing to undo. Ends an open gesture first. */
  undo(doc: Workspace): Workspace {
    this.closeGesture();
    const step = this.undos.pop();
    if (!step) return doc;
    this.redos.push(step);
    return applyChange(doc, invertChange(step));
  }

  /** The document with the last undone step redone; `doc` itself when there is nothing to redo. */
  redo(doc: Workspace): Workspace {
    this.closeGesture();
    const step = this.redos.pop();
    if (!step) return doc;
    this.undos.push(step);
    return applyChange(doc, step);
  }

  /** Forget everything (after loading another workspace). */
  clear(): void {
    this.undos = [];
    this.redos = [];
    this.gesture = null;
    this.gestureDepth = 0;
  }

  private closeGesture(): void {
    if (this.gestureDepth === 0) return;
    this.gestureDepth = 1;
    this.endGesture();
  }

  private push(step: Change): void {
    this.undos.push(step);
    if (this.undos.length > this.capacity) this.undos.splice(0, this.undos.length - this.capacity);
    this.redos = [];
  }
}
