import type { CoordinateFix } from '../engine/crs/index.ts';
import type {
  ConvertReply,
  ExportReply,
  ExportRequestBody,
  FileInput,
  IoRequest,
  IoResponse,
  LayerSummary,
  ReadFileOptions,
  TableSummary,
} from './io_messages.ts';

type ConvertBody = Omit<Extract<IoRequest, { type: 'convertLayer' }>, 'type' | 'id'>;
type Message = IoResponse | { type: 'progress'; id: number; fraction: number };
type AnyIoBody = IoRequest extends infer R ? (R extends IoRequest ? Omit<R, 'id'> : never) : never;

interface Pending {
  resolve: (msg: IoResponse | null) => void;
  onProgress?: (fraction: number) => void;
}

const WORKER_FAILED = {
  zh: '后台计算线程出错，请重新打开页面后再试。',
  en: 'the background worker failed; reload the page and try again.',
};

/**
 * Typed client for the import/export messages of the engine worker (worker/io_bridge.ts). It runs
 * its own worker instance of the same script, so reading a large file never delays an evaluation.
 * Every method resolves (never rejects): a crashed worker gives a failure reply.
 *
 * @example const s = await new IoClient().readFile({ name: 'a.csv', bytes }, { crs: 'gcj02' });
 */
export class IoClient {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(worker?: Worker) {
    this.worker = worker ?? new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<Message>) => this.receive(event.data);
    this.worker.onerror = () => {
      for (const p of this.pending.values()) p.resolve(null);
      this.pending.clear();
    };
  }

  /** Reads a file (or Shapefile parts) into the worker and returns a summary; bytes are transferred. */
  async readFile(
    file: FileInput,
    options: ReadFileOptions,
    onProgress?: (fraction: number) => void,
  ): Promise<LayerSummary> {
    const transfer = 'bytes' in file ? [file.bytes] : Object.values(file.parts);
    const res = await this.request({ type: 'readFile', file, options }, transfer, onProgress);
    if (res?.type === 'readFile') return res.reply;
    return {
      handle: -1,
      ok: false,
      fileName: file.name,
      crsFromPrj: false,
      rowsRead: 0,
      featureCount: 0,
      points: 0,
      polygons: 0,
      others: 0,
      skipped: [],
      columns: [],
      values: {},
      errors: [WORKER_FAILED],
      warnings: [],
      coordinateIssues: [],
      suggested: 'facilities',
      guessedFields: {},
    };
  }

  /** Applies a one-click coordinate fix to a layer read earlier; null when the layer is gone. */
  async fixCoordinates(handle: number, fix: CoordinateFix): Promise<LayerSummary | null> {
    const res = await this.request({ type: 'fixCoordinates', handle, fix });
    return res?.type === 'fixCoordinates' ? res.reply : null;
  }

  /** Reads a table without coordinates (population by name or code) for a join. */
  async readTable(file: FileInput, sheet?: string): Promise<TableSummary> {
    const transfer = 'bytes' in file ? [file.bytes] : [];
    const res = await this.request({ type: 'readTable', file, ...(sheet ? { sheet } : {}) }, transfer);
    if (res?.type === 'readTable') return res.reply;
    return {
      handle: -1,
      ok: false,
      fileName: file.name,
      rows: 0,
      columns: [],
      guessed: { by: 'name' },
      errors: [WORKER_FAILED],
    };
  }

  /** Converts a read layer into zones and/or facilities with the planner's mapping. */
  async convertLayer(body: ConvertBody): Promise<ConvertReply> {
    const res = await this.request({ type: 'convertLayer', ...body });
    if (res?.type === 'convertLayer') return res.reply;
    return {
      ok: false,
      issues: [{ severity: 'error', message: WORKER_FAILED }],
      outsideZones: [],
      leftOut: [],
    };
  }

  /** Builds an export file of the current results. */
  async exportResults(body: ExportRequestBody): Promise<ExportReply> {
    const res = await this.request({ type: 'exportResults', ...body });
    return res?.type === 'exportResults' ? res.reply : { ok: false, message: WORKER_FAILED };
  }

  terminate(): void {
    this.worker.terminate();
  }

  private request(
    body: AnyIoBody,
    transfer: Transferable[] = [],
    onProgress?: (fraction: number) => void,
  ): Promise<IoResponse | null> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, onProgress ? { resolve, onProgress } : { resolve });
      const message = { ...body, id } as IoRequest;
      try {
        this.worker.postMessage(message, transfer);
      } catch {
        this.pending.delete(id);
        resolve(null);
      }
    });
  }

  private receive(msg: Message): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    if (msg.type === 'progress') {
      p.onProgress?.(msg.fraction);
      return;
    }
    this.pending.delete(msg.id);
    p.resolve(msg);
  }
}

let shared: IoClient | null = null;

/** The app's one import/export client, started on first use. */
export function ioClient(): IoClient {
  shared ??= new IoClient();
  return shared;
}
