import type { Evaluation } from '../domain/index.ts';

/** Derived coverage results fed by the worker. Recomputed, never saved or recorded. */
export interface ResultsState {
  evaluation: Evaluation | null;
  /** Request id of the evaluation shown. */
  requestId: number;
  busy: boolean;
  /** 0–1 while the worker reports progress, null otherwise. */
  progress: number | null;
  error: string | null;
  /** Milliseconds the last evaluation took (worker side). */
  elapsedMs: number | null;
}

export const initialResults: ResultsState = {
  evaluation: null,
  requestId: 0,
  busy: false,
  progress: null,
  error: null,
  elapsedMs: null,
};
