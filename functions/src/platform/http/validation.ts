import type { HttpRequest } from "@azure/functions";
import { DomainError, type ErrorDetail } from "@kvalitetskedjan/domain";
import type { ZodError, ZodType } from "zod";

const toDetails = (where: string, error: ZodError): ErrorDetail[] =>
  error.issues.flatMap((issue) => {
    const base = [where, ...issue.path.map(String)].join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((k) => ({ path: `${base}.${k}`, reason: "unknown_field", message: `Unknown field ${k}.` }));
    }
    // A schema's own rule names its reason (`control_characters`); zod's checks are named by their code.
    const own = issue.code === "custom" ? (issue.params as { reason?: unknown } | undefined)?.reason : undefined;
    return [{ path: base, reason: typeof own === "string" ? own : issue.code, message: issue.message }];
  });

function validate<T>(schema: ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const details = toDetails(where, parsed.error);
  const onlyUnknown = details.every((d) => d.reason === "unknown_field");
  throw new DomainError(
    onlyUnknown ? "unknown_field" : "validation_failed",
    onlyUnknown ? "The request has fields this API does not know." : "The request is not valid.",
    { details },
  );
}

async function readJson(request: HttpRequest, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new DomainError("unsupported_media_type", "Send the body as application/json.", {
      details: [{ path: "headers.content-type", reason: "expected_json" }],
    });
  }
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > maxBytes) throw tooLarge(maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new DomainError("validation_failed", "The body is not valid JSON.", { details: [{ path: "body", reason: "invalid_json" }] });
  }
}

/** A file body: any content type (the route checks the content itself), within the route's limit. */
async function readFile(request: HttpRequest, maxBytes: number): Promise<{ bytes: Uint8Array; contentType: string }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > maxBytes) throw tooLarge(maxBytes);
  return { bytes, contentType: request.headers.get("content-type") ?? "application/octet-stream" };
}

const tooLarge = (max: number) =>
  new DomainError("payload_too_large", `The body may be at most ${max} bytes.`, { details: [{ path: "body", reason: "too_large" }] });

/** Validates body, query and path parameters against the route's schemas. */
export async function parseInput<B, Q, P>(
  request: HttpRequest,
  schemas: {
    body: ZodType<B> | undefined;
    query: ZodType<Q>;
    params: ZodType<P> | undefined;
    maxBodyBytes: number;
    /** The body is a file, passed on as bytes. */
    file?: boolean;
  },
): Promise<{ body: B; query: Q; params: P }> {
  const params = schemas.params ? validate(schemas.params, { ...request.params }, "params") : ({} as P);
  const query = validate(schemas.query, Object.fromEntries(request.query.entries()), "query");
  const body = schemas.file
    ? ((await readFile(request, schemas.maxBodyBytes)) as B)
    : schemas.body
      ? validate(schemas.body, await readJson(request, schemas.maxBodyBytes), "body")
      : (undefined as B);
  return { body, query, params };
}
