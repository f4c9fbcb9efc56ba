import type { HttpRequest, HttpResponseInit, InvocationContext } from "@azure/functions";
import { DomainError, type Principal, type TenantRecord } from "@kvalitetskedjan/domain";
import { type ZodType, z } from "zod";
import { type Services, services } from "../composition.js";
import { withRequestSpan } from "../telemetry.js";
import { errorBody, statusOf, toDomainError } from "./error-mapping.js";
import { clientAddress } from "./rate-limiter.js";
import { apiHeaders } from "./security-headers.js";
import { parseInput } from "./validation.js";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface Caller {
  readonly principal: Principal;
  readonly tenant: TenantRecord;
}

export interface RouteInput<B, Q, P> {
  readonly body: B;
  readonly query: Q;
  readonly params: P;
  /** The `If-Match` header; present whenever the route requires it. */
  readonly ifMatch: string;
  readonly services: Services;
  readonly log: InvocationContext;
  /** The request's absolute URL, as the platform received it. */
  readonly url: string;
}

export interface RouteResult<R> {
  readonly status?: number;
  readonly body?: R;
  readonly etag?: string;
  /** A response that is not JSON: a CSV or Word file. `response` still documents the JSON form, if any. */
  readonly file?: FileResult;
  /** Extra headers (caching of public data, CORS). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** The body of a route that takes a file: its bytes as sent. */
export interface FileBody {
  readonly bytes: Uint8Array;
  readonly contentType: string;
}

export interface FileResult {
  readonly contentType: string;
  readonly body: string | Uint8Array;
  /** Offered as a download under this name. */
  readonly filename?: string;
}

interface BaseSpec<B, Q, P, R> {
  /** Function name in Azure; unique. */
  readonly name: string;
  readonly method: Method;
  /** Route template relative to `/api`, Azure style: `org/units/{id}`. */
  readonly route: string;
  readonly summary: string;
  readonly tag: string;
  readonly body?: ZodType<B>;
  readonly query?: ZodType<Q>;
  readonly params?: ZodType<P>;
  /** A larger body limit than MAX_BODY_BYTES, for file imports. */
  readonly maxBodyBytes?: number;
  /** The body is a file, not JSON (`body` is then a `FileBody`); these content types are documented. */
  readonly fileBody?: { readonly types: readonly string[] };
  /** Updates require `If-Match` (QUALITY-BAR 9). */
  readonly requiresIfMatch?: boolean;
  /** Null for 204 responses, and for file responses (see `files`). */
  readonly response: ZodType<R> | null;
  /** Content types of file responses besides JSON (a CSV, a Word document), for the OpenAPI document. */
  readonly files?: readonly string[];
  readonly successStatus?: number;
  /** Calls a service outside the app (SharePoint, Graph, Kolada), whose refusal is answered 502. */
  readonly external?: boolean;
}

export interface UserRouteSpec<B, Q, P, R> extends BaseSpec<B, Q, P, R> {
  readonly auth: "user";
  readonly handle: (caller: Caller, input: RouteInput<B, Q, P>) => Promise<RouteResult<R>>;
}

export interface AnonymousRouteSpec<B, Q, P, R> extends BaseSpec<B, Q, P, R> {
  readonly auth: "anonymous";
  readonly handle: (caller: null, input: RouteInput<B, Q, P>) => Promise<RouteResult<R>>;
}

// biome-ignore lint/suspicious/noExplicitAny: the registry holds routes of every shape.
export type AnyRouteSpec = UserRouteSpec<any, any, any, any> | AnonymousRouteSpec<any, any, any, any>;

export interface RegisteredRoute {
  readonly spec: AnyRouteSpec;
  readonly handler: (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;
  /**
   * What the headers alone decide, for a host that reads the body itself (the local host):
   * the token and the declared size. An error response to send without reading the body,
   * or the most bytes this route's body may have (QUALITY-BAR 27).
   */
  readonly preflight: (headers: Headers) => Promise<{ readonly refuse: HttpResponseInit } | { readonly maxBodyBytes: number }>;
}

const noQuery = z.strictObject({});

function jsonResponse(status: number, body: unknown, extra: Record<string, string> = {}): HttpResponseInit {
  return {
    status,
    headers: { ...apiHeaders, "Content-Type": "application/json; charset=utf-8", ...extra },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
}

function fileResponse(status: number, file: FileResult, extra: Record<string, string>): HttpResponseInit {
  // An ASCII fallback, and the real name (å, ä, ö, spaces) for every browser since 2011 (RFC 6266).
  const disposition = file.filename
    ? {
        "Content-Disposition": `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
      }
    : {};
  return { status, headers: { ...apiHeaders, "Content-Type": file.contentType, ...disposition, ...extra }, body: file.body };
}

export function errorResponse(error: DomainError): HttpResponseInit {
  const extra: Record<string, string> = {};
  if (error.retryAfterSeconds !== undefined) extra["Retry-After"] = String(error.retryAfterSeconds);
  if (error.code === "unauthenticated") extra["WWW-Authenticate"] = 'Bearer error="invalid_token"';
  return jsonResponse(statusOf[error.code], errorBody(error), extra);
}

const bodyLimit = (spec: AnyRouteSpec, svc: Services): number => spec.maxBodyBytes ?? svc.config.MAX_BODY_BYTES;

export function toPreflight(spec: AnyRouteSpec): RegisteredRoute["preflight"] {
  return async (headers) => {
    try {
      const svc = services();
      if (spec.auth === "user") await svc.validateToken(headers.get("authorization"));
      const maxBodyBytes = bodyLimit(spec, svc);
      if (Number(headers.get("content-length") ?? "0") > maxBodyBytes) {
        throw new DomainError("payload_too_large", `The body may be at most ${maxBodyBytes} bytes.`, {
          details: [{ path: "body", reason: "too_large" }],
        });
      }
      return { maxBodyBytes };
    } catch (thrown) {
      return { refuse: errorResponse(toDomainError(thrown)) };
    }
  };
}

/**
 * Wraps a route's `handle` in the request pipeline every route shares: size limit,
 * token validation, rate limits, input validation, `If-Match`, the caller's principal,
 * error mapping, security headers. Handlers stay thin.
 */
export function toHttpHandler(spec: AnyRouteSpec): RegisteredRoute["handler"] {
  return (request, context) => withRequestSpan(spec, (setTenant) => handleRequest(spec, request, context, setTenant));
}

async function handleRequest(
  spec: AnyRouteSpec,
  request: HttpRequest,
  context: InvocationContext,
  setTenant: (tenantId: string) => void,
): Promise<HttpResponseInit> {
  try {
    const svc = services();
    // Cheapest checks first: the token (no I/O once the key set and tenant are cached),
    // the rate limit, then the input; only a well-formed request reads the caller's roles.
    const validated = spec.auth === "user" ? await svc.validateToken(request.headers.get("authorization")) : null;
    if (validated) setTenant(validated.tenantId);
    if (validated) svc.rateLimiter.check(validated.tenantId, validated.userId);
    else svc.rateLimiter.checkAnonymous(clientAddress(request.headers.get("x-forwarded-for")));
    const input = await parseInput(request, {
      body: spec.body,
      query: spec.query ?? noQuery,
      params: spec.params,
      file: spec.fileBody !== undefined,
      maxBodyBytes: bodyLimit(spec, svc),
    });
    const ifMatch = request.headers.get("if-match");
    if (spec.requiresIfMatch && !ifMatch) {
      throw new DomainError("precondition_required", "This change needs the If-Match header with the version you edited.", {
        details: [{ path: "headers.if-match", reason: "missing_if_match" }],
      });
    }
    let caller: Caller | null = null;
    if (validated) {
      const tenant = await svc.tenants.findTenant(validated.tenantId);
      if (!tenant) throw new DomainError("unauthenticated", "Your organisation does not use this app.");
      caller = { principal: await svc.loadPrincipal(validated), tenant };
    }
    const routeInput = { ...input, ifMatch: ifMatch ?? "", services: svc, log: context, url: request.url };
    const result = spec.auth === "user" ? await spec.handle(caller as Caller, routeInput) : await spec.handle(null, routeInput);
    const status = result.status ?? spec.successStatus ?? (spec.response === null ? 204 : 200);
    const extra = { ...(result.etag ? { ETag: result.etag } : {}), ...result.headers };
    if (result.file) return fileResponse(status, result.file, extra);
    return jsonResponse(status, status === 204 ? undefined : result.body, extra);
  } catch (thrown) {
    const error = toDomainError(thrown);
    if (error.code === "forbidden") {
      context.warn(`access denied: ${spec.name} ${JSON.stringify(error.details)}`);
    } else if (error.code === "internal_error") {
      context.error(`internal error in ${spec.name}`, error.cause);
    }
    return errorResponse(error);
  }
}
