import { documentLibraryCandidatesRoute, LibraryCandidates, LibraryCandidatesQuery } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...documentLibraryCandidatesRoute,
  summary:
    "The document libraries of a SharePoint site the app has been granted (Sites.Selected), to choose from (municipality administrators).",
  tag: "Governing documents",
  external: true,
  auth: "user",
  query: LibraryCandidatesQuery,
  response: LibraryCandidates,
  async handle({ principal, tenant }, { query, services }) {
    return { body: await services.librarySettings.libraryCandidates(principal, tenant, query.siteUrl) };
  },
});
