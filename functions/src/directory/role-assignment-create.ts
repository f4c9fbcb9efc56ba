import { GrantRoleBody, RoleAssignment, roleAssignmentCreateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...roleAssignmentCreateRoute,
  summary: "Grants a role on a scope; it is inherited by everything below. Administrators of the scope.",
  tag: "Directory",
  auth: "user",
  body: GrantRoleBody,
  response: RoleAssignment,
  successStatus: 201,
  async handle({ principal }, { body, services }) {
    const assignment = await services.directory.grantRole(principal, body);
    return { body: assignment, etag: assignment.etag };
  },
});
