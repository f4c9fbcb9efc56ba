import { z } from "zod";
import { openApiDocument } from "../http/openapi.js";
import { defineRoute, routeTable } from "../routes.js";

export default defineRoute({
  name: "openapi-get",
  method: "GET",
  route: "openapi.json",
  summary: "This API described as OpenAPI 3.1, for Power BI and Power Automate.",
  tag: "Platform",
  auth: "anonymous",
  response: z.record(z.string(), z.unknown()),
  async handle(_caller, { services }) {
    return {
      body: openApiDocument(
        routeTable().map((r) => r.spec),
        services.config.APP_VERSION,
      ),
    };
  },
});
