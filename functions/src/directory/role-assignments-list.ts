import { ListRoleAssignmentsQuery, RoleAssignmentList, roleAssignmentsListRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...roleAssignmentsListRoute,
  summary: "Who holds which role, filtered by scope and/or person.",
  tag: "Directory",
  auth: "user",
  query: ListRoleAssignmentsQuery,
  response: RoleAssignmentList,
  async handle({ principal }, { query, services }) {
    return { body: await services.directory.listRoleAssignments(principal, query) };
  },
});
