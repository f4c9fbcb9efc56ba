import { ErrorBody } from "@kvalitetskedjan/domain";
import { type ZodType, z } from "zod";
import type { AnyRouteSpec } from "./route.js";

/** What the API document says about where it runs and how callers sign in. */
export interface ApiDescriptionContext {
  readonly version: string;
  /** Absolute base URL the API is served from (`https://kk.example.se`). */
  readonly serverUrl: string;
  /** The delegated scope a client asks Entra ID for: `api://<host>/<client-id>/access_as_user`. */
  readonly scope: string;
}

/** Each tag of the route table, described for the reader of the document. */
export const tagDescriptions: Readonly<Record<string, string>> = {
  Platform: "Health and this description. No sign-in.",
  Directory: "The organisation tree, people and their roles, and the audit trail.",
  Overview: "Where the municipality stands in a period: goals by committee and area, missing reports, expiring documents.",
  Goals: "Goal levels, plan years, goals and indicators, and their review.",
  Reporting: "Reports of each period, their status flow, reminders and the roll-up to the council's goals.",
  Benchmark: "Kolada benchmarks for indicators.",
  Cost: "Cost beside quality: net cost, budget and residents.",
  Notifications: "Reminders as the person sees them, and how they were delivered.",
  "Internal control":
    "The materiality and risk analysis, the internal control plan, its results and actions, and the risk and vulnerability analysis (RSA).",
  Dialogue:
    "Citizen dialogue planning: the yearly plan of surveys and dialogues, target-group overlaps, results with small cells suppressed, feedback to participants and the trace to decisions.",
  Meetings:
    "Committee meetings: the agenda proposed from what is due for the body, decisions with minute paragraphs (§) that flow back to reports, documents and plans, assignments, and the adjustment of the minutes.",
  "Governing documents": "The register of governing documents, their versions and files in SharePoint.",
  "Open data": "What a municipality publishes: approved results and its register of governing documents. No sign-in.",
};

/** Entra ID's endpoints for any organisation: each municipality signs in with its own tenant. */
export const entraEndpoints = {
  authorizationUrl: "https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize",
  tokenUrl: "https://login.microsoftonline.com/organizations/oauth2/v2.0/token",
  refreshUrl: "https://login.microsoftonline.com/organizations/oauth2/v2.0/token",
};

/**
 * A JSON Schema for a contract. An `anyOf` that admits anything (`unknown`, or `unknown`
 * or null) is written as the empty schema it means.
 */
export function schemaOf(schema: ZodType, io: "input" | "output"): Record<string, unknown> {
  return simplify(z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" })) as Record<string, unknown>;
}

function simplify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(simplify);
  if (typeof node !== "object" || node === null) return node;
  const entries = Object.entries(node as Record<string, unknown>).map(([k, v]) => [k, simplify(v)] as const);
  const out = Object.fromEntries(entries) as Record<string, unknown>;
  const anyOf = out.anyOf;
  if (Array.isArray(anyOf) && anyOf.some((s) => typeof s === "object" && s !== null && Object.keys(s).length === 0)) {
    const { anyOf: _any, ...rest } = out;
    return rest;
  }
  return out;
}

/** Every status a route can answer, with what it means: the class of route decides the set. */
export function statusesOf(spec: AnyRouteSpec): Record<string, string> {
  const success = String(spec.successStatus ?? (spec.response === null ? 204 : 200));
  const codes: Record<string, string> = {
    [success]: spec.response === null && !spec.files ? "Done" : "OK",
    "400": "Invalid input (`validation_failed`, `unknown_field`); the details name each field and reason",
    "429": "Rate limited (`rate_limited`); see Retry-After",
    "500": "Unexpected error (`internal_error`); nothing is half-saved",
    "503": "Busy or unavailable (`service_unavailable`); see Retry-After",
  };
  if (spec.params || spec.auth === "user") codes["404"] = "Not found, or in another municipality (`not_found`)";
  if (spec.auth === "user") {
    Object.assign(codes, {
      "401": "No valid token (`unauthenticated`)",
      "403": "Missing role in the object's scope (`forbidden`)",
      "409": "The object's state does not allow it (`conflict`); the details give the reason",
    });
  }
  if (spec.body || spec.fileBody) {
    Object.assign(codes, { "413": "Body too large (`payload_too_large`)", "415": "Wrong content type (`unsupported_media_type`)" });
  }
  if (spec.external) codes["502"] = "SharePoint, Microsoft Graph or Kolada refused (`bad_gateway`); the details say what to grant or fix";
  if (spec.requiresIfMatch) {
    Object.assign(codes, { "412": "Stale ETag (`precondition_failed`)", "428": "If-Match missing (`precondition_required`)" });
  }
  return codes;
}

