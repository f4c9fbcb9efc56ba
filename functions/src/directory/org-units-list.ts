import { OrgTree, orgUnitsListRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...orgUnitsListRoute,
  summary: "The municipality's organisation tree: council, board, committees, companies, departments, units.",
  tag: "Directory",
  auth: "user",
  response: OrgTree,
  async handle({ principal }, { services }) {
    return { body: await services.directory.getOrgTree(principal) };
  },
});
