import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { quickXorHash } from "../../functions/src/documents/quick-xor-hash.js";

/**
 * SharePoint's document libraries as Microsoft Graph documents them, for the endpoints the
 * library adapter calls (paths, status codes, error bodies, `Retry-After`, eTags, upload
 * sessions):
 *
 * - `GET /sites/{hostname}:/{path}` (403 when the site is not granted to the app, Sites.Selected),
 *   `GET /sites/{id}/drives`, `GET /drives/{id}/list`
 * - `GET|POST /sites/{id}/lists/{list}/columns` (409 for a name taken; 403 to create one without the `manage` role)
 * - `GET /drives/{d}/root:/{name}`, `GET /drives/{d}/items/{id}` (`$expand=listItem($expand=fields)`)
 * - `PUT /drives/{d}/root:/{name}:/content` (at most 4 MiB; a taken name gets a new version)
 * - `POST /drives/{d}/root:/{name}:/createUploadSession` → an upload URL on another origin that
 *   refuses an Authorization header, takes fragments in order (multiples of 320 KiB but the
 *   last; 416 out of order), answers 202 with `nextExpectedRanges`, 201 with the item at the
 *   end, `GET` for the session's state, and 404 once the session expired
 * - `GET /drives/{d}/items/{id}/listItem`, `PATCH …/listItem/fields` with `If-Match` (412 when
 *   stale; 400 for a column the list does not have); a change of fields is a new version
 * - `GET …/versions`, `GET …/content` and `…/versions/{label}/content` (302 to a download URL
 *   on the other origin, which refuses an Authorization header)
 */
interface Version {
  readonly label: string;
  readonly content: Buffer;
  readonly modified: string;
}

interface Item {
  readonly id: string;
  readonly name: string;
  versions: Version[];
  fields: Record<string, unknown>;
  etagSerial: number;
}

interface Drive {
  readonly id: string;
  readonly name: string;
  readonly listId: string;
  /** Column name → kind; a library starts with Title. */
  readonly columns: Map<string, "text" | "date" | "number">;
  readonly items: Map<string, Item>;
}

interface Site {
  readonly id: string;
  readonly tenantId: string;
  readonly hostname: string;
  readonly path: string;
  readonly displayName: string;
  /** Sites.Selected: the app reads only sites granted to it. */
  granted: boolean;
  /** The role granted: `write` files and sets fields; creating a list's columns takes `manage`. */
  role: "write" | "manage";
  readonly drives: Drive[];
}

interface Session {
  readonly id: string;
  readonly tenantId: string;
  readonly drive: Drive;
  readonly name: string;
  received: Buffer[];
  next: number;
  expiresAt: number;
}

export interface UploadFault {
  /** 404: the session expires now (Graph forgets it). */
  readonly status: 404 | 500 | 503 | 429;
  readonly retryAfter?: number;
  /** Drop the connection instead of answering, after the fragment was stored (a lost answer). */
  readonly storeThenDrop?: boolean;
}

export interface Answer {
  readonly status: number;
  readonly body?: unknown;
  readonly raw?: Buffer;
  readonly headers?: Record<string, string>;
}

const simpleLimit = 4 * 1024 * 1024;
const fragmentUnit = 327_680;
const sessionLifetimeMs = 15 * 60 * 1000;

const graphError = (status: number, code: string, message: string, headers: Record<string, string> = {}): Answer => ({
  status,
  body: { error: { code, message, innerError: { "request-id": "stand-in" } } },
  headers,
});

