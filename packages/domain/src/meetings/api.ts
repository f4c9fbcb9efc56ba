// The meetings module's routes in the API's catalogue (see shared/api-route.ts).
import type { z } from "zod";
import type {
  AdjustBody,
  AgendaBody,
  AgendaProposal,
  AnnualCycle,
  AssignmentDoneBody,
  CalendarFeed,
  CalendarFeedBody,
  CalendarFeedParams,
  CurrentItemBody,
  CycleQuery,
  DecisionBody,
  FileDocumentBody,
  KeyParams,
  Meeting,
  MeetingBody,
  MeetingDocumentParams,
  MeetingDocumentQuery,
  MeetingList,
  MeetingListQuery,
  MeetingUpdateBody,
  MilestonesBody,
  MilestoneYearParams,
  TeamsBindingBody,
  TeamsMeetingQuery,
} from "../index.js";
import { type ApiFile, apiRoute } from "../shared/api-route.js";

type In<T extends z.ZodType> = z.input<T>;
type Out<T extends z.ZodType> = z.output<T>;

export const meetingsListRoute = apiRoute<undefined, In<typeof MeetingListQuery>, undefined, Out<typeof MeetingList>>(
  "meetings-list",
  "GET",
  "meetings",
);
export const meetingCreateRoute = apiRoute<undefined, undefined, In<typeof MeetingBody>, Out<typeof Meeting>>(
  "meeting-create",
  "POST",
  "meetings",
);
export const meetingGetRoute = apiRoute<In<typeof KeyParams>, undefined, undefined, Out<typeof Meeting>>(
  "meeting-get",
  "GET",
  "meetings/{id}",
);
export const meetingUpdateRoute = apiRoute<In<typeof KeyParams>, undefined, In<typeof MeetingUpdateBody>, Out<typeof Meeting>>(
  "meeting-update",
  "PATCH",
  "meetings/{id}",
);
export const meetingRemoveRoute = apiRoute<In<typeof KeyParams>, undefined, undefined, null>("meeting-remove", "DELETE", "meetings/{id}");
export const meetingProposalGetRoute = apiRoute<In<typeof KeyParams>, undefined, undefined, Out<typeof AgendaProposal>>(
  "meeting-proposal-get",
  "GET",
  "meetings/{id}/proposal",
);
export const meetingAgendaSaveRoute = apiRoute<In<typeof KeyParams>, undefined, In<typeof AgendaBody>, Out<typeof Meeting>>(
  "meeting-agenda-save",
  "PUT",
  "meetings/{id}/agenda",
);
export const meetingPublishRoute = apiRoute<In<typeof KeyParams>, undefined, undefined, Out<typeof Meeting>>(
  "meeting-publish",
  "POST",
  "meetings/{id}/publish",
);
export const meetingDecisionRecordRoute = apiRoute<In<typeof KeyParams>, undefined, In<typeof DecisionBody>, Out<typeof Meeting>>(
  "meeting-decision-record",
  "POST",
  "meetings/{id}/decisions",
);
export const meetingAdjustRoute = apiRoute<In<typeof KeyParams>, undefined, In<typeof AdjustBody>, Out<typeof Meeting>>(
  "meeting-adjust",
  "POST",
  "meetings/{id}/adjust",
);
export const assignmentDoneRoute = apiRoute<
  In<typeof KeyParams>,
  undefined,
  In<typeof AssignmentDoneBody>,
  { id: string; etag: string; done: { on: string; by: string; note: string } | null }
>("assignment-done", "POST", "assignments/{id}/done");
export const meetingDocumentGetRoute = apiRoute<In<typeof MeetingDocumentParams>, In<typeof MeetingDocumentQuery>, undefined, ApiFile>(
  "meeting-document-get",
  "GET",
  "meetings/{id}/documents/{document}",
);
export const meetingDocumentFileRoute = apiRoute<In<typeof KeyParams>, undefined, In<typeof FileDocumentBody>, Out<typeof Meeting>>(
  "meeting-document-file",
  "POST",
  "meetings/{id}/library",
);
export const meetingCurrentSetRoute = apiRoute<In<typeof KeyParams>, undefined, In<typeof CurrentItemBody>, Out<typeof Meeting>>(
  "meeting-current-set",
  "PUT",
  "meetings/{id}/current",
);
export const meetingTeamsBindRoute = apiRoute<In<typeof KeyParams>, undefined, In<typeof TeamsBindingBody>, Out<typeof Meeting>>(
  "meeting-teams-bind",
  "PUT",
  "meetings/{id}/teams",
);
export const meetingByTeamsGetRoute = apiRoute<undefined, In<typeof TeamsMeetingQuery>, undefined, Out<typeof Meeting>>(
  "meeting-by-teams-get",
  "GET",
  "teams-meetings/meeting",
);
export const annualCycleGetRoute = apiRoute<undefined, In<typeof CycleQuery>, undefined, Out<typeof AnnualCycle>>(
  "annual-cycle-get",
  "GET",
  "annual-cycle",
);
export const annualCycleIcsGetRoute = apiRoute<undefined, In<typeof CycleQuery>, undefined, ApiFile>(
  "annual-cycle-ics-get",
  "GET",
  "annual-cycle/calendar.ics",
);
export const annualCycleMilestonesSaveRoute = apiRoute<
  In<typeof MilestoneYearParams>,
  undefined,
  In<typeof MilestonesBody>,
  Out<typeof AnnualCycle>
>("annual-cycle-milestones-save", "PUT", "annual-cycle/{year}/milestones");

/* A personal, revocable calendar subscription to the annual cycle. */
export const calendarFeedGetRoute = apiRoute<undefined, undefined, undefined, Out<typeof CalendarFeed>>(
  "calendar-feed-get",
  "GET",
  "me/calendar-feed",
);
export const calendarFeedCreateRoute = apiRoute<undefined, undefined, In<typeof CalendarFeedBody>, Out<typeof CalendarFeed>>(
  "calendar-feed-create",
  "POST",
  "me/calendar-feed",
);
export const calendarFeedRevokeRoute = apiRoute<undefined, undefined, undefined, Out<typeof CalendarFeed>>(
  "calendar-feed-revoke",
  "DELETE",
  "me/calendar-feed",
);
export const publicCalendarGetRoute = apiRoute<In<typeof CalendarFeedParams>, undefined, undefined, ApiFile>(
  "public-calendar-get",
  "GET",
  "public/{tenantId}/calendar/{token}",
);
