import { defineModule } from "../platform/module.js";
import approvalsList from "./approvals-list.js";
import calendarUpdate from "./calendar-update.js";
import goalTreeGet from "./goal-tree-get.js";
import myNotificationsList from "./my-notifications-list.js";
import periodLock from "./period-lock.js";
import periodRemind from "./period-remind.js";
import periodStatusGet from "./period-status-get.js";
import reportGet from "./report-get.js";
import reportRemindersTimer from "./report-reminders-timer.js";
import reportSave from "./report-save.js";
import reportSubmit from "./report-submit.js";
import reportTransition from "./report-transition.js";
import rollupDecide from "./rollup-decide.js";
import rollupGet from "./rollup-get.js";

/** Reports and their status flow, the reporting calendar, reminders, approvals and the roll-up. */
export const reportingModule = defineModule({
  name: "reporting",
  routes: [
    approvalsList,
    calendarUpdate,
    goalTreeGet,
    myNotificationsList,
    periodLock,
    periodRemind,
    periodStatusGet,
    reportGet,
    reportSave,
    reportSubmit,
    reportTransition,
    rollupDecide,
    rollupGet,
  ],
  timers: [reportRemindersTimer],
});
