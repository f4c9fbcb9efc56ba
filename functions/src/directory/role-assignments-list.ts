import { ListRoleAssignmentsQuery, RoleAssignmentList } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  name: "role-assignments-list",
  method: "GET",
  route: "role-assignments",
  summary: "Who holds which role, filtered by scope and/or person.",
  tag: "Directory",
  auth: "user",
  query: ListRoleAssignmentsQuery,
  response: RoleAssignmentList,
  async handle({ principal }, { query, services }) {
    return { body: await services.directory.listRoleAssignments(principal, query) };
  },
});
