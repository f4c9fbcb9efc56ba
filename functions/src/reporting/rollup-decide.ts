import { DecideRollupBody, PeriodParams, RollupRow, rollupDecideRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...rollupDecideRoute,
  summary:
    "Confirms a council goal's suggested assessment, or overrides it with a justification (administrators). If-Match: `new` before the first decision.",
  tag: "Reporting",
  auth: "user",
  params: PeriodParams,
  body: DecideRollupBody,
  requiresIfMatch: true,
  response: RollupRow,
  async handle({ principal, tenant }, { params, body, ifMatch, services }) {
    const row = await services.rollup.decideRollup(principal, tenant, params.id, params.periodId, body, ifMatch);
    return { body: row, etag: row.etag };
  },
});
