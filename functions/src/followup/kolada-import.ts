import { KoladaImportBody, KoladaImportResult, koladaImportRoute } from "@kvalitetskedjan/domain";
import { fileImportBytes } from "../platform/params.js";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...koladaImportRoute,
  summary:
    "Imports Kolada values (administrators): a downloaded Kolada v3 data file, or a fetch from Kolada's API for the KPIs a plan year's indicators link. Keeps the own municipality and its comparison group.",
  tag: "Benchmark",
  external: true,
  auth: "user",
  body: KoladaImportBody,
  maxBodyBytes: fileImportBytes,
  response: KoladaImportResult,
  async handle({ principal, tenant }, { body, services }) {
    return { body: await services.kolada.importKolada(principal, tenant, body) };
  },
});
