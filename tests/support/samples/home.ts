import type { SampleRequest, Targets } from "../catalogue.js";

/** A well-formed request for each route of the home module: My items. */
export const homeSamples = (_t: Targets): Record<string, SampleRequest> => ({
  "my-items-get": { method: "GET", path: "/api/me/items", write: false },
});
