import { DocumentLibraryBody, DocumentLibrarySettings, documentLibraryUpdateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...documentLibraryUpdateRoute,
  summary:
    "Chooses the SharePoint site and library governing documents are filed in (municipality administrators); the library must be one of the site's. Requires If-Match.",
  tag: "Governing documents",
  external: true,
  auth: "user",
  body: DocumentLibraryBody,
  requiresIfMatch: true,
  response: DocumentLibrarySettings,
  async handle({ principal, tenant }, { body, ifMatch, services }) {
    const settings = await services.librarySettings.updateLibrarySettings(principal, tenant, body, ifMatch);
    return { body: settings, etag: settings.etag };
  },
});
