import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { HttpResponseInit } from "@azure/functions";
import { DomainError } from "@kvalitetskedjan/domain";
import { safeLog } from "./local/log-safe.js";
import { HttpRequest, InvocationContext } from "./platform/azure-functions.js";
import { errorResponse, type RegisteredRoute } from "./platform/http/route.js";
import { apiHeaders } from "./platform/http/security-headers.js";
import { createStaticFiles } from "./platform/http/static-files.js";

export interface ExtraRoute {
  readonly method: string;
  readonly path: string;
  readonly handle: (body: Buffer) => Promise<{ status: number; body: unknown }>;
}

export interface LocalHostOptions {
  readonly routes: readonly RegisteredRoute[];
  /** Routes outside `/api` that only the local host serves (the dev identity provider). */
  readonly extraRoutes?: readonly ExtraRoute[];
  /** Built tabs to serve at `/`; omitted in API-only tests. */
  readonly staticDir?: string;
  readonly log?: (line: string) => void;
  /** Told, per API request, the route and the milliseconds from its arrival to its answer (the bench). */
  readonly onApiTimed?: (route: string, ms: number) => void;
}

interface CompiledRoute {
  readonly route: RegisteredRoute;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

/** `org/units/{id}` → a regex over `/api/org/units/<id>` capturing `id`. */
function compile(route: RegisteredRoute): CompiledRoute {
  const names: string[] = [];
  const source = route.spec.route
    .split("/")
    .map((segment) => {
      const m = /^\{([A-Za-z]+)\}$/.exec(segment);
      if (m?.[1]) {
        names.push(m[1]);
        return "([^/]+)";
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("/");
  return { route, pattern: new RegExp(`^/api/${source}$`), names };
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, init: HttpResponseInit): void {
  const headers = new Headers(init.headers as ConstructorParameters<typeof Headers>[0]);
  res.statusCode = init.status ?? 200;
  for (const [key, value] of headers) res.setHeader(key, value);
  const body = init.body;
  if (body instanceof Uint8Array) res.end(body);
  else res.end(typeof body === "string" ? body : body === undefined ? undefined : String(body));
}

/**
 * Serves the Functions route table on node:http, building `HttpRequest` and
 * `InvocationContext` from `@azure/functions` as the runtime does, so handlers cannot
 * tell which host runs them. Also serves the built tabs and any local-only routes.
 */
export function createLocalHost(options: LocalHostOptions): Server {
  const compiled = options.routes.map(compile);
  const log = safeLog(options.log ?? ((line: string) => console.log(line)));
  const files = options.staticDir ? createStaticFiles(options.staticDir) : undefined;

  async function serveApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const arrived = performance.now();
    const candidates = compiled
      .map((c) => ({ c, m: c.pattern.exec(url.pathname) }))
      .filter((x): x is { c: CompiledRoute; m: RegExpExecArray } => x.m !== null);
    if (candidates.length === 0) return send(res, errorResponse(new DomainError("not_found", "There is no such endpoint.")));
    const hit = candidates.find((x) => x.c.route.spec.method === req.method);
    if (!hit) {
      const allow = candidates.map((x) => x.c.route.spec.method).join(", ");
      const init = errorResponse(new DomainError("method_not_allowed", `Use ${allow}.`));
      return send(res, { ...init, headers: { ...(init.headers as Record<string, string>), Allow: allow } });
    }
    const params: Record<string, string> = {};
    for (const [i, name] of hit.c.names.entries()) params[name] = decodeSegment(hit.m[i + 1] ?? "");
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers[k] = v;
    // As Azure's front end does: the address the connection came from is appended, so the last entry is not the client's to forge.
    const peer = req.socket.remoteAddress ?? "unknown";
    headers["x-forwarded-for"] = headers["x-forwarded-for"] ? `${headers["x-forwarded-for"]}, ${peer}` : peer;
    // The token and the declared size decide before a byte of the body is read (QUALITY-BAR 27).
    const admitted = await hit.c.route.preflight(new Headers(headers));
    if ("refuse" in admitted) return refuse(req, res, admitted.refuse);
    const body = await readBody(req, admitted.maxBodyBytes);
    if (body === null) return refuse(req, res, errorResponse(new DomainError("payload_too_large", "The request is too large.")));
    const request = new HttpRequest({
      method: req.method ?? "GET",
      url: url.toString(),
      headers,
      query: Object.fromEntries(url.searchParams.entries()),
      params,
      ...(body.length > 0 ? { body: { bytes: body } } : {}),
    });
    const context = new InvocationContext({
      invocationId: randomUUID(),
      functionName: hit.c.route.spec.name,
      logHandler: (level, ...args) => {
        if (level === "warning" || level === "error") log(`[${level}] ${args.map(String).join(" ")}`);
      },
    });
    const answer = await hit.c.route.handler(request, context);
    options.onApiTimed?.(hit.c.route.spec.name, performance.now() - arrived);
    send(res, answer);
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (!files) {
      // No tabs here (a test's runtime): a malformed path is still the client's error.
      decodeSegment(url.pathname.slice(1));
      return send(res, { status: 404, headers: apiHeaders });
    }
    send(res, await files.serve(url.pathname, req.headers["accept-encoding"]));
  }

  return createServer((req, res) => {
    const work = (async () => {
      const url = requestUrl(req);
      const extra = options.extraRoutes?.find((r) => r.path === url.pathname && r.method === req.method);
      if (url.pathname.startsWith("/api/")) return serveApi(req, res, url);
      if (!extra) return serveStatic(req, res, url);
      const body = (await readBody(req, 64 * 1024)) ?? Buffer.alloc(0);
      const out = await extra.handle(body);
      send(res, {
        status: out.status,
        headers: { ...apiHeaders, "Content-Type": "application/json; charset=utf-8" },
        body: JSON.stringify(out.body),
      });
    })();
    work.catch((error: unknown) => {
      if (error instanceof DomainError) return send(res, errorResponse(error));
      log(`[error] local host: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!res.headersSent) send(res, errorResponse(new DomainError("internal_error", "Something went wrong on our side.")));
      else res.end();
    });
  });
}

const badRequest = (reason: string, message: string) =>
  new DomainError("validation_failed", message, { details: [{ path: "request", reason }] });

/** The request's URL; a malformed target or Host header is the client's error (400), never a crash (QUALITY-BAR 27). */
function requestUrl(req: IncomingMessage): URL {
  const host = req.headers.host ?? "localhost";
  if (!/^[A-Za-z0-9._-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)) {
    throw badRequest("bad_host", "The Host header is not a valid host name.");
  }
  try {
    return new URL(req.url ?? "/", `http://${host}`);
  } catch {
    throw badRequest("bad_target", "The request target is not a valid URL.");
  }
}

/** A path segment decoded; malformed percent-encoding (`%E0%A4%A`, `%ZZ`) is a 400. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badRequest("bad_percent_encoding", "The path has malformed percent-encoding.");
  }
}

/**
 * Answers without reading the body the client may still be sending, and closes the
 * connection so the unread bytes are never taken for a next request.
 */
function refuse(req: IncomingMessage, res: ServerResponse, init: HttpResponseInit): void {
  const unread = !req.complete;
  send(res, unread ? { ...init, headers: { ...(init.headers as Record<string, string>), Connection: "close" } } : init);
  if (unread) res.once("finish", () => req.socket.destroySoon());
}
