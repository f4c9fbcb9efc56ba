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
    Omit<DueSourceDeps, "meetings" | "documents"> &
    DecisionEffectDeps &
    Pick<FilingDeps, "library"> & {
      readonly documents: DueSourceDeps["documents"] & DecisionEffectDeps["documents"] & FilingDeps["documents"];
    },
) {
  const dueFor = createDueSource(deps);
  const applyDecision = createDecisionEffects(deps);
  return {
    meetingRepository: deps.meetings,
    meetingService: createMeetingService({ ...deps, dueFor }),
    meetingDecisions: createDecisionService({ ...deps, applyDecision }),
    meetingFiling: createMeetingFilingService(deps),
    meetingSession: createMeetingSessionService(deps),
  };
}

export type MeetingServices = ReturnType<typeof createMeetingServices>;
