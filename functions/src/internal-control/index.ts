import { defineModule } from "../platform/module.js";
import committeeAssessmentSave from "./committee-assessment-save.js";
import commonControlCreate from "./common-control-create.js";
import controlCreate from "./control-create.js";
import controlPlanAdopt from "./control-plan-adopt.js";
import controlRemove from "./control-remove.js";
import controlReportGet from "./control-report-get.js";
import controlReportSave from "./control-report-save.js";
import controlReportTransition from "./control-report-transition.js";
import controlUpdate from "./control-update.js";
import criticalFunctionCreate from "./critical-function-create.js";
import criticalFunctionUpdate from "./critical-function-update.js";
import goalRisksGet from "./goal-risks-get.js";
import internalControlActionCreate from "./internal-control-action-create.js";
import internalControlActionUpdate from "./internal-control-action-update.js";
import internalControlAlertsTimer from "./internal-control-alerts-timer.js";
import internalControlCommitteeGet from "./internal-control-committee-get.js";
import internalControlDocxGet from "./internal-control-docx-get.js";
import internalControlOversightAssess from "./internal-control-oversight-assess.js";
import internalControlOversightGet from "./internal-control-oversight-get.js";
import internalControlSettingsGet from "./internal-control-settings-get.js";
import internalControlSettingsUpdate from "./internal-control-settings-update.js";
import riskAssess from "./risk-assess.js";
import riskCreate from "./risk-create.js";
import riskRemove from "./risk-remove.js";
import riskUpdate from "./risk-update.js";
import rsaGet from "./rsa-get.js";
import rsaMeasureCreate from "./rsa-measure-create.js";
import rsaMeasureUpdate from "./rsa-measure-update.js";
import rsaRiskCreate from "./rsa-risk-create.js";
import rsaRiskUpdate from "./rsa-risk-update.js";

/** Internal control (issue 14): the risk scale, the materiality and risk analysis, the plan, results, actions, the executive board's oversight, the RSA, the year's report and the daily digest. */
export const internalControlModule = defineModule({
  name: "internalControl",
  routes: [
    committeeAssessmentSave,
    commonControlCreate,
    controlCreate,
    controlPlanAdopt,
    controlRemove,
    controlReportGet,
    controlReportSave,
    controlReportTransition,
    controlUpdate,
    criticalFunctionCreate,
    criticalFunctionUpdate,
    goalRisksGet,
    internalControlActionCreate,
    internalControlActionUpdate,
    internalControlCommitteeGet,
    internalControlDocxGet,
    internalControlOversightAssess,
    internalControlOversightGet,
    internalControlSettingsGet,
    internalControlSettingsUpdate,
    riskAssess,
    riskCreate,
    riskRemove,
    riskUpdate,
    rsaGet,
    rsaMeasureCreate,
    rsaMeasureUpdate,
    rsaRiskCreate,
    rsaRiskUpdate,
  ],
  timers: [internalControlAlertsTimer],
  containers: ["internalControl"],
});
