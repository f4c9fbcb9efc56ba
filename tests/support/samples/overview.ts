import type { SampleRequest, Targets } from "../catalogue.js";

/** A well-formed request for each route of the overview module: where the municipality stands. */
export const overviewSamples = (t: Targets): Record<string, SampleRequest> => ({
  "overview-get": { method: "GET", path: `/api/overview?planYearId=${t.planYear}&periodId=interim1`, write: false },
  "overview-goals": {
    method: "GET",
    path: `/api/overview/goals?planYearId=${t.planYear}&periodId=interim1&bodyId=${t.committee}&assessment=notFulfilled`,
    write: false,
  },
});
