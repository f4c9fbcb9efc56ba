import { KeyParams } from "../platform/params.js";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  name: "role-assignment-delete",
  method: "DELETE",
  route: "role-assignments/{id}",
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
