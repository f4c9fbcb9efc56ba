import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { TokenCredential } from "@azure/identity";
import type { SharePointStandIn } from "./sharepoint-stand-in.js";

/**
 * A local Microsoft Graph for the endpoints the app calls, answering as Graph documents
 * them: status codes, the `{ error: { code, message } }` body, `Retry-After` on 429/503.
 *
 * - `GET /v1.0/users/{id}/teamwork/installedApps?$expand=teamsApp&$filter=teamsApp/externalId eq '…'`
 * - `POST /v1.0/users/{id}/teamwork/sendActivityNotification` → 204; the activity type must be
 *   one the manifest declares, every template parameter given, a text topic's `webUrl` a
 *   Teams deep link, and the app installed for the person (403 otherwise)
 * - `POST /v1.0/users/{sender}/sendMail` → 202; the sender must be a mailbox of the tenant
 *
 * With `sharePoint`, also the document-library endpoints (`/sites/…`, `/drives/…`) it serves.
 *
 * Every request needs the bearer token `stand-in:{tenantId}` (the test credential's); a user
 * of another tenant is not found. `faults` answers the next requests with an error.
 */
export interface GraphCall {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly authorization: string | undefined;
  // biome-ignore lint/suspicious/noExplicitAny: request bodies of every endpoint's shape.
  readonly body: any;
  readonly status: number;
}

export interface Fault {
  readonly status: 429 | 500 | 503 | 504;
  readonly retryAfter?: number;
  /** Only requests whose path contains this. */
  readonly pathIncludes?: string;
}

export interface GraphStandIn {
  readonly baseUrl: string;
  readonly calls: GraphCall[];
  /** Answered first-in first-out by matching requests. */
  readonly faults: Fault[];
  /** tenantId → user ids in the directory. */
  readonly users: Map<string, Set<string>>;
  /** user ids with the app installed in personal scope. */
  readonly installed: Set<string>;
  /** tenantId → mailboxes the app may send as. */
  readonly mailboxes: Map<string, Set<string>>;
  credentialFor(tenantId: string): TokenCredential;
  stop(): Promise<void>;
}

const manifest = JSON.parse(readFileSync(new URL("../../manifest/template/manifest.json", import.meta.url), "utf8")) as {
  activities: { activityTypes: { type: string; templateText: string }[] };
};
const declared = new Map(manifest.activities.activityTypes.map((a) => [a.type, a.templateText]));

