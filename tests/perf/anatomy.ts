// Where an API request's time and reads go: our own code against the store's, and the
// documents and bytes read from the store against those returned to the client.
import type { PluginConfig } from "@azure/cosmos";

/** One request the Cosmos SDK sent: when, and what came back. */
export interface StoreCall {
  readonly path: string;
  readonly queryPlan: boolean;
  readonly start: number;
  end: number;
  /** What came back, kept while `detailed()` says so and counted after the request (`readOf`). */
  result?: unknown;
}

/** The documents in one store response: a query page's `Documents`, or the one document read or written. */
export function documentsIn(result: unknown): number {
  if (Array.isArray(result)) return result.length;
  if (result && typeof result === "object") {
    const documents = (result as { Documents?: unknown }).Documents;
    if (Array.isArray(documents)) return documents.length;
    if (typeof (result as { id?: unknown }).id === "string") return 1;
  }
  return 0;
}

/**
 * A request plugin for the SDK that records every call into `calls`, and keeps what came
 * back while `detailed()` says so (the anatomy runs) to be counted after the request.
 */
export function storeRecorder(calls: StoreCall[], detailed: () => boolean = () => true): PluginConfig {
  return {
    on: "request",
    plugin: async (context, _node, next) => {
      const c = context as unknown as { path: string; headers?: Record<string, unknown> };
      const call: StoreCall = {
        path: c.path,
        queryPlan: c.headers?.["x-ms-cosmos-is-query-plan-request"] !== undefined,
        start: performance.now(),
        end: 0,
      };
      calls.push(call);
      try {
        const response = await next(context);
        // Kept, not counted here: counting is the bench's work and must not fall in the request's time.
        if (detailed()) call.result = response.result;
        return response;
      } finally {
        call.end = performance.now();
      }
    },
  };
}

/**
 * Milliseconds during which at least one store call was outstanding (parallel calls count
 * once), within `window` when given: work a handler leaves running after it answers (a
 * cache refreshed in the background) is not the request's.
 */
export function awaitingStore(calls: readonly StoreCall[], window?: { readonly start: number; readonly end: number }): number {
  const clipped = window
    ? calls.flatMap((c) => {
        const start = Math.max(c.start, window.start);
        const end = Math.min(c.end, window.end);
        return end > start ? [{ ...c, start, end }] : [];
      })
    : calls;
  const sorted = [...clipped].sort((a, b) => a.start - b.start);
  let total = 0;
  let from = -1;
  let to = -1;
  for (const c of sorted) {
    if (c.start > to) {
      total += to - from;
      from = c.start;
      to = c.end;
    } else to = Math.max(to, c.end);
  }
  return sorted.length === 0 ? 0 : total + (to - from);
}

/** Objects carrying an `id` in a JSON answer: the records (goals, units, documents…) it returns. */
export function recordsIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + recordsIn(v), 0);
  if (!value || typeof value !== "object") return 0;
  const own = typeof (value as { id?: unknown }).id === "string" ? 1 : 0;
  return own + Object.values(value).reduce((n: number, v) => n + recordsIn(v), 0);
}

/** The documents and bytes the store sent for the calls, counted after the request. */
export function readOf(calls: readonly StoreCall[]): { docs: number; bytes: number } {
  return calls.reduce(
    (n, c) => ({
      docs: n.docs + documentsIn(c.result),
      bytes: n.bytes + (c.result === undefined ? 0 : Buffer.byteLength(JSON.stringify(c.result))),
    }),
    { docs: 0, bytes: 0 },
  );
}
