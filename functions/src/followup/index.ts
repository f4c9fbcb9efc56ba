import { defineModule } from "../platform/module.js";
import financeGet from "./finance-get.js";
import financeImport from "./finance-import.js";
import financeSave from "./finance-save.js";
import goalDetailGet from "./goal-detail-get.js";
import koladaImport from "./kolada-import.js";
import koladaKpiSearch from "./kolada-kpi-search.js";
import publicResultsGet from "./public-results-get.js";
import reportDocxGet from "./report-docx-get.js";

/** Goal detail with trends, Kolada benchmarks, cost beside quality, the Word report and open results. */
export const followupModule = defineModule({
  name: "followup",
  routes: [financeGet, financeImport, financeSave, goalDetailGet, koladaImport, koladaKpiSearch, publicResultsGet, reportDocxGet],
});