/** A longer word on each operation: who may call it and what it needs, beside its summary. */
export function descriptionOf(spec: AnyRouteSpec): string {
  const who =
    spec.auth === "anonymous"
      ? "No sign-in; limited per client address."
      : "Needs an Entra ID token of a person in the municipality's directory; the role is checked in the object's scope.";
  const notes = [
    spec.requiresIfMatch ? "Send the ETag you read in `If-Match`; a stale one is answered 412." : "",
    spec.fileBody ? `The body is the file itself (${spec.fileBody.types.join(", ")}).` : "",
    spec.files ? `Also answers as ${spec.files.join(", ")} (see \`format\`).` : "",
  ].filter((n) => n !== "");
  return [spec.summary, who, ...notes].join(" ");
}

const errorRef = { $ref: "#/components/schemas/Error" };

/** OpenAPI 3.1 generated from the route table and its zod contracts. */
export function openApiDocument(routes: readonly AnyRouteSpec[], context: ApiDescriptionContext): Record<string, unknown> {
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
    if (spec.requiresIfMatch) {
      parameters.push({
        name: "If-Match",
        in: "header",
        required: true,
        description: "The ETag of the version edited.",
        schema: { type: "string" },
      });
    }
    const success = String(spec.successStatus ?? (spec.response === null ? 204 : 200));
    const responses = Object.fromEntries(
      Object.entries(statusesOf(spec)).map(([status, description]) => {
        if (status !== success) return [status, { description, content: { "application/json": { schema: errorRef } } }];
        const content = {
          ...(spec.response ? { "application/json": { schema: schemaOf(spec.response, "output") } } : {}),
          ...Object.fromEntries((spec.files ?? []).map((type) => [type, { schema: { type: "string", format: "binary" } }])),
        };
        return [status, Object.keys(content).length > 0 ? { description, content } : { description }];
      }),
    );
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[spec.method.toLowerCase()] = {
      operationId: spec.name,
      summary: spec.summary,
      description: descriptionOf(spec),
      tags: [spec.tag],
      security: spec.auth === "user" ? [{ entra: [context.scope] }] : [],
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
      responses,
    };
  }
  const used = [...new Set(routes.map((r) => r.tag))];
  return {
    openapi: "3.1.0",
    info: {
      title: "Kvalitetskedjan API",
      version: context.version,
      description:
        "Governance and quality work for Swedish municipalities. Every route but health, this document and open data needs an Entra ID access token for the API (Teams SSO, or the authorization code flow with the `access_as_user` scope).",
      license: { name: "Proprietary; open data published through the API is CC0 1.0", identifier: "LicenseRef-Proprietary" },
    },
    servers: [{ url: context.serverUrl, description: "This deployment" }],
    tags: used.map((name) => ({ name, description: tagDescriptions[name] ?? name })),
    paths,
    components: {
      securitySchemes: {
        entra: {
          type: "oauth2",
          description: "Entra ID (Azure AD) of the municipality: delegated access for the signed-in person.",
          flows: { authorizationCode: { ...entraEndpoints, scopes: { [context.scope]: "Use the app as the signed-in person" } } },
        },
      },
      schemas: { Error: schemaOf(ErrorBody, "output") },
    },
  };
}

export function objectShape(schema: ZodType | undefined): Record<string, ZodType> {
  if (!schema) return {};
  const shape = (schema as unknown as { shape?: Record<string, ZodType> }).shape;
  return shape ?? {};
}
