import type { SampleRequest, Targets } from "../catalogue.js";

/** A well-formed request for each route of the platform module: health, the API description and the audit trail. */
export const platformSamples = (t: Targets): Record<string, SampleRequest> => ({
  "health-get": { method: "GET", path: "/api/health", write: false },
  "health-details-get": { method: "GET", path: "/api/health/details", write: false },
  "openapi-get": { method: "GET", path: "/api/openapi.json", write: false },
  "audit-list": { method: "GET", path: `/api/audit?objectType=orgUnit&objectId=${t.unit}`, write: false },
});
