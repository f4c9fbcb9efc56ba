import { type CycleDeps, createAnnualCycleService } from "./annual-cycle-service.js";
import { type CalendarFeedDeps, createCalendarFeedService } from "./calendar-feed-service.js";
import type { DecisionEffectDeps } from "./decision-effects.js";
import { createDecisionEffects } from "./decision-effects.js";
import { createDecisionService } from "./decision-service.js";
import { createDueSource, type DueSourceDeps } from "./due-source.js";
import type { MeetingDeps } from "./meeting-context.js";
import { createMeetingFilingService, type FilingDeps } from "./meeting-filing-service.js";
import { createMeetingService } from "./meeting-service.js";
import { createMeetingSessionService } from "./meeting-session-service.js";

/** Every service of committee meetings, built from its ports and the services its decisions reach. */
export function createMeetingServices(
  deps: MeetingDeps &
    Omit<DueSourceDeps, "meetings" | "documents" | "internalControl" | "dialogue"> &
    DecisionEffectDeps &
    Pick<FilingDeps, "library"> &
    Pick<CalendarFeedDeps, "secrets"> & {
      readonly directory: MeetingDeps["directory"] & CalendarFeedDeps["directory"];
      readonly documents: DueSourceDeps["documents"] & DecisionEffectDeps["documents"] & FilingDeps["documents"];
      readonly internalControl: DueSourceDeps["internalControl"] & DecisionEffectDeps["internalControl"] & CycleDeps["internalControl"];
      readonly dialogue: DueSourceDeps["dialogue"] & DecisionEffectDeps["dialogue"];
    },
) {
  const dueFor = createDueSource(deps);
  const applyDecision = createDecisionEffects(deps);
  const annualCycle = createAnnualCycleService(deps);
  return {
    meetingRepository: deps.meetings,
    meetingService: createMeetingService({ ...deps, dueFor }),
    meetingDecisions: createDecisionService({ ...deps, applyDecision }),
    meetingFiling: createMeetingFilingService(deps),
    meetingSession: createMeetingSessionService(deps),
    annualCycle,
    calendarFeeds: createCalendarFeedService({ ...deps, annualCycle }),
  };
}

export type MeetingServices = ReturnType<typeof createMeetingServices>;
