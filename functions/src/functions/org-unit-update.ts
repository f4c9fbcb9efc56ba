import { OrgUnit, UpdateOrgUnitBody } from "@kvalitetskedjan/domain";
import { defineRoute } from "../routes.js";
import { KeyParams } from "./params.js";

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
