import { defineModule } from "../platform/module.js";
import dialogueActivityCreate from "./dialogue-activity-create.js";
import dialogueActivityGet from "./dialogue-activity-get.js";
import dialogueActivityMove from "./dialogue-activity-move.js";
import dialogueActivityRemove from "./dialogue-activity-remove.js";
import dialogueActivityUpdate from "./dialogue-activity-update.js";
import dialogueAlertsTimer from "./dialogue-alerts-timer.js";
import dialogueAttachmentAdd from "./dialogue-attachment-add.js";
import dialogueAttachmentGet from "./dialogue-attachment-get.js";
import dialogueAttachmentRemove from "./dialogue-attachment-remove.js";
import dialogueCoordinationSave from "./dialogue-coordination-save.js";
import dialogueFeedbackRecord from "./dialogue-feedback-record.js";
import dialoguePlanAdopt from "./dialogue-plan-adopt.js";
import dialoguePlanGet from "./dialogue-plan-get.js";
import dialogueResultsSave from "./dialogue-results-save.js";
import dialogueSettingsGet from "./dialogue-settings-get.js";
import dialogueSettingsUpdate from "./dialogue-settings-update.js";
import dialogueSummaryDocxGet from "./dialogue-summary-docx-get.js";
import dialogueTraceGet from "./dialogue-trace-get.js";
import goalDialoguesGet from "./goal-dialogues-get.js";
import publicDialoguesGet from "./public-dialogues-get.js";

/** Dialogue planning (issue 15): the yearly plan of surveys and dialogues, overlaps, results with small cells suppressed, feedback and the trace to decisions. */
export const dialogueModule = defineModule({
  name: "dialogue",
  routes: [
    dialogueActivityCreate,
    dialogueActivityGet,
    dialogueActivityMove,
    dialogueActivityRemove,
    dialogueActivityUpdate,
    dialogueAttachmentAdd,
    dialogueAttachmentGet,
    dialogueAttachmentRemove,
    dialogueCoordinationSave,
    dialogueFeedbackRecord,
    dialoguePlanAdopt,
    dialoguePlanGet,
    dialogueResultsSave,
    dialogueSettingsGet,
    dialogueSettingsUpdate,
    dialogueSummaryDocxGet,
    dialogueTraceGet,
    goalDialoguesGet,
    publicDialoguesGet,
  ],
  timers: [dialogueAlertsTimer],
  containers: ["dialogue"],
});
