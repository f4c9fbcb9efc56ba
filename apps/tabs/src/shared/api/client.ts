import type { ErrorBody } from "@kvalitetskedjan/domain";

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

export interface ApiResponse<T> {
  readonly data: T;
  readonly etag: string | null;
}

/**
 * Calls the API with a fresh token on every request; the token lives only in memory.
 * Errors come back as `ApiError` with the API's code (or `network`).
 */
export function createApiClient(getToken: TokenProvider) {
  async function request<T>(
    method: string,
    path: string,
    options: { body?: unknown; file?: Blob; ifMatch?: string } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { Authorization: `Bearer ${await getToken()}` };
    if (options.body !== undefined) headers["Content-Type"] = "application/json";
    if (options.file) headers["Content-Type"] = options.file.type || "application/octet-stream";
    if (options.ifMatch) headers["If-Match"] = options.ifMatch;
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        headers,
        ...(options.file ? { body: options.file } : options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      });
    } catch {
      throw new ApiError(0, "network", [], "network");
    }
    const text = await response.text();
    const json: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      const body = (json ?? {}) as Partial<ErrorBody>;
      throw new ApiError(response.status, body.code ?? "generic", body.details ?? [], body.message ?? response.statusText);
    }
    return { data: json as T, etag: response.headers.get("ETag") };
  }
  /** A file the API answers (a Word document): fetched with the token, handed over as a Blob. */
  async function download(path: string): Promise<Blob> {
    let response: Response;
    try {
      response = await fetch(path, { headers: { Authorization: `Bearer ${await getToken()}` } });
    } catch {
      throw new ApiError(0, "network", [], "network");
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as Partial<ErrorBody>;
      throw new ApiError(response.status, body.code ?? "generic", body.details ?? [], body.message ?? response.statusText);
    }
    return response.blob();
  }
  return {
    download,
    get: <T>(path: string) => request<T>("GET", path).then((r) => r.data),
    post: <T>(path: string, body: unknown, ifMatch?: string) => request<T>("POST", path, { body, ...(ifMatch ? { ifMatch } : {}) }),
    put: <T>(path: string, body: unknown, ifMatch: string) => request<T>("PUT", path, { body, ifMatch }),
    /** Sends a file as the body (a document's draft), not JSON. */
    putFile: <T>(path: string, file: Blob, ifMatch: string) => request<T>("PUT", path, { file, ifMatch }),
    patch: <T>(path: string, body: unknown, ifMatch: string) => request<T>("PATCH", path, { body, ifMatch }),
    delete: (path: string, ifMatch: string) => request<undefined>("DELETE", path, { ifMatch }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
