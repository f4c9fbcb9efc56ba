import { PublicRegister, PublicRegisterQuery, PublicResultsParams, publicDocumentsGetRoute } from "@kvalitetskedjan/domain";
import { publicRegisterCsv } from "../platform/http/open-data.js";
import { publicHeaders } from "../platform/params.js";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...publicDocumentsGetRoute,
  summary:
    "Open data, no sign-in: the municipality's register of governing documents as JSON or CSV, as adopted, with bodies by name and no person. Only when the municipality publishes it.",
  tag: "Open data",
  auth: "anonymous",
  params: PublicResultsParams,
  query: PublicRegisterQuery,
  response: PublicRegister,
  files: ["text/csv"],
  async handle(_caller, { params, query, services }) {
    const register = await services.register.publicRegister(params.tenantId);
    if (query.format === "csv") {
      return {
        file: { contentType: "text/csv; charset=utf-8", body: publicRegisterCsv(register), filename: "styrande-dokument.csv" },
        headers: publicHeaders,
      };
    }
    return { body: register, headers: publicHeaders };
  },
});
