import auditList from "./audit-list.js";
import healthDetailsGet from "./health-details-get.js";
import healthGet from "./health-get.js";
import { defineModule } from "./module.js";
import openapiGet from "./openapi-get.js";

/** Health, the API's own description (OpenAPI) and the audit trail of any record. */
export const platformModule = defineModule({
  name: "platform",
  routes: [auditList, healthDetailsGet, healthGet, openapiGet],
});
