import { randomBytes } from "node:crypto";
import type { PluginConfig } from "@azure/cosmos";
import type { DocumentLibrary, NotificationChannel } from "@kvalitetskedjan/domain";
import { afterAll, beforeAll } from "vitest";
import { alvdala, type DemoTenant, pitea } from "../../functions/src/local/demo-data.js";
import { type LocalRuntime, startLocalRuntime } from "../../functions/src/local/local-runtime.js";
import { createTokenForge, entraClaims, type TokenForge } from "../../functions/src/testing/token-forge.js";
import { startKoladaStandIn } from "./kolada-stand-in.js";

/** One Cosmos request as the SDK sends it, for spies and round-trip counts. */
export interface CosmosCall {
  readonly operationType: string;
  readonly resourceType: string;
  readonly path: string;
  readonly query: string | null;
  readonly partitionKey: string | null;
  /** The SDK's query-plan lookup, sent in parallel with each query and used only on error. */
  readonly queryPlan: boolean;
}

export interface Harness {
  readonly runtime: LocalRuntime;
  readonly base: string;
  readonly forge: TokenForge;
  readonly calls: CosmosCall[];
  readonly logs: string[];
  /** Makes every Cosmos request answer 429 while true. */
  throttle: boolean;
  tokenFor(tenant: DemoTenant, personSlugOrId: string): Promise<string>;
  request(
    method: string,
    path: string,
    init?: { token?: string; body?: unknown; rawBody?: string | Uint8Array; headers?: Record<string, string> },
    // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies of every route's shape.
  ): Promise<{ status: number; headers: Headers; json: any }>;
  stop(): Promise<void>;
}

export const personId = (tenant: DemoTenant, slug: string): string => {
  const p = tenant.people.find((x) => x.mail.startsWith(`${slug}@`) || x.id === slug);
  if (!p) throw new Error(`no demo person ${slug} in ${tenant.name}`);
  return p.id;
};

/**
 * Starts the local runtime in this process on the Cosmos stand-in, or on the real
 * account named by COSMOS_ENDPOINT/COSMOS_KEY (a throw-away database per run).
 */
export async function startHarness(
  options: {
    env?: Record<string, string>;
    dataDir?: string;
    clock?: { now(): Date };
    channel?: NotificationChannel;
    library?: DocumentLibrary;
    demoAsOf?: string;
  } = {},
): Promise<Harness> {
  const calls: CosmosCall[] = [];
  const logs: string[] = [];
  const forge = await createTokenForge();
  const state = { throttle: false };
  const spy: PluginConfig = {
    on: "request",
    plugin: async (context, _diagNode, next) => {
      const c = context as unknown as {
        operationType: string;
        resourceType: string;
        path: string;
        body?: unknown;
        headers?: Record<string, unknown>;
      };
      const body = typeof c.body === "string" ? c.body : c.body ? JSON.stringify(c.body) : null;
      const query = body?.includes('"query"') ? (JSON.parse(body) as { query: string }).query : null;
      const pk = c.headers?.["x-ms-documentdb-partitionkey"];
      const queryPlan = c.headers?.["x-ms-cosmos-is-query-plan-request"] !== undefined;
      calls.push({
        operationType: c.operationType,
        resourceType: c.resourceType,
        path: c.path,
        query,
        partitionKey: typeof pk === "string" ? pk : null,
        queryPlan,
      });
      if (state.throttle && c.path.includes("/docs")) {
        throw Object.assign(new Error("Request rate is large"), { code: 429, retryAfterInMs: 5, headers: {} });
      }
      return next(context);
    },
  };
  const real = process.env.COSMOS_ENDPOINT && process.env.COSMOS_KEY;
  // Kolada is never reached from a test: a suite without a stand-in of its own gets one.
  const kolada = options.env?.KOLADA_BASE_URL ? null : await startKoladaStandIn();
  const runtime = await startLocalRuntime({
    tenants: [pitea, alvdala],
    cosmosPlugins: [spy],
    verificationKeys: forge.keys,
    log: (line) => logs.push(line),
    // The suites fire timers themselves, at the times their clocks say; a real-time firing would race them.
    timers: false,
    env: {
      RATE_LIMIT_USER_PER_MINUTE: "100000",
      RATE_LIMIT_TENANT_PER_MINUTE: "1000000",
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: "1000000",
      ...(kolada ? { KOLADA_BASE_URL: kolada.url } : {}),
      ...(real ? { COSMOS_DATABASE: `kktest${randomBytes(4).toString("hex")}` } : {}),
      ...options.env,
    },
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.channel ? { channel: options.channel } : {}),
    ...(options.library ? { library: options.library } : {}),
    ...(options.demoAsOf ? { demoAsOf: options.demoAsOf } : {}),
    ...(real
      ? {
          realCosmos: {
            endpoint: process.env.COSMOS_ENDPOINT as string,
            key: process.env.COSMOS_KEY as string,
            dropDatabaseOnStop: true,
          },
        }
      : {}),
  });
  const base = runtime.url.replace(/\/$/, "");
  const harness: Harness = {
    runtime,
    base,
    forge,
    calls,
    logs,
    get throttle() {
      return state.throttle;
    },
    set throttle(v: boolean) {
      state.throttle = v;
    },
    tokenFor: (tenant, slug) => forge.sign(entraClaims(tenant.id, personId(tenant, slug))),
    async request(method, path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      if (init.token) headers.authorization = `Bearer ${init.token}`;
      let body: string | Uint8Array | undefined = init.rawBody;
      if (init.body !== undefined) {
        body = JSON.stringify(init.body);
        headers["content-type"] ??= "application/json";
      }
      const response = await fetch(`${base}${path}`, { method, headers, ...(body === undefined ? {} : { body: body as BodyInit }) });
      const text = await response.text();
      let json: unknown = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch {
        json = text;
      }
      return { status: response.status, headers: response.headers, json };
    },
    stop: async () => {
      await runtime.stop();
      await kolada?.close();
    },
  };
  return harness;
}

/**
 * Starts a harness before the file's tests and stops it after them. `ctx.h` is the
 * harness and `ctx.admin` a token of Piteå's administrator (Anna Lind).
 */
export function useHarness(options: Parameters<typeof startHarness>[0] = {}): { h: Harness; admin: string } {
  const ctx = {} as { h: Harness; admin: string };
  beforeAll(async () => {
    ctx.h = await startHarness(options);
    ctx.admin = await ctx.h.tokenFor(pitea, "anna.lind");
  });
  afterAll(() => ctx.h?.stop());
  return ctx;
}
