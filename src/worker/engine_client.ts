import type { Facility, FacilityStatus, PopulationPoint, Rule, Zone } from '../domain/index.ts';
import type {
  CompareReply,
  EvaluateReply,
  FailureReply,
  ImportReply,
  WorkerRequest,
  WorkerResponse,
} from './protocol.ts';

export type EvaluateOutcome = EvaluateReply | FailureReply | { ok: false; stale: true };
export type CompareOutcome = CompareReply | FailureReply | { ok: false; stale: true };

/** What `EngineClient.compare` evaluates: two facility sets on the same zones and rules. */
export interface CompareInput {
  zones: Zone[];
  population?: PopulationPoint[];
  rules: Rule[];
  statuses: FacilityStatus[];
  facilitiesA: Facility[];
  facilitiesB: Facility[];
}

interface Pending {
  resolve: (response: WorkerResponse) => void;
  onProgress?: (fraction: number) => void;
}

type Body<T extends WorkerRequest['type']> = Omit<Extract<WorkerRequest, { type: T }>, 'id'>;
type AnyBody = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/**
 * Typed client of the engine worker. Every request gets an increasing id; an evaluation
 * superseded by a newer one resolves as `{ ok: false, stale: true }` and must be ignored.
 *
 * @example const client = new EngineClient(); const r = await client.evaluate(1, zones, facilities, rules);
 */
export class EngineClient {
  private readonly worker: Worker;
  private nextId = 1;
  private latestEvaluateId = 0;
  private workerZonesVersion = -1;
  private readonly pending = new Map<number, Pending>();
  private latestCompareId = 0;
  private compareZonesSent: Zone[] | null = null;
  private compareZonesKey = 0;
  private compareZonesKeySent = -1;

  constructor(worker?: Worker) {
    this.worker = worker ?? new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.receive(event.data);
    this.worker.onerror = (event: ErrorEvent) => this.failAll(event.message || 'worker error');
  }

  /** Reads zones from a GeoJSON FeatureCollection in the worker. */
  async importZones(geojson: unknown, fileName: string): Promise<ImportReply<Zone[]>> {
    const res = await this.request({ type: 'importZones', geojson, fileName });
    return res.type === 'importZones' ? res.reply : { ok: false, issues: [] };
  }

  /** Reads facilities from a GeoJSON FeatureCollection in the worker. */
  async importFacilities(geojson: unknown, fileName: string): Promise<ImportReply<Facility[]>> {
    const res = await this.request({ type: 'importFacilities', geojson, fileName });
    return res.type === 'importFacilities' ? res.reply : { ok: false, issues: [] };
  }

  /**
   * Evaluates every enabled rule. Zones are sent only when the worker holds another version.
   * `onProgress` receives fractions 0–1 for long runs.
   */
  async evaluate(
    zonesVersion: number,
    zones: Zone[],
    facilities: Facility[],
    rules: Rule[],
    statuses: FacilityStatus[],
    onProgress?: (fraction: number) => void,
  ): Promise<EvaluateOutcome> {
    const sendZones = this.workerZonesVersion !== zonesVersion;
    this.workerZonesVersion = zonesVersion;
    const body: Body<'evaluate'> = { type: 'evaluate', zonesVersion, facilities, rules, statuses };
    if (sendZones) body.zones = zones;
    let res = await this.request(body, onProgress, true);
    if (res.type === 'needZones') res = await this.request({ ...body, zones }, onProgress, true);
    if (res.type !== 'evaluate' || res.id !== this.latestEvaluateId) return { ok: false, stale: true };
    return res.reply;
  }

  /**
   * Evaluates facility sets A and B and compares them (`compareEvaluations`) in the worker, on a
   * model separate from `evaluate`'s, so neither supersedes the other. A comparison superseded by
   * a newer one resolves as `{ ok: false, stale: true }`.
   */
  async compare(input: CompareInput, onProgress?: (fraction: number) => void): Promise<CompareOutcome> {
    const { zones, ...rest } = input;
    if (this.compareZonesSent !== zones) {
      this.compareZonesSent = zones;
      this.compareZonesKey += 1;
    }
    const body: Body<'compare'> = { type: 'compare', zonesKey: this.compareZonesKey, ...rest };
    const first = this.compareZonesKey !== this.compareZonesKeySent ? { ...body, zones } : body;
    this.compareZonesKeySent = this.compareZonesKey;
    this.latestCompareId = this.nextId;
    let res = await this.request(first, onProgress);
    if (res.type === 'needZones') {
      this.latestCompareId = this.nextId;
      res = await this.request({ ...body, zones }, onProgress);
    }
    if (res.type === 'evaluate' && !res.reply.ok) return res.reply;
    if (res.type !== 'compare' || res.id !== this.latestCompareId) return { ok: false, stale: true };
    return res.reply;
  }

  /** The id the next evaluation will get; results of older ids are stale. */
  get latestRequestId(): number {
    return this.latestEvaluateId;
  }

  terminate(): void {
    this.worker.terminate();
  }

  private request(
    body: AnyBody,
    onProgress?: (fraction: number) => void,
    isEvaluate = false,
  ): Promise<WorkerResponse> {
    const id = this.nextId++;
    if (isEvaluate) this.latestEvaluateId = id;
    return new Promise((resolve) => {
      this.pending.set(id, onProgress ? { resolve, onProgress } : { resolve });
      const message: WorkerRequest = { ...body, id };
      this.worker.postMessage(message);
    });
  }

  /** A crashed or unloadable worker: every waiting request resolves as a failure, none hangs. */
  private failAll(error: string): void {
    for (const [id, p] of this.pending) p.resolve({ type: 'evaluate', id, reply: { ok: false, error } });
    this.pending.clear();
    this.workerZonesVersion = -1;
    this.compareZonesKeySent = -1;
  }

  private receive(msg: WorkerResponse): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    if (msg.type === 'progress') {
      if (msg.id === this.latestEvaluateId || msg.id === this.latestCompareId) p.onProgress?.(msg.fraction);
      return;
    }
    this.pending.delete(msg.id);
    p.resolve(msg);
  }
}
