import { DocumentSettings, DocumentSettingsBody, documentTypesUpdateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...documentTypesUpdateRoute,
  summary:
    "Replaces the document types (municipality administrators); a type in use stays. If-Match: the version read, `new` before the first save.",
  tag: "Governing documents",
  auth: "user",
  body: DocumentSettingsBody,
  requiresIfMatch: true,
  response: DocumentSettings,
  async handle({ principal, tenant }, { body, ifMatch, services }) {
    const settings = await services.documentTypes.updateSettings(principal, tenant, body, ifMatch);
    return { body: settings, etag: settings.etag };
  },
});
