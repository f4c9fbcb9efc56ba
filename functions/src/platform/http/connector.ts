import { ErrorBody } from "@kvalitetskedjan/domain";
import {
  type ApiDescriptionContext,
  descriptionOf,
  entraEndpoints,
  objectShape,
  schemaOf,
  statusesOf,
  tagDescriptions,
} from "./openapi.js";
import type { AnyRouteSpec } from "./route.js";

type Json = Record<string, unknown>;

/** Keywords Swagger 2.0's Schema Object has (draft 4 plus its own); everything else of draft 2020-12 is dropped or rewritten. */
const kept = new Set([
  "type",
  "format",
  "title",
  "description",
  "default",
  "multipleOf",
  "maximum",
  "minimum",
  "maxLength",
  "minLength",
  "pattern",
  "maxItems",
  "minItems",
  "uniqueItems",
  "maxProperties",
  "minProperties",
  "required",
  "enum",
  "readOnly",
  "items",
  "properties",
  "additionalProperties",
  "allOf",
]);

const isNull = (s: unknown) => typeof s === "object" && s !== null && (s as Json).type === "null";

/**
 * A draft 2020-12 schema (as zod writes them) as a Swagger 2.0 schema: `const` becomes a
 * one-value `enum`, a nullable type `x-nullable`, exclusive bounds the draft-4 booleans; a
 * union of constants becomes one enum; a union of shapes, which Swagger 2.0 cannot say, is
 * left open with a description pointing to the OpenAPI 3.1 document.
 */
export function toSwagger2Schema(node: unknown): Json {
  if (typeof node !== "object" || node === null) return {};
  const source = node as Json;
  const union = (source.anyOf ?? source.oneOf) as unknown[] | undefined;
  if (Array.isArray(union)) {
    const branches = union.filter((b) => !isNull(b));
    const nullable = branches.length < union.length ? { "x-nullable": true } : {};
    const description = typeof source.description === "string" ? { description: source.description } : {};
    if (branches.length === 1) return { ...toSwagger2Schema(branches[0]), ...nullable, ...description };
    const values = branches.map((b) => (b as Json).const ?? ((b as Json).enum as unknown[] | undefined));
    if (values.every((v) => v !== undefined)) {
      const enumValues = values.flatMap((v) => (Array.isArray(v) ? v : [v]));
      const types = [...new Set(enumValues.map((v) => (typeof v === "number" ? "number" : typeof v)))];
      return { ...(types.length === 1 ? { type: types[0] } : {}), enum: enumValues, ...nullable, ...description };
    }
    return { description: `${source.description ?? ""} One of several shapes: see the OpenAPI 3.1 document.`.trim(), ...nullable };
  }
  const out: Json = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === "const") out.enum = [value];
    else if (key === "type" && Array.isArray(value)) {
      const types = value.filter((t) => t !== "null");
      if (types[0] !== undefined) out.type = types[0];
      if (types.length < value.length) out["x-nullable"] = true;
    } else if (key === "type" && value === "null") out.enum = [null];
    else if (key === "exclusiveMinimum" && typeof value === "number") Object.assign(out, { minimum: value, exclusiveMinimum: true });
    else if (key === "exclusiveMaximum" && typeof value === "number") Object.assign(out, { maximum: value, exclusiveMaximum: true });
    else if (key === "examples" && Array.isArray(value) && value.length > 0) out.example = value[0];
    else if (key === "properties") {
      out.properties = Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, toSwagger2Schema(v)]));
    } else if (key === "items") out.items = toSwagger2Schema(value);
    else if (key === "additionalProperties") out.additionalProperties = typeof value === "boolean" ? value : toSwagger2Schema(value);
    else if (key === "allOf") out.allOf = (value as unknown[]).map(toSwagger2Schema);
    else if (kept.has(key)) out[key] = value;
  }
  if (out.type === "array" && out.items === undefined) out.items = {};
  return out;
}

/** A path or query parameter: Swagger 2.0 puts its type on the parameter itself. */
function simpleParameter(name: string, where: "path" | "query", schema: Json, required: boolean): Json {
  const flat = toSwagger2Schema(schema);
  const { type, format, enum: values, pattern, minLength, maxLength, minimum, maximum, default: fallback, description, items } = flat;
  return {
    name,
    in: where,
    required,
    type: typeof type === "string" && type !== "object" ? type : "string",
    ...(format === undefined ? {} : { format }),
    ...(values === undefined ? {} : { enum: values }),
    ...(pattern === undefined ? {} : { pattern }),
    ...(minLength === undefined ? {} : { minLength }),
    ...(maxLength === undefined ? {} : { maxLength }),
    ...(minimum === undefined ? {} : { minimum }),
    ...(maximum === undefined ? {} : { maximum }),
    ...(fallback === undefined ? {} : { default: fallback }),
    ...(description === undefined ? {} : { description }),
    ...(type === "array" ? { items: items ?? { type: "string" }, collectionFormat: "csv" } : {}),
  };
}

