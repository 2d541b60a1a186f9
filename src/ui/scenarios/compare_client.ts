import type { EngineClient } from '../../worker/engine_client.ts';

let client: EngineClient | null = null;

/** The engine client comparisons run on (set once by startApp). */
export function setCompareClient(c: EngineClient): void {
  client = c;
}

export function compareClient(): EngineClient | null {
  return client;
}
