import type { TenantRegistry } from "../directory/directory-repository.js";
import type { Notifier } from "../notifications/notifier.js";
import { createActivityService } from "./activity-service.js";
import { type AttachmentDeps, createDialogueAttachmentService } from "./attachment-service.js";
import { createDialoguePlanService } from "./dialogue-plan-service.js";
import { createDialogueResultsService } from "./dialogue-results-service.js";
import { createDialogueSettingsService } from "./dialogue-settings-service.js";
import { createFeedbackService } from "./feedback-service.js";
import { createPublicDialogueService } from "./public-dialogue-service.js";
import { createDialogueSummaryService } from "./summary-service.js";
import { createTraceService } from "./trace-service.js";

/** Every service of dialogue planning, built from its ports: the composition root takes them as one. */
export function createDialogueServices(
  deps: AttachmentDeps & {
    readonly goals: AttachmentDeps["goals"] & { listPlanYears(tenantId: string): Promise<readonly { year: number; id: string }[]> };
    readonly notifier: Notifier;
    readonly tenants: Pick<TenantRegistry, "findTenant">;
  },
) {
  return {
    dialogueRepository: deps.dialogue,
    dialogueSettings: createDialogueSettingsService(deps),
    dialoguePlans: createDialoguePlanService(deps),
    dialogueActivities: createActivityService(deps),
    dialogueResults: createDialogueResultsService(deps),
    dialogueAttachments: createDialogueAttachmentService(deps),
    dialogueFeedback: createFeedbackService(deps),
    dialogueTrace: createTraceService(deps),
    publicDialogues: createPublicDialogueService(deps),
    dialogueSummary: createDialogueSummaryService(deps),
  };
}

export type DialogueServices = ReturnType<typeof createDialogueServices>;
