import type { sv } from "./messages.js";

/** English, chosen from the Teams locale and loaded only then. The type asks for every Swedish key. */
export const en: Record<keyof typeof sv, string> = {
  "home.title": "My items",
  "home.intro": "What you need to do. Reports and governing documents waiting for you show up here.",
  "home.openOverview": "See where the whole municipality stands in Overview",
  "home.nothingDue": "Nothing is waiting for you right now.",
  "home.responsibilities": "My responsibilities",
  "home.noResponsibilities": "You have no role yet. Ask an administrator for access.",
  "home.due": "Due {date}",
  "home.notifications": "Reminders",
  "home.noNotifications": "No reminders in the last 30 days.",
  "home.kind.report": "To report",
  "home.kind.reportToApprove": "To approve",
  "home.kind.reportToReview": "To review in committee",
  "home.kind.controlReportToApprove": "Control report to approve",
  "home.kind.controlReportToReview": "Control report to review",
  "home.kind.controlToReport": "Control to report",
  "home.kind.internalControlAction": "Action after a deviation",
  "home.kind.internalControlActionOverdue": "Overdue action",
  "home.kind.dialogueFeedbackDue": "Feedback to give",
  "home.kind.dialogueFeedbackOverdue": "Overdue feedback",
  "home.kind.assignment": "Assignment from a committee",
};
