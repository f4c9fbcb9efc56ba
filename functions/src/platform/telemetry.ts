import { AsyncLocalStorage } from "node:async_hooks";
import type { PluginConfig } from "@azure/cosmos";
import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";

/** What one request cost beyond its own code: Cosmos DB round trips and RU, Graph calls and throttling. */
export interface RequestUsage {
  cosmosRoundTrips: number;
  cosmosRequestCharge: number;
  graphCalls: number;
  graphThrottled: number;
}

const usage = new AsyncLocalStorage<RequestUsage>();

/** The usage of the request this code runs for; undefined outside one (a timer). */
export const currentUsage = (): RequestUsage | undefined => usage.getStore();

const tracer = trace.getTracer("kvalitetskedjan");

/**
 * Counts each request the Cosmos DB SDK sends (query pages and retries each count: they are
 * round trips) and its `x-ms-request-charge`, for the request this code runs for.
 */
export const cosmosUsagePlugin: PluginConfig = {
  on: "request",
  plugin: async (context, _diagnostics, next) => {
    const response = await next(context);
    const counters = usage.getStore();
    if (counters) {
      counters.cosmosRoundTrips++;
      counters.cosmosRequestCharge += Number((response.headers as Record<string, unknown> | undefined)?.["x-ms-request-charge"] ?? 0) || 0;
    }
    return response;
  },
};

/** Counts one Graph attempt (each retry is one) and whether Graph throttled it (429, 503 with Retry-After). */
export function countGraphAttempt(status: number | undefined): void {
  const counters = usage.getStore();
  if (!counters) return;
  counters.graphCalls++;
  if (status === 429 || status === 503) counters.graphThrottled++;
}

export interface RequestSpanSpec {
  readonly name: string;
  readonly method: string;
  /** The route template (`plan-years/{id}/tree`), never the URL: a URL may carry a secret or a person's id. */
  readonly route: string;
}

/**
 * Runs one API request in a server span: the route template, the status, its duration, the
 * Cosmos DB round trips and request charge, the Graph calls and throttling, and the tenant
 * (a municipality, not a person) once the token names it. Nothing else is recorded: no URL,
 * no query, no body, no error message, no user — so no token, name or e-mail address.
 */
export function withRequestSpan<T extends { status?: number }>(
  spec: RequestSpanSpec,
  handle: (setTenant: (tenantId: string) => void) => Promise<T>,
): Promise<T> {
  const counters: RequestUsage = { cosmosRoundTrips: 0, cosmosRequestCharge: 0, graphCalls: 0, graphThrottled: 0 };
  const route = `/api/${spec.route}`;
  return usage.run(counters, () =>
    tracer.startActiveSpan(
      `${spec.method} ${route}`,
      { kind: SpanKind.SERVER, attributes: { "http.request.method": spec.method, "http.route": route, "kk.operation": spec.name } },
      async (span) => {
        let status = 500;
        try {
          const answer = await handle((tenantId) => span.setAttribute("kk.tenant_id", tenantId));
          status = answer.status ?? 200;
          return answer;
        } finally {
          span.setAttributes({
            "http.response.status_code": status,
            "kk.cosmos.round_trips": counters.cosmosRoundTrips,
            "kk.cosmos.request_charge": Math.round(counters.cosmosRequestCharge * 100) / 100,
            "kk.graph.calls": counters.graphCalls,
            "kk.graph.throttled": counters.graphThrottled,
          });
          if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
        }
      },
    ),
  );
}