export function createSharePointStandIn() {
  const sites: Site[] = [];
  const sessions = new Map<string, Session>();
  const downloads = new Map<string, Buffer>();
  const uploadFaults: UploadFault[] = [];
  const uploadCalls: { method: string; range: string | undefined; authorization: string | undefined; status: number }[] = [];
  /** Set to make the next PATCH of fields meet an item someone else just changed (412, then fine). */
  const state = { staleNextPatch: false, now: () => Date.now() };
  let otherOrigin = "";

  const etagOf = (item: Item) => `"${item.id},${item.etagSerial}"`;
  const currentOf = (item: Item) => item.versions.at(-1) as Version;

  function fieldsOf(drive: Drive, item: Item): Record<string, unknown> {
    const out: Record<string, unknown> = { "@odata.etag": etagOf(item), _UIVersionString: currentOf(item).label };
    for (const [name, value] of Object.entries(item.fields)) {
      const kind = drive.columns.get(name);
      out[name] = kind === "date" && typeof value === "string" ? `${value.slice(0, 10)}T00:00:00Z` : value;
    }
    return out;
  }

  function driveItem(site: Site, drive: Drive, item: Item, expandFields: boolean) {
    const current = currentOf(item);
    return {
      id: item.id,
      name: item.name,
      size: current.content.length,
      eTag: etagOf(item),
      webUrl: `https://${site.hostname}${site.path}/${encodeURIComponent(drive.name)}/${encodeURIComponent(item.name)}`,
      file: { mimeType: "application/octet-stream", hashes: { quickXorHash: quickXorHash(current.content) } },
      ...(expandFields ? { listItem: { id: item.id, eTag: etagOf(item), fields: fieldsOf(drive, item) } } : {}),
    };
  }

  /** A new item, or the next major version of the item of that name. */
  function store(drive: Drive, name: string, content: Buffer): { item: Item; created: boolean } {
    const existing = [...drive.items.values()].find((i) => i.name === name);
    const modified = new Date(state.now()).toISOString();
    if (existing) {
      existing.versions.push({ label: `${existing.versions.length + 1}.0`, content, modified });
      existing.etagSerial++;
      return { item: existing, created: false };
    }
    const item: Item = {
      id: `01${randomUUID().replace(/-/g, "").toUpperCase()}`,
      name,
      versions: [{ label: "1.0", content, modified }],
      fields: { Title: null },
      etagSerial: 1,
    };
    drive.items.set(item.id, item);
    return { item, created: true };
  }

  const findSite = (tenantId: string, id: string) => sites.find((s) => s.id === id && s.tenantId === tenantId && s.granted);
  function findDrive(tenantId: string, driveId: string): { site: Site; drive: Drive } | null {
    for (const site of sites) {
      if (site.tenantId !== tenantId || !site.granted) continue;
      const drive = site.drives.find((d) => d.id === driveId);
      if (drive) return { site, drive };
    }
    return null;
  }

  function downloadOf(content: Buffer): Answer {
    const token = randomUUID();
    downloads.set(token, content);
    return { status: 302, headers: { Location: `${otherOrigin}/download/${token}` } };
  }

  /** The Graph endpoints; null when the path is not SharePoint's. */
  function handle(method: string, url: URL, tenantId: string, headers: IncomingMessage["headers"], raw: Buffer): Answer | null {
    const path = decodeURIComponent(url.pathname.replace(/^\/v1\.0/, ""));
    const json = () => JSON.parse(raw.toString("utf8") || "null") as Record<string, unknown>;
    const expand = (url.searchParams.get("$expand") ?? "").includes("fields");

    let m = path.match(/^\/sites\/([^/:]+):(\/.*)?$/);
    if (m && method === "GET") {
      const site = sites.find((s) => s.hostname === m?.[1] && s.path === (m?.[2] ?? "").replace(/\/$/, "") && s.tenantId === tenantId);
      if (!site) return graphError(404, "itemNotFound", "Requested site could not be found");
      if (!site.granted) return graphError(403, "accessDenied", "Access denied");
      return { status: 200, body: { id: site.id, displayName: site.displayName, webUrl: `https://${site.hostname}${site.path}` } };
    }
    m = path.match(/^\/sites\/([^/]+)\/drives$/);
    if (m && method === "GET") {
      const site = findSite(tenantId, m[1] ?? "");
      if (!site) return graphError(404, "itemNotFound", "Requested site could not be found");
      return {
        status: 200,
        body: {
          value: site.drives.map((d) => ({
            id: d.id,
            name: d.name,
            driveType: "documentLibrary",
            webUrl: `https://${site.hostname}${site.path}/${encodeURIComponent(d.name)}`,
          })),
        },
      };
    }
    m = path.match(/^\/sites\/([^/]+)\/lists\/([^/]+)\/columns$/);
    if (m) {
      const site = findSite(tenantId, m[1] ?? "");
      const drive = site?.drives.find((d) => d.listId === m?.[2]);
      if (!drive) return graphError(404, "itemNotFound", "The list was not found.");
      if (method === "GET") return { status: 200, body: { value: [...drive.columns.keys()].map((name) => ({ name })) } };
      if (method === "POST") {
        const b = json();
        const name = String(b.name ?? "");
        const kind = b.text ? "text" : b.dateTime ? "date" : b.number ? "number" : null;
        if (!name || !kind) return graphError(400, "invalidRequest", "A column needs a name and a type.");
        if (site?.role !== "manage")
          return graphError(403, "accessDenied", "Access denied. You do not have permission to perform this action.");
        if (drive.columns.has(name)) return graphError(409, "nameAlreadyExists", `A column named ${name} already exists.`);
        drive.columns.set(name, kind);
        return { status: 201, body: { id: randomUUID(), name, displayName: b.displayName } };
      }
    }
    m = path.match(/^\/drives\/([^/]+)\/(.*)$/);
    if (!m) return null;
    const found = findDrive(tenantId, m[1] ?? "");
    if (!found) return graphError(404, "itemNotFound", "The drive was not found.");
    const { site, drive } = found;
    const rest = m[2] ?? "";

    if (rest === "list" && method === "GET") return { status: 200, body: { id: drive.listId } };

    m = rest.match(/^root:\/([^:]+):\/(content|createUploadSession)$/);
    if (m) {
      const name = m[1] ?? "";
      if (m[2] === "content" && method === "PUT") {
        if (raw.length > simpleLimit) return graphError(413, "requestBodyTooLarge", "Use an upload session above 4 MB.");
        const { item, created } = store(drive, name, raw);
        return { status: created ? 201 : 200, body: driveItem(site, drive, item, false) };
      }
      if (m[2] === "createUploadSession" && method === "POST") {
        const session: Session = {
          id: randomUUID(),
          tenantId,
          drive,
          name,
          received: [],
          next: 0,
          expiresAt: state.now() + sessionLifetimeMs,
        };
        sessions.set(session.id, session);
        return {
          status: 200,
          body: {
            uploadUrl: `${otherOrigin}/upload/${session.id}?tempauth=stand-in`,
            expirationDateTime: new Date(session.expiresAt).toISOString(),
            nextExpectedRanges: ["0-"],
          },
        };
      }
    }
    m = rest.match(/^root:\/([^:]+)$/);
    if (m && method === "GET") {
      const item = [...drive.items.values()].find((i) => i.name === m?.[1]);
      return item
        ? { status: 200, body: driveItem(site, drive, item, expand) }
        : graphError(404, "itemNotFound", "The resource could not be found.");
    }
    m = rest.match(/^items\/([^/]+)(\/.*)?$/);
    if (!m) return graphError(400, "invalidRequest", `Unsupported segment ${rest}`);
    const item = drive.items.get(m[1] ?? "");
    if (!item) return graphError(404, "itemNotFound", "The resource could not be found.");
    const sub = m[2] ?? "";
    if (sub === "" && method === "GET") return { status: 200, body: driveItem(site, drive, item, expand) };
    if (sub === "/listItem" && method === "GET")
      return { status: 200, body: { id: item.id, eTag: etagOf(item), fields: fieldsOf(drive, item) } };
    if (sub === "/listItem/fields" && method === "PATCH") {
      if (state.staleNextPatch) {
        state.staleNextPatch = false;
        item.etagSerial++;
      }
      const ifMatch = headers["if-match"];
      if (ifMatch !== undefined && ifMatch !== "*" && ifMatch !== etagOf(item)) {
        return graphError(412, "resourceModified", "The resource has changed since the caller last read it; usually an eTag mismatch");
      }
      const b = json();
      const unknown = Object.keys(b).filter((k) => !drive.columns.has(k));
      if (unknown.length > 0) return graphError(400, "invalidRequest", `Field '${unknown[0]}' is not recognized`);
      item.fields = { ...item.fields, ...b };
      const current = currentOf(item);
      item.versions.push({
        label: `${item.versions.length + 1}.0`,
        content: current.content,
        modified: new Date(state.now()).toISOString(),
      });
      item.etagSerial++;
      return { status: 200, body: fieldsOf(drive, item) };
    }
    if (sub === "/versions" && method === "GET") {
      return {
        status: 200,
        body: {
          value: [...item.versions].reverse().map((v) => ({ id: v.label, lastModifiedDateTime: v.modified, size: v.content.length })),
        },
      };
    }
    if (sub === "/content" && method === "GET") return downloadOf(currentOf(item).content);
    m = sub.match(/^\/versions\/([^/]+)\/content$/);
    if (m && method === "GET") {
      const version = item.versions.find((v) => v.label === m?.[1]);
      return version ? downloadOf(version.content) : graphError(404, "itemNotFound", "The version was not found.");
    }
    return graphError(405, "invalidRequest", "Method not allowed.");
  }

  /** The other origin: upload sessions and downloads, both pre-authenticated and refusing a bearer token. */
  function other(req: IncomingMessage, res: ServerResponse, raw: Buffer): unknown {
    const url = new URL(req.url ?? "/", "http://stand-in");
    const send = (a: Answer) => {
      uploadCalls.push({
        method: req.method ?? "",
        range: req.headers["content-range"],
        authorization: req.headers.authorization,
        status: a.status,
      });
      res.writeHead(a.status, {
        ...(a.raw ? { "content-type": "application/octet-stream" } : a.body === undefined ? {} : { "content-type": "application/json" }),
        ...a.headers,
      });
      res.end(a.raw ?? (a.body === undefined ? undefined : JSON.stringify(a.body)));
    };
    if (req.headers.authorization)
      return send(graphError(401, "unauthenticated", "Do not send an Authorization header to a pre-authenticated URL."));
    const download = url.pathname.match(/^\/download\/(.+)$/);
    if (download && req.method === "GET") {
      const content = downloads.get(download[1] ?? "");
      return send(content ? { status: 200, raw: content } : graphError(404, "itemNotFound", "Expired download URL."));
    }
    const upload = url.pathname.match(/^\/upload\/([^/]+)$/);
    const session = upload ? sessions.get(upload[1] ?? "") : undefined;
    if (!session || session.expiresAt < state.now()) return send(graphError(404, "itemNotFound", "The upload session was not found."));
    const stateOf = () => ({ expirationDateTime: new Date(session.expiresAt).toISOString(), nextExpectedRanges: [`${session.next}-`] });
    if (req.method === "GET") return send({ status: 200, body: stateOf() });
    if (req.method !== "PUT") return send(graphError(405, "invalidRequest", "Method not allowed."));
    const range = req.headers["content-range"]?.match(/^bytes (\d+)-(\d+)\/(\d+)$/);
    if (!range) return send(graphError(400, "invalidRange", "Content-Range is required."));
    const [start, end, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
    if (end - start + 1 !== raw.length) return send(graphError(400, "invalidRange", "Content-Range does not match the body."));
    if (end + 1 < total && raw.length % fragmentUnit !== 0)
      return send(graphError(400, "invalidRange", "Fragments must be multiples of 320 KiB."));
    if (start !== session.next) return send(graphError(416, "invalidRange", "The fragment overlaps or skips a range."));
    const fault = uploadFaults.shift();
    if (fault?.status === 404) {
      session.expiresAt = 0;
      return send(graphError(404, "itemNotFound", "The upload session was not found."));
    }
    if (fault && !fault.storeThenDrop) {
      return send(
        graphError(
          fault.status,
          fault.status === 429 ? "tooManyRequests" : "serviceNotAvailable",
          "Injected fault.",
          fault.retryAfter === undefined ? {} : { "Retry-After": String(fault.retryAfter) },
        ),
      );
    }
    session.received.push(raw);
    session.next = end + 1;
    if (fault?.storeThenDrop) {
      uploadCalls.push({ method: "PUT", range: req.headers["content-range"], authorization: undefined, status: 0 });
      req.socket.destroy();
      return;
    }
    if (session.next < total) return send({ status: 202, body: stateOf() });
    sessions.delete(session.id);
    const { item, created } = store(session.drive, session.name, Buffer.concat(session.received));
    const site = sites.find((s) => s.drives.includes(session.drive)) as Site;
    return send({ status: created ? 201 : 200, body: driveItem(site, session.drive, item, false) });
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => other(req, res, Buffer.concat(chunks)));
  });

  return {
    sites,
    uploadFaults,
    uploadCalls,
    state,
    handle,
    /** A site with libraries, granted to the app unless told otherwise. */
    addSite(tenantId: string, siteUrl: string, libraries: readonly string[], granted = true, role: Site["role"] = "manage"): Site {
      const url = new URL(siteUrl);
      const site: Site = {
        id: `${url.hostname},${randomUUID()},${randomUUID()}`,
        tenantId,
        hostname: url.hostname,
        path: url.pathname.replace(/\/$/, ""),
        displayName: url.pathname.split("/").filter(Boolean).at(-1) ?? url.hostname,
        granted,
        role,
        drives: libraries.map((name) => ({
          id: `b!${randomUUID().replace(/-/g, "")}`,
          name,
          listId: randomUUID(),
          columns: new Map([["Title", "text" as const]]),
          items: new Map(),
        })),
      };
      sites.push(site);
      return site;
    },
    /** Every open upload session expires now. */
    expireSessions() {
      for (const s of sessions.values()) s.expiresAt = 0;
    },
    async start(): Promise<void> {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      otherOrigin = `http://localhost:${(server.address() as AddressInfo).port}`;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SharePointStandIn = ReturnType<typeof createSharePointStandIn>;
