import { defineModule } from "../platform/module.js";
import annualCycleGet from "./annual-cycle-get.js";
import annualCycleIcsGet from "./annual-cycle-ics-get.js";
import annualCycleMilestonesSave from "./annual-cycle-milestones-save.js";
import assignmentDone from "./assignment-done.js";
import calendarFeedCreate from "./calendar-feed-create.js";
import calendarFeedGet from "./calendar-feed-get.js";
import calendarFeedRevoke from "./calendar-feed-revoke.js";
import meetingAdjust from "./meeting-adjust.js";
import meetingAgendaSave from "./meeting-agenda-save.js";
import meetingByTeamsGet from "./meeting-by-teams-get.js";
import meetingCreate from "./meeting-create.js";
import meetingCurrentSet from "./meeting-current-set.js";
import meetingDecisionRecord from "./meeting-decision-record.js";
import meetingDocumentFile from "./meeting-document-file.js";
import meetingDocumentGet from "./meeting-document-get.js";
import meetingGet from "./meeting-get.js";
import meetingProposalGet from "./meeting-proposal-get.js";
import meetingPublish from "./meeting-publish.js";
import meetingRemove from "./meeting-remove.js";
import meetingTeamsBind from "./meeting-teams-bind.js";
import meetingUpdate from "./meeting-update.js";
import meetingsList from "./meetings-list.js";
import publicCalendarGet from "./public-calendar-get.js";

/** Committee meetings (issue 16): the agenda proposed from what is due, decisions with § that flow back to their objects, assignments and adjustment. */
export const meetingsModule = defineModule({
  name: "meetings",
  routes: [
    annualCycleGet,
    annualCycleIcsGet,
    annualCycleMilestonesSave,
    assignmentDone,
    calendarFeedCreate,
    calendarFeedGet,
    calendarFeedRevoke,
    meetingAdjust,
    meetingAgendaSave,
    meetingByTeamsGet,
    meetingCreate,
    meetingCurrentSet,
    meetingDecisionRecord,
    meetingDocumentFile,
    meetingDocumentGet,
    meetingGet,
    meetingProposalGet,
    meetingPublish,
    meetingRemove,
    meetingTeamsBind,
    meetingUpdate,
    meetingsList,
    publicCalendarGet,
  ],
  containers: ["meetings"],
});
