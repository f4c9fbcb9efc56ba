import { defaultRiskCategories, defaultRiskScale } from "@kvalitetskedjan/domain";
import type { SampleRequest, Targets } from "../catalogue.js";

/** A well-formed request for each route of the internal control module: so far its settings. */
export const internalControlSamples = (_t: Targets): Record<string, SampleRequest> => ({
  "internal-control-settings-get": { method: "GET", path: "/api/internal-control/settings", write: false },
  "internal-control-settings-update": {
    method: "PUT",
    path: "/api/internal-control/settings",
    body: { riskScale: defaultRiskScale, categories: defaultRiskCategories },
    ifMatch: true,
    write: true,
  },
});
