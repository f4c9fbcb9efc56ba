import { randomBytes } from "node:crypto";
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
  const server = createHttpServer({ keepAlive: true });
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
