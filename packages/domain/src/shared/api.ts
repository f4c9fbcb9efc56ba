// The shared module's routes in the API's catalogue (see shared/api-route.ts).
import type { z } from "zod";
import type { AuditList, auditQuery, Health, HealthDetails } from "../index.js";
import { apiRoute } from "./api-route.js";

export const auditListRoute = apiRoute<
  undefined,
  z.input<ReturnType<typeof auditQuery<[string, ...string[]]>>>,
  undefined,
  z.output<typeof AuditList>
>("audit-list", "GET", "audit");
export const healthDetailsGetRoute = apiRoute<undefined, undefined, undefined, z.output<typeof HealthDetails>>(
  "health-details-get",
  "GET",
  "health/details",
);
export const healthGetRoute = apiRoute<undefined, undefined, undefined, z.output<typeof Health>>("health-get", "GET", "health");
export const openapiGetRoute = apiRoute<undefined, undefined, undefined, Record<string, unknown>>("openapi-get", "GET", "openapi.json");
