import { ErrorBody } from "@kvalitetskedjan/domain";
import { type ZodType, z } from "zod";
import type { AnyRouteSpec } from "./route.js";

const schemaOf = (schema: ZodType, io: "input" | "output") =>
  z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as Record<string, unknown>;

const errorRef = { $ref: "#/components/schemas/Error" };
const errorResponses = (spec: AnyRouteSpec): Record<string, unknown> => {
  const codes: Record<string, string> = {
    "400": "Invalid input (`validation_failed`, `unknown_field`)",
    "429": "Rate limited (`rate_limited`); see Retry-After",
    "503": "Busy (`service_unavailable`); see Retry-After",
  };
  if (spec.auth === "user")
    Object.assign(codes, {
      "401": "No valid token (`unauthenticated`)",
      "403": "Missing role (`forbidden`)",
      "404": "Not found, or in another tenant (`not_found`)",
    });
  if (spec.body) Object.assign(codes, { "413": "Body too large (`payload_too_large`)", "415": "Not JSON (`unsupported_media_type`)" });
  if (spec.fileBody) Object.assign(codes, { "413": "File too large (`payload_too_large`)", "502": "SharePoint refused (`bad_gateway`)" });
  if (spec.requiresIfMatch)
    Object.assign(codes, { "412": "Stale ETag (`precondition_failed`)", "428": "If-Match missing (`precondition_required`)" });
  return Object.fromEntries(
    Object.entries(codes).map(([status, description]) => [status, { description, content: { "application/json": { schema: errorRef } } }]),
  );
};

/** OpenAPI 3.1 generated from the route table and its zod contracts. */
export function openApiDocument(routes: readonly AnyRouteSpec[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of routes) {
    const path = `/api/${spec.route}`;
    const parameters: unknown[] = [];
    for (const [name, shape] of Object.entries(objectShape(spec.params))) {
      parameters.push({ name, in: "path", required: true, schema: schemaOf(shape, "input") });
    }
    for (const [name, shape] of Object.entries(objectShape(spec.query))) {
      parameters.push({ name, in: "query", required: !shape.safeParse(undefined).success, schema: schemaOf(shape, "input") });
    }
    if (spec.requiresIfMatch) parameters.push({ name: "If-Match", in: "header", required: true, schema: { type: "string" } });
    const status = String(spec.successStatus ?? (spec.response === null ? 204 : 200));
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[spec.method.toLowerCase()] = {
      operationId: spec.name,
      summary: spec.summary,
      tags: [spec.tag],
      ...(spec.auth === "user" ? {} : { security: [] }),
      ...(parameters.length ? { parameters } : {}),
      ...(spec.body ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(spec.body, "input") } } } } : {}),
      ...(spec.fileBody
        ? {
            requestBody: {
              required: true,
              content: Object.fromEntries(spec.fileBody.types.map((type) => [type, { schema: { type: "string", format: "binary" } }])),
            },
          }
        : {}),
      responses: {
        [status]:
          spec.response || spec.files
            ? {
                description: "OK",
                content: {
                  ...(spec.response ? { "application/json": { schema: schemaOf(spec.response, "output") } } : {}),
                  ...Object.fromEntries((spec.files ?? []).map((type) => [type, { schema: { type: "string", format: "binary" } }])),
                },
              }
            : { description: "Done" },
        ...errorResponses(spec),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Kvalitetskedjan API",
      version,
      description:
        "Governance and quality work for Swedish municipalities. Every route but health and this document needs an Entra ID access token for the API (Teams SSO).",
    },
    servers: [{ url: "/" }],
    security: [{ entra: [] }],
    paths,
    components: {
      securitySchemes: { entra: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      schemas: { Error: schemaOf(ErrorBody, "output") },
    },
  };
}

function objectShape(schema: ZodType | undefined): Record<string, ZodType> {
  if (!schema) return {};
  const shape = (schema as unknown as { shape?: Record<string, ZodType> }).shape;
  return shape ?? {};
}
