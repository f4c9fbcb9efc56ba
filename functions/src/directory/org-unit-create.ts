import { CreateOrgUnitBody, OrgUnit, orgUnitCreateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...orgUnitCreateRoute,
  summary: "Adds a unit under a parent. Administrators of the parent's scope.",
  tag: "Directory",
  auth: "user",
  body: CreateOrgUnitBody,
  response: OrgUnit,
  successStatus: 201,
  async handle({ principal }, { body, services }) {
    const unit = await services.directory.createOrgUnit(principal, body);
    return { body: unit, etag: unit.etag };
  },
});
