import { openapiGetRoute } from "@kvalitetskedjan/domain";
import { z } from "zod";
import { delegatedScope } from "./config.js";
import { openApiDocument } from "./http/openapi.js";
import { defineRoute, routeTable } from "./routes.js";

export default defineRoute({
  ...openapiGetRoute,
  summary: "This API described as OpenAPI 3.1, for Power BI and Power Automate.",
  tag: "Platform",
  auth: "anonymous",
  response: z.record(z.string(), z.unknown()),
  async handle(_caller, { services, url }) {
    return {
      body: openApiDocument(
        routeTable().map((r) => r.spec),
        {
          version: services.config.APP_VERSION,
          serverUrl: services.config.API_PUBLIC_URL?.replace(/\/$/, "") ?? new URL(url).origin,
          scope: delegatedScope(services.config),
        },
      ),
    };
  },
});
