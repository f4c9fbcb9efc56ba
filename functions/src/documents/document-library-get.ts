import { DocumentLibrarySettings, documentLibraryGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...documentLibraryGetRoute,
  summary: "Where the municipality files its governing documents: the SharePoint site and library chosen (or the local folder).",
  tag: "Governing documents",
  auth: "user",
  response: DocumentLibrarySettings,
  async handle({ principal }, { services }) {
    const settings = await services.librarySettings.getLibrarySettings(principal);
    return { body: settings, etag: settings.etag };
  },
});
