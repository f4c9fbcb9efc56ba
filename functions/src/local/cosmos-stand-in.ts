import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { CosmosClient, type CosmosClientOptions, type PluginConfig } from "@azure/cosmos";
import { createHttpServer } from "@vercel/cosmosdb-server";
import type { Journal } from "./journal.js";

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

/** The journal of the stand-in whose request is being handled (several can run in one process: tests). */
const journalOfRequest = new AsyncLocalStorage<Journal>();
const systemFields = new Set(["_rid", "_self", "_etag", "_ts", "_attachments"]);

interface StandInDocuments {
  _parent: { read(): { id: string } | undefined };
  _item(keyPath: string, value: unknown, partition: unknown): { read(): Record<string, unknown> | undefined };
  _getPartition(data: Record<string, unknown>): unknown;
  _set(data: Record<string, unknown>): Record<string, unknown>;
  delete(idOrRid: string, partition: unknown): void;
}

/**
 * Every change the stand-in makes to a document goes through `Documents#_set` (create,
 * replace, upsert, patch, each operation of a batch) or `Documents#delete`: both are
 * wrapped once per process to record the change in the journal of the stand-in handling
 * the request, in the order the changes are made. Local runtime only; the crash test in
 * tests/integration/durability.test.ts keeps it honest.
 */
function journalStandInWrites(): void {
  const Documents = requireFromHere("@vercel/cosmosdb-server/lib/account/documents").default as { prototype: StandInDocuments };
  const proto = Documents.prototype;
  if ((proto._set as { journaled?: boolean }).journaled) return;
  const set = proto._set;
  const remove = proto.delete;
  const partitionOf = (self: StandInDocuments, doc: Record<string, unknown>) => JSON.stringify(self._getPartition(doc) ?? null);
  const journaledSet = function (this: StandInDocuments, data: Record<string, unknown>) {
    const written = set.call(this, data);
    const journal = journalOfRequest.getStore();
    if (journal) {
      const d = Object.fromEntries(Object.entries(written).filter(([k]) => !systemFields.has(k)));
      journal.record({ c: this._parent.read()?.id ?? "", k: partitionOf(this, written), d });
    }
    return written;
  };
  Object.defineProperty(journaledSet, "journaled", { value: true });
  proto._set = journaledSet;
  proto.delete = function (this: StandInDocuments, idOrRid: string, partition: unknown) {
    const doc = this._item("/id", idOrRid, partition).read();
    remove.call(this, idOrRid, partition);
    const journal = journalOfRequest.getStore();
    if (journal && doc) journal.record({ c: this._parent.read()?.id ?? "", k: partitionOf(this, doc), x: String(doc.id) });
  };
}

/**
 * Serves each request in its journal's context and holds every answer until what the
 * journal has recorded is durable: no client hears of a write that a crash could lose.
 */
function answerWhenDurable(server: ReturnType<typeof createHttpServer>, journal: Journal): void {
  const [handle] = server.listeners("request") as ((req: IncomingMessage, res: ServerResponse) => void)[];
  if (!handle) throw new Error("the Cosmos stand-in has no request handler");
  server.removeAllListeners("request");
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((...args: unknown[]) => {
      if (!journal.pending) return end(...args);
      journal.durable().then(
        () => end(...args),
        () => res.destroy(),
      );
      return res;
    }) as ServerResponse["end"];
    journalOfRequest.run(journal, () => handle(req, res));
  });
}

export interface CosmosStandIn {
  readonly endpoint: string;
  readonly key: string;
  /** A client for the stand-in; `plugins` lets tests count or inspect requests. */
  client(plugins?: PluginConfig[]): CosmosClient;
  close(): Promise<void>;
}

/**
 * Starts `@vercel/cosmosdb-server` in this process, on loopback, on a free port; with a
 * journal, every change is written ahead of its answer.
 */
export async function startCosmosStandIn(options: { journal?: Journal } = {}): Promise<CosmosStandIn> {
  makeStandInQueriesLinear();
  const server = createHttpServer({ keepAlive: true });
  if (options.journal) {
    journalStandInWrites();
    answerWhenDurable(server, options.journal);
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
