import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { CosmosClient, type CosmosClientOptions, type PluginConfig } from "@azure/cosmos";
import { createHttpServer } from "@vercel/cosmosdb-server";

type CompiledQuery = { readonly code: string };
const requireFromHere = createRequire(__filename);

/**
 * The stand-in's query compiler (`@zeit/cosmosdb-query`) starts every query with
 * `coll.reduce(($, c) => typeof c !== "undefined" ? [...$, { c: c }] : $, [])`, which copies
 * the array once per document: quadratic, 15 s for 40,000 documents. This rewrites that
 * one step of the generated code into the linear `filter().map()` with the same result and
 * order. Local runtime only; `stand-in-queries.test.ts` keeps it honest.
 */
export function makeStandInQueriesLinear(): void {
  const compile = requireFromHere("@zeit/cosmosdb-query").default as (q: string) => CompiledQuery;
  const prototype = Object.getPrototypeOf(compile("SELECT * FROM c")) as object;
  const original = Object.getOwnPropertyDescriptor(prototype, "code");
  if (!original?.get || (original.get as { linear?: boolean }).linear) return;
  const originalGet = original.get;
  const linearGet = function (this: CompiledQuery): string {
    const code = originalGet.call(this) as string;
    return code.replace(
      /\$c\.reduce\(\(\$, (\w+)\) => typeof \1 !== "undefined" \? \[\.\.\.\$, \{\s*(\w+): \1\s*\}\] : \$, \[\]\)/g,
      '$$c.filter(($1) => typeof $1 !== "undefined").map(($1) => ({ $2: $1 }))',
    );
  };
  Object.defineProperty(linearGet, "linear", { value: true });
  Object.defineProperty(prototype, "code", { ...original, get: linearGet });
}

/** The partition key a stand-in request names (`x-ms-documentdb-partitionkey`), for the query patch below. */
const requestPartition = new AsyncLocalStorage<unknown>();

interface StandInItems {
  _data: Map<string, { read(): unknown }>;
  _getPartition(doc: unknown): unknown;
  query(params: unknown, options: unknown): unknown;
}

/**
 * The stand-in evaluates a query over every document of the container, whatever partition
 * the request names; Cosmos DB scopes a query with a partition key to that partition. This
 * scopes the stand-in's queries the same way (queries without a partition key, the
 * cross-partition ones, are left alone): closer to Cosmos DB, and a scan of one tenant
 * instead of all. The API's own tenant filters stay (in the query text and on the rows),
 * so nothing leans on this. Local runtime only; `stand-in-queries.test.ts` keeps it honest.
 */
export function scopeStandInQueriesToPartition(): void {
  const Items = (requireFromHere("@vercel/cosmosdb-server/lib/account/items") as { default: { prototype: StandInItems } }).default;
  const prototype = Items.prototype as StandInItems & { partitionScoped?: boolean };
  if (prototype.partitionScoped) return;
  const original = prototype.query;
  prototype.query = function (this: StandInItems, params, options) {
    const key = requestPartition.getStore();
    if (key === undefined) return original.call(this, params, options);
    const all = this._data;
    this._data = new Map([...all].filter(([, item]) => this._getPartition(item.read()) === key));
    try {
      return original.call(this, params, options);
    } finally {
      this._data = all;
    }
  };
  prototype.partitionScoped = true;
}

/** The single partition key value a request names, if it names exactly one. */
function partitionOf(header: string | string[] | undefined): unknown {
  if (typeof header !== "string") return undefined;
  try {
    const parsed = JSON.parse(header) as unknown;
    return Array.isArray(parsed) && parsed.length === 1 ? parsed[0] : undefined;
  } catch {
    return undefined;
  }
}

export interface CosmosStandIn {
  readonly endpoint: string;
  readonly key: string;
  /** A client for the stand-in; `plugins` lets tests count or inspect requests. */
  client(plugins?: PluginConfig[]): CosmosClient;
  close(): Promise<void>;
}

/** Starts `@vercel/cosmosdb-server` in this process, on loopback, on a free port. */
export async function startCosmosStandIn(): Promise<CosmosStandIn> {
  makeStandInQueriesLinear();
  scopeStandInQueriesToPartition();
  const server = createHttpServer({ keepAlive: true });
  // Every request runs knowing the partition it names, for the query scope above.
  for (const listener of server.listeners("request") as ((req: IncomingMessage, res: ServerResponse) => void)[]) {
    server.removeListener("request", listener);
    server.on("request", (req: IncomingMessage, res: ServerResponse) =>
      requestPartition.run(partitionOf(req.headers["x-ms-documentdb-partitionkey"]), () => listener(req, res)),
    );
  }
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const key = randomBytes(32).toString("base64");
  return {
    endpoint,
    key,
    client: (plugins) => {
      const options: CosmosClientOptions & { plugins?: PluginConfig[] } = {
        endpoint,
        key,
        // The stand-in advertises https locations it does not serve: use the given endpoint.
        connectionPolicy: { enableEndpointDiscovery: false },
        // `plugins` is the SDK's (hidden) request hook: tests and the bench count and inspect requests.
        ...(plugins ? { plugins } : {}),
      };
      return new CosmosClient(options);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
