import { CriticalFunction, criticalFunctionUpdateRoute, KeyParams, UpdateCriticalFunctionBody } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...criticalFunctionUpdateRoute,
  summary: "Changes a critical function: dependencies, tolerable outage, capability assessment, continuity plan. Requires If-Match.",
  tag: "Internal control",
  auth: "user",
  params: KeyParams,
  body: UpdateCriticalFunctionBody,
  requiresIfMatch: true,
  response: CriticalFunction,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const fn = await services.rsa.updateFunction(principal, params.id, body, ifMatch);
    return { body: fn, etag: fn.etag };
  },
});