export async function startGraphStandIn(teamsAppId: string, options: { sharePoint?: SharePointStandIn } = {}): Promise<GraphStandIn> {
  const calls: GraphCall[] = [];
  const faults: Fault[] = [];
  const users = new Map<string, Set<string>>();
  const installed = new Set<string>();
  const mailboxes = new Map<string, Set<string>>();

  const tenantOf = (auth: string | undefined): string | null => auth?.match(/^Bearer stand-in:(.+)$/)?.[1] ?? null;

  function answer(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, { ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers });
    res.end(body === undefined ? undefined : JSON.stringify(body));
    return status;
  }
  const error = (res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}) =>
    answer(res, status, { error: { code, message, innerError: { "request-id": "stand-in" } } }, headers);

  function route(req: IncomingMessage, res: ServerResponse, url: URL, body: unknown, raw: Buffer): number {
    const tenant = tenantOf(req.headers.authorization);
    if (!tenant) return error(res, 401, "InvalidAuthenticationToken", "Access token is empty.");
    const fault = faults.findIndex((f) => f.pathIncludes === undefined || url.pathname.includes(f.pathIncludes));
    if (fault !== -1) {
      const [f] = faults.splice(fault, 1);
      const headers: Record<string, string> = f?.retryAfter === undefined ? {} : { "Retry-After": String(f.retryAfter) };
      return error(res, f?.status ?? 503, f?.status === 429 ? "TooManyRequests" : "ServiceUnavailable", "Injected fault.", headers);
    }
    const sp = options.sharePoint?.handle(req.method ?? "GET", url, tenant, req.headers, raw);
    if (sp) {
      res.writeHead(sp.status, { ...(sp.body === undefined ? {} : { "content-type": "application/json" }), ...sp.headers });
      res.end(sp.body === undefined ? undefined : JSON.stringify(sp.body));
      return sp.status;
    }
    const match = url.pathname.match(/^\/v1\.0\/users\/([^/]+)\/(teamwork\/installedApps|teamwork\/sendActivityNotification|sendMail)$/);
    if (!match) return error(res, 400, "BadRequest", `Resource not found for the segment '${url.pathname}'.`);
    const user = decodeURIComponent(match[1] ?? "");
    const action = match[2];
    const inTenant = users.get(tenant)?.has(user) || mailboxes.get(tenant)?.has(user);
    if (!inTenant) return error(res, 404, "Request_ResourceNotFound", `Resource '${user}' does not exist.`);

    if (action === "teamwork/installedApps" && req.method === "GET") {
      const filter = url.searchParams.get("$filter") ?? "";
      const wanted = filter.match(/^teamsApp\/externalId eq '(.+)'$/)?.[1];
      if (wanted === undefined) return error(res, 400, "BadRequest", "Unsupported filter.");
      const apps =
        installed.has(user) && wanted === teamsAppId
          ? [{ id: `install-${user}`, teamsApp: { id: "catalog-id", externalId: teamsAppId } }]
          : [];
      return answer(res, 200, { value: apps });
    }
    if (action === "teamwork/sendActivityNotification" && req.method === "POST") {
      const b = body as {
        topic?: { source?: string; value?: string; webUrl?: string };
        activityType?: string;
        previewText?: { content?: string };
        templateParameters?: { name: string; value: string }[];
      };
      const template = declared.get(b.activityType ?? "");
      if (template === undefined) return error(res, 400, "BadRequest", "The activity type is not declared in the app manifest.");
      const given = new Set((b.templateParameters ?? []).map((p) => p.name));
      const missing = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").filter((p) => p !== "actor" && !given.has(p));
      if (missing.length > 0) return error(res, 400, "BadRequest", `Template parameters missing: ${missing.join(", ")}.`);
      if (b.topic?.source === "text" && !b.topic.webUrl?.startsWith("https://teams.microsoft.com/l/")) {
        return error(res, 400, "BadRequest", "A text topic needs a Teams deep link as webUrl.");
      }
      if ((b.previewText?.content?.length ?? 0) > 150) return error(res, 400, "BadRequest", "Preview text is too long.");
      if (!installed.has(user)) return error(res, 403, "Forbidden", "The app is not installed for the recipient.");
      return answer(res, 204);
    }
    if (action === "sendMail" && req.method === "POST") {
      if (!mailboxes.get(tenant)?.has(user))
        return error(res, 403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
      const m = (body as { message?: { subject?: string; body?: { contentType?: string }; toRecipients?: unknown[] } }).message;
      if (!m?.subject || !m.body?.contentType || !m.toRecipients?.length)
        return error(res, 400, "ErrorInvalidRecipients", "At least one recipient is not valid.");
      return answer(res, 202);
    }
    return error(res, 405, "Request_BadRequest", "Method not allowed.");
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://stand-in");
      const raw = Buffer.concat(chunks);
      let body: unknown = null;
      if (/json/.test(req.headers["content-type"] ?? "") || !options.sharePoint) {
        try {
          body = raw.length > 0 ? JSON.parse(raw.toString("utf8")) : null;
        } catch {
          error(res, 400, "BadRequest", "Unable to read JSON request payload.");
          return;
        }
      }
      const status = route(req, res, url, body, raw);
      calls.push({
        method: req.method ?? "",
        path: url.pathname,
        query: url.searchParams,
        authorization: req.headers.authorization,
        body,
        status,
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1.0`,
    calls,
    faults,
    users,
    installed,
    mailboxes,
    credentialFor: (tenantId) => ({
      getToken: async () => ({ token: `stand-in:${tenantId}`, expiresOnTimestamp: Date.now() + 3600_000 }),
    }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
