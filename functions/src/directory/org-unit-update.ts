import { OrgUnit, UpdateOrgUnitBody } from "@kvalitetskedjan/domain";
import { KeyParams } from "../platform/params.js";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  name: "org-unit-update",
  method: "PATCH",
  route: "org/units/{id}",
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
