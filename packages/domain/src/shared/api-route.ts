/**
 * The API's route catalogue, shared by both sides: each module's `api.ts` declares its
 * routes here — name, method and path, and the contract types of the path parameters,
 * query, body and response. The Functions app's handlers take their name, method and
 * path from it (so they cannot drift apart), and the tabs' client builds every request
 * from it (so no view builds a URL). Plain data, no zod: the tabs' first paint imports it.
 */
export type ApiMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A file sent or answered as it is (the tabs' `Blob`). */
export interface ApiFile {
  readonly size: number;
  readonly type: string;
}

export interface ApiRoute<P, Q, B, R> {
  readonly name: string;
  readonly method: ApiMethod;
  /** The path under `/api/`, with `{name}` for each path parameter. */
  readonly route: string;
  /** The body is a file (sent as it is), not JSON. */
  readonly sendsFile?: true;
  /** Only carries the types; never set. */
  readonly types?: { readonly params: P; readonly query: Q; readonly body: B; readonly response: R };
}

/** Any route of the catalogue. */
// biome-ignore lint/suspicious/noExplicitAny: the catalogue's routes differ in every type parameter.
export type AnyApiRoute = ApiRoute<any, any, any, any>;

export const apiRoute = <P, Q, B, R>(
  name: string,
  method: ApiMethod,
  route: string,
  options: { readonly fileBody?: true } = {},
): ApiRoute<P, Q, B, R> => ({ name, method, route, ...(options.fileBody ? { sendsFile: true } : {}) });

/** The path of `route` with `params` in place, encoded: `/api/reports/2026/interim2/bun`. */
export function apiPath(route: string, params: Readonly<Record<string, unknown>> | undefined): string {
  return `/api/${route.replace(/\{(\w+)\}/g, (_, key: string) => encodeURIComponent(String(params?.[key] ?? "")))}`;
}
