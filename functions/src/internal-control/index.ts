import { defineModule } from "../platform/module.js";
import commonControlCreate from "./common-control-create.js";
import controlCreate from "./control-create.js";
import controlPlanAdopt from "./control-plan-adopt.js";
import controlRemove from "./control-remove.js";
import controlReportGet from "./control-report-get.js";
import controlReportSave from "./control-report-save.js";
import controlReportTransition from "./control-report-transition.js";
import controlUpdate from "./control-update.js";
import internalControlActionCreate from "./internal-control-action-create.js";
import internalControlActionUpdate from "./internal-control-action-update.js";
import internalControlCommitteeGet from "./internal-control-committee-get.js";
import internalControlOversightAssess from "./internal-control-oversight-assess.js";
import internalControlOversightGet from "./internal-control-oversight-get.js";
import internalControlSettingsGet from "./internal-control-settings-get.js";
import internalControlSettingsUpdate from "./internal-control-settings-update.js";
import riskAssess from "./risk-assess.js";
import riskCreate from "./risk-create.js";
import riskRemove from "./risk-remove.js";
import riskUpdate from "./risk-update.js";

/** Internal control (issue 14): the risk scale, the materiality and risk analysis, the plan, results, actions and the executive board's oversight. */
export const internalControlModule = defineModule({
  name: "internalControl",
  routes: [
    commonControlCreate,
    controlCreate,
    controlPlanAdopt,
    controlRemove,
    controlReportGet,
    controlReportSave,
    controlReportTransition,
    controlUpdate,
    internalControlActionCreate,
    internalControlActionUpdate,
    internalControlCommitteeGet,
    internalControlOversightAssess,
    internalControlOversightGet,
    internalControlSettingsGet,
    internalControlSettingsUpdate,
    riskAssess,
    riskCreate,
    riskRemove,
    riskUpdate,
  ],
  containers: ["internalControl"],
});
