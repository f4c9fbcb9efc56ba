import { type ApiFile, type ApiRoute, apiPath, type ErrorBody } from "@kvalitetskedjan/domain";

/** An error answered by the API, with its stable code and details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly details: ErrorBody["details"],
    message: string,
  ) {
    super(message);
  }
}

export type TokenProvider = () => Promise<string>;

/** What a route needs: its path parameters, query and body where it has them, and `If-Match` for a write to what exists. */
type MayOmit<T> = undefined extends T ? true : object extends T ? true : false;
export type RouteArgs<P, Q, B> = (MayOmit<P> extends true ? { readonly params?: P } : { readonly params: P }) &
  (MayOmit<Q> extends true ? { readonly query?: Q } : { readonly query: Q }) &
  (undefined extends B ? { readonly body?: B } : { readonly body: B }) & { readonly ifMatch?: string };

/** What the tabs get back: a file the API answers is a `Blob`. */
export type RouteData<R> = R extends ApiFile ? Blob : R;

export interface ApiResponse<T> {
  readonly data: T;
  readonly etag: string | null;
}

/**
 * The address of a route with its parameters and query: the only way the tabs make one
 * (for a link to open data, say). Every route comes from the catalogue in the domain
 * package (`<module>/api.ts`), so no view writes a path.
 */
export function routeUrl<P, Q, B, R>(route: ApiRoute<P, Q, B, R>, args: { readonly params?: P; readonly query?: Q } = {}): string {
  const path = apiPath(route.route, args.params as Readonly<Record<string, unknown>> | undefined);
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries((args.query ?? {}) as Record<string, unknown>)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

async function errorOf(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => ({}))) as Partial<ErrorBody>;
  return new ApiError(response.status, body.code ?? "generic", body.details ?? [], body.message ?? response.statusText);
}

/**
 * Calls the API with a fresh token on every request; the token lives only in memory.
 * Requests are built from the route catalogue and typed by its contracts. Errors come back
 * as `ApiError` with the API's code (or `network`). Responses are typed, not re-validated
 * here: the server validates what it answers, and zod stays out of the first paint
 * (docs/decisions.md).
 */
export function createApiClient(getToken: TokenProvider) {
  async function call<P, Q, B, R>(route: ApiRoute<P, Q, B, R>, args: RouteArgs<P, Q, B>): Promise<ApiResponse<RouteData<R>>> {
    const { body, ifMatch } = args as { body?: unknown; ifMatch?: string };
    const headers: Record<string, string> = { Authorization: `Bearer ${await getToken()}` };
    if (ifMatch) headers["If-Match"] = ifMatch;
    let payload: BodyInit | undefined;
    if (body !== undefined && route.sendsFile) {
      headers["Content-Type"] = (body as Blob).type || "application/octet-stream";
      payload = body as Blob;
    } else if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      payload = JSON.stringify(body);
    }
    let response: Response;
    try {
      response = await fetch(routeUrl(route, args as { params?: P; query?: Q }), { method: route.method, headers, body: payload ?? null });
    } catch {
      throw new ApiError(0, "network", [], "network");
    }
    if (!response.ok) throw await errorOf(response);
    const etag = response.headers.get("ETag");
    if (response.status === 204) return { data: undefined as RouteData<R>, etag };
    const json = response.headers.get("Content-Type")?.includes("application/json");
    const data = json ? ((await response.json()) as RouteData<R>) : ((await response.blob()) as RouteData<R>);
    return { data, etag };
  }

  return {
    /** The route's answer and its version (`ETag`). */
    call,
    /** Only the answer: for reads. */
    read: <P, Q, B, R>(
      route: ApiRoute<P, Q, B, R>,
      ...args: object extends RouteArgs<P, Q, B> ? [RouteArgs<P, Q, B>?] : [RouteArgs<P, Q, B>]
    ) => call(route, (args[0] ?? {}) as RouteArgs<P, Q, B>).then((r) => r.data),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
