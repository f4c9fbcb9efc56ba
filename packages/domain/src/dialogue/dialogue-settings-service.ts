import type { TenantRecord } from "../directory/directory-repository.js";
import { DomainError, forbidden } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import type { Stored } from "../shared/store.js";
import type { DialogueSettings, DialogueSettingsBody } from "./contracts.js";
import { coordinatesDialogues } from "./dialogue-access.js";
import type { DialogueRepository, DialogueSettingsData } from "./dialogue-repository.js";
import { defaultDialogueSettings } from "./settings-contracts.js";
import { assertUsableTaxonomy } from "./target-group-rules.js";

type Deps = {
  readonly dialogue: DialogueRepository;
  readonly directory: { listOrgUnits(tenantId: string): Promise<readonly { id: string; kind: string; parentId: string | null }[]> };
};

/** The version of the settings before the municipality saves its own: `If-Match: default`. */
export const defaultDialogueSettingsEtag = "default";

export const toDialogueSettings = (stored: Stored<DialogueSettingsData> | null): DialogueSettings => {
  if (!stored) return { ...defaultDialogueSettings, etag: defaultDialogueSettingsEtag };
  const { methods, districts, ageBands, targetGroups, decisions, overlapWeeks, feedbackDays, publish } = stored;
  return { methods, districts, ageBands, targetGroups, decisions, overlapWeeks, feedbackDays, publish, etag: stored.etag };
};

/** The municipality's methods, target groups, districts, age bands, decisions and rules for dialogues. */
export function createDialogueSettingsService({ dialogue, directory }: Deps) {
  return {
    async getSettings(p: Principal): Promise<DialogueSettings> {
      requireMember(p);
      return toDialogueSettings(await dialogue.findSettings(p.tenantId));
    },

    /** Saves the settings (the quality group and the municipality's administrators); `etag` is the version read. */
    async updateSettings(p: Principal, tenant: TenantRecord, body: DialogueSettingsBody, etag: string): Promise<DialogueSettings> {
      requireMember(p);
      const units = new Map((await directory.listOrgUnits(p.tenantId)).map((u) => [u.id, u]));
      if (!coordinatesDialogues(p, units, tenant.rootOrgUnitId)) throw forbidden("requires_dialogueCoordinator:dialogue.settings");
      assertUsableTaxonomy(body);
      const stored = await dialogue.findSettings(p.tenantId);
      const data: DialogueSettingsData = { id: "current", ...body };
      const audit = { userId: p.userId, action: "dialogueSettings.update" };
      if (!stored && etag !== defaultDialogueSettingsEtag) {
        throw new DomainError("precondition_failed", "Someone else changed this first. Reload and try again.");
      }
      const saved = stored
        ? await dialogue.replace(p.tenantId, "dialogueSettings", stored, data, etag, audit)
        : await dialogue.create(p.tenantId, "dialogueSettings", data, audit);
      return toDialogueSettings(saved);
    },
  };
}

export type DialogueSettingsService = ReturnType<typeof createDialogueSettingsService>;
