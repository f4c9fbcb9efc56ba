import { DocumentLibraryView, documentLibraryViewRoute, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...documentLibraryViewRoute,
  summary: "The document's file as the library holds it: its columns, its versions, and whether the columns agree with the register.",
  tag: "Governing documents",
  external: true,
  auth: "user",
  params: KeyParams,
  response: DocumentLibraryView,
  async handle({ principal }, { params, services }) {
    return { body: await services.documentFiles.libraryView(principal, params.id) };
  },
});
