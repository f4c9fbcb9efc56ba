import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { CosmosClient, type CosmosClientOptions, type PluginConfig } from "@azure/cosmos";
import { createHttpServer } from "@vercel/cosmosdb-server";

export interface CosmosStandIn {
  readonly endpoint: string;
  readonly key: string;
  /** A client for the stand-in; `plugins` lets tests count or inspect requests. */
  client(plugins?: PluginConfig[]): CosmosClient;
  close(): Promise<void>;
}

/** Starts `@vercel/cosmosdb-server` in this process, on loopback, on a free port. */
export async function startCosmosStandIn(): Promise<CosmosStandIn> {
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
