// The followup module's routes in the API's catalogue (see shared/api-route.ts).
import type { z } from "zod";
import type {
  DocxReportQuery,
  FinanceBody,
  FinanceImportBody,
  FinanceView,
  GoalDetail,
  KeyParams,
  KoladaImportBody,
  KoladaImportResult,
  KoladaKpiList,
  KoladaKpiSearchQuery,
  PeriodParams,
  PublicResults,
  PublicResultsParams,
  PublicResultsQuery,
} from "../index.js";
import { type ApiFile, apiRoute } from "../shared/api-route.js";

export const financeGetRoute = apiRoute<z.input<typeof KeyParams>, undefined, undefined, z.output<typeof FinanceView>>(
  "finance-get",
  "GET",
  "plan-years/{id}/finance",
);
export const financeImportRoute = apiRoute<
  z.input<typeof KeyParams>,
  undefined,
  z.input<typeof FinanceImportBody>,
  z.output<typeof FinanceView>
>("finance-import", "POST", "plan-years/{id}/finance/import");
export const financeSaveRoute = apiRoute<z.input<typeof KeyParams>, undefined, z.input<typeof FinanceBody>, z.output<typeof FinanceView>>(
  "finance-save",
  "PUT",
  "plan-years/{id}/finance",
);
export const goalDetailGetRoute = apiRoute<z.input<typeof KeyParams>, undefined, undefined, z.output<typeof GoalDetail>>(
  "goal-detail-get",
  "GET",
  "goals/{id}/detail",
);
export const koladaImportRoute = apiRoute<undefined, undefined, z.input<typeof KoladaImportBody>, z.output<typeof KoladaImportResult>>(
  "kolada-import",
  "POST",
  "kolada/imports",
);
export const koladaKpiSearchRoute = apiRoute<undefined, z.input<typeof KoladaKpiSearchQuery>, undefined, z.output<typeof KoladaKpiList>>(
  "kolada-kpi-search",
  "GET",
  "kolada/kpis",
);
export const publicResultsGetRoute = apiRoute<
  z.input<typeof PublicResultsParams>,
  z.input<typeof PublicResultsQuery>,
  undefined,
  z.output<typeof PublicResults> | ApiFile
>("public-results-get", "GET", "public/{tenantId}/results");
export const reportDocxGetRoute = apiRoute<z.input<typeof PeriodParams>, z.input<typeof DocxReportQuery>, undefined, ApiFile>(
  "report-docx-get",
  "GET",
  "plan-years/{id}/periods/{periodId}/report.docx",
);
