import type { Evaluation, Facility, FacilityStatus, PopulationPoint, Rule, Zone } from '../domain/index.ts';
import type { Comparison } from '../engine/compare_scenarios.ts';
import type { IoRequest, IoResponse } from './io_messages.ts';

/** Messages from the page to the engine worker. Every request carries an id the reply echoes. */
export type WorkerRequest =
  /** Import and export (worker/io_bridge.ts). */
  | IoRequest
  | { type: 'importZones'; id: number; geojson: unknown; fileName: string }
  | { type: 'importFacilities'; id: number; geojson: unknown; fileName: string }
  | {
      type: 'evaluate';
      id: number;
      /** Version of the zones; `zones` is sent only when the worker has another version. */
      zonesVersion: number;
      zones?: Zone[];
      facilities: Facility[];
      rules: Rule[];
      /** Facility statuses that count. */
      statuses: FacilityStatus[];
    }
  | CompareRequest;

/**
 * Evaluate two facility sets (A, e.g. the baseline; B, e.g. a scenario) and compare them. Runs on a
 * model of its own, so it never supersedes the main `evaluate`. `zones` is sent only when the
 * worker holds another `zonesKey` (keys are the client's own, separate from `zonesVersion`).
 */
export interface CompareRequest {
  type: 'compare';
  id: number;
  zonesKey: number;
  zones?: Zone[];
  population?: PopulationPoint[];
  rules: Rule[];
  statuses: FacilityStatus[];
  facilitiesA: Facility[];
  facilitiesB: Facility[];
}

export interface CompareReply {
  ok: true;
  comparison: Comparison;
  elapsedMs: number;
}

/** A problem the worker reports in both languages instead of throwing. */
export interface WorkerIssue {
  message: { zh: string; en: string };
  severity: 'error' | 'warning';
}

export type ImportReply<T> =
  | { ok: true; data: T; issues: WorkerIssue[] }
  | { ok: false; issues: WorkerIssue[] };

export interface EvaluateReply {
  ok: true;
  evaluation: Evaluation;
  elapsedMs: number;
}

export type FailureReply = { ok: false; error: string };

/** Messages from the worker back to the page. */
export type WorkerResponse =
  | IoResponse
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'importZones'; id: number; reply: ImportReply<Zone[]> }
  | { type: 'importFacilities'; id: number; reply: ImportReply<Facility[]> }
  | { type: 'evaluate'; id: number; reply: EvaluateReply | FailureReply }
  | { type: 'compare'; id: number; reply: CompareReply | FailureReply }
  /** The worker skipped this request because a newer one superseded it. */
  | { type: 'superseded'; id: number }
  /** The worker lacks the zones of this version: resend with zones. */
  | { type: 'needZones'; id: number };
