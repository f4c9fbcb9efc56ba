import { KeyParams, roleAssignmentDeleteRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...roleAssignmentDeleteRoute,
  summary: "Revokes a role (kept, marked deleted, audited). Requires If-Match.",
  tag: "Directory",
  auth: "user",
  params: KeyParams,
  requiresIfMatch: true,
  response: null,
  async handle({ principal }, { params, ifMatch, services }) {
    await services.directory.revokeRole(principal, params.id, ifMatch);
    return {};
  },
});
