import { KeyParams, OrgUnit, orgUnitUpdateRoute, UpdateOrgUnitBody } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...orgUnitUpdateRoute,
  summary: "Renames or (de)activates a unit. Requires If-Match.",
  tag: "Directory",
  auth: "user",
  params: KeyParams,
  body: UpdateOrgUnitBody,
  requiresIfMatch: true,
  response: OrgUnit,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const unit = await services.directory.updateOrgUnit(principal, params.id, body, ifMatch);
    return { body: unit, etag: unit.etag };
  },
});
