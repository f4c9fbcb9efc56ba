import { DocumentSettings, documentTypesGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...documentTypesGetRoute,
  summary: "The municipality's governing-document types and how long a new version of each is valid by default.",
  tag: "Governing documents",
  auth: "user",
  response: DocumentSettings,
  async handle({ principal }, { services }) {
    const settings = await services.documentTypes.getSettings(principal);
    return { body: settings, etag: settings.etag };
  },
});