/**
 * The API as a Swagger 2.0 definition for a Power Automate (Power Platform) custom connector,
 * from the same route table and contracts as the OpenAPI 3.1 document: every operation with
 * its parameters, body, answers and the Entra ID sign-in.
 */
export function connectorDefinition(routes: readonly AnyRouteSpec[], context: ApiDescriptionContext): Json {
  const server = new URL(context.serverUrl);
  const paths: Record<string, Json> = {};
  for (const spec of routes) {
    const parameters: Json[] = [];
    for (const [name, shape] of Object.entries(objectShape(spec.params))) {
      parameters.push(simpleParameter(name, "path", schemaOf(shape, "input"), true));
    }
    for (const [name, shape] of Object.entries(objectShape(spec.query))) {
      parameters.push(simpleParameter(name, "query", schemaOf(shape, "input"), !shape.safeParse(undefined).success));
    }
    if (spec.requiresIfMatch) {
      parameters.push({ name: "If-Match", in: "header", required: true, type: "string", description: "The ETag of the version edited." });
    }
    if (spec.body) parameters.push({ name: "body", in: "body", required: true, schema: toSwagger2Schema(schemaOf(spec.body, "input")) });
    if (spec.fileBody) parameters.push({ name: "file", in: "body", required: true, schema: { type: "string", format: "binary" } });
    const success = String(spec.successStatus ?? (spec.response === null ? 204 : 200));
    const responses = Object.fromEntries(
      Object.entries(statusesOf(spec)).map(([status, description]) => {
        if (status !== success) return [status, { description, schema: { $ref: "#/definitions/Error" } }];
        if (spec.response) return [status, { description, schema: toSwagger2Schema(schemaOf(spec.response, "output")) }];
        return [status, spec.files ? { description, schema: { type: "file" } } : { description }];
      }),
    );
    paths[`/api/${spec.route}`] ??= {};
    (paths[`/api/${spec.route}`] as Json)[spec.method.toLowerCase()] = {
      operationId: spec.name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()),
      summary: spec.summary.length > 80 ? `${spec.summary.slice(0, 77).trimEnd()}…` : spec.summary,
      description: descriptionOf(spec),
      tags: [spec.tag],
      ...(spec.fileBody ? { consumes: [...spec.fileBody.types] } : {}),
      produces: ["application/json", ...(spec.files ?? [])],
      parameters,
      responses,
      security: spec.auth === "user" ? [{ entra: [context.scope] }] : [],
    };
  }
  return {
    swagger: "2.0",
    info: {
      title: "Kvalitetskedjan",
      version: context.version,
      description: "Goal follow-up, reports and governing documents of a Swedish municipality, for Power Automate flows.",
    },
    host: server.host,
    basePath: "/",
    schemes: [server.protocol.replace(":", "")],
    consumes: ["application/json"],
    produces: ["application/json"],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name, description: tagDescriptions[name] ?? name })),
    paths,
    definitions: { Error: toSwagger2Schema(schemaOf(ErrorBody, "output")) },
    securityDefinitions: {
      entra: {
        type: "oauth2",
        flow: "accessCode",
        authorizationUrl: entraEndpoints.authorizationUrl,
        tokenUrl: entraEndpoints.tokenUrl,
        scopes: { [context.scope]: "Use the app as the signed-in person" },
      },
    },
  };
}

/** The connector's properties (Power Platform's `apiProperties.json`): sign-in through Entra ID for the API's scope. */
export function connectorProperties(context: ApiDescriptionContext & { readonly clientId: string }): Json {
  const resourceUri = context.scope.slice(0, context.scope.lastIndexOf("/"));
  return {
    properties: {
      connectionParameters: {
        token: {
          type: "oauthSetting",
          oAuthSettings: {
            identityProvider: "aad",
            clientId: context.clientId,
            scopes: [context.scope],
            redirectMode: "GlobalPerConnector",
            redirectUrl: "https://global.consent.azure-apim.net/redirect",
            properties: { IsFirstParty: "False", AzureActiveDirectoryResourceId: resourceUri, IsOnbehalfofLoginSupported: false },
            customParameters: {
              loginUri: { value: "https://login.microsoftonline.com" },
              tenantId: { value: "common" },
              resourceUri: { value: resourceUri },
              enableOnbehalfOfLogin: { value: "false" },
            },
          },
        },
      },
      iconBrandColor: "#1f4e79",
      capabilities: [],
      publisher: "Kvalitetskedjan",
      stackOwner: "Kvalitetskedjan",
    },
  };
}
