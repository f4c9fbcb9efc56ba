import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import data from "../../functions/src/local/fixtures/kolada-v3-data-U21468.json" with { type: "json" };
import catalogue from "../../functions/src/local/fixtures/kolada-v3-kpi-catalogue.json" with { type: "json" };

/** How the stand-in answers: as Kolada does, down (503), refusing (400), or paging to another host. */
export type KoladaMode = "ok" | "down" | "refuse" | "elsewhere";

export interface KoladaStandIn {
  readonly url: string;
  /** Every request's path and query, in order. */
  readonly requests: string[];
  readonly mode: { value: KoladaMode };
  close(): Promise<void>;
}

/**
 * Kolada's open API v3 on a local port, from the recorded fixtures: `/data/…` in two pages
 * (as the real API pages long answers), `/kpi?title=` searching the catalogue by title, and
 * `/kpi/{id}`.
 */
export async function startKoladaStandIn(): Promise<KoladaStandIn> {
  const requests: string[] = [];
  const mode: { value: KoladaMode } = { value: "ok" };
  const half = Math.ceil(data.values.length / 2);
  const json = (res: import("node:http").ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? "");
    const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
    if (mode.value === "down") return res.writeHead(503).end();
    if (mode.value === "refuse") return json(res, 400, { error: "Invalid kpi id" });
    const kpi = /^\/v3\/kpi(?:\/([^/]+))?$/.exec(url.pathname);
    if (kpi) {
      if (kpi[1]) {
        const row = catalogue.values.find((v) => v.id === kpi[1]);
        return row ? json(res, 200, { count: 1, values: [row] }) : json(res, 404, { error: "Not found" });
      }
      const title = (url.searchParams.get("title") ?? "").toLocaleLowerCase("sv");
      const perPage = Number(url.searchParams.get("per_page") ?? "5000");
      const hits = catalogue.values.filter((v) => v.title.toLocaleLowerCase("sv").includes(title));
      return json(res, 200, { count: hits.length, values: hits.slice(0, perPage), next_url: null });
    }
    const second = url.searchParams.has("page");
    json(res, 200, {
      count: data.values.length,
      values: second ? data.values.slice(half) : data.values.slice(0, half),
      next_page: second ? null : mode.value === "elsewhere" ? "https://evil.example/v3/next" : `${url.origin}${url.pathname}?page=2`,
      previous_page: null,
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v3`,
    requests,
    mode,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
