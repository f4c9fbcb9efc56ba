import type { TenantRecord } from "../directory/directory-repository.js";
import { DomainError } from "../shared/errors.js";
import { type Principal, requireMember, requireMunicipalityAdministrator } from "../shared/principal.js";
import type { GoalSettings, GoalSettingsBody } from "./contracts.js";
import { defaultSettingsEtag, readGoalSettings, settingsDto } from "./goal-mappers.js";
import type { GoalRepository } from "./goal-repository.js";

type Deps = { readonly goals: GoalRepository };

/** A tenant's goal levels, the limit on goals per owner, the benchmark and whether results are published. */
export function createGoalSettingsService({ goals }: Deps) {
  return {
    async getSettings(p: Principal): Promise<GoalSettings> {
      requireMember(p);
      return readGoalSettings(goals, p.tenantId);
    },

    /** Saves the levels and limit; `etag` is the version read (`default` before the first save). */
    async updateSettings(p: Principal, tenant: TenantRecord, body: GoalSettingsBody, etag: string): Promise<GoalSettings> {
      requireMunicipalityAdministrator(p, tenant.rootOrgUnitId, "goals.settings");
      const stored = await goals.findSettings(p.tenantId);
      const data = {
        id: "current",
        levels: body.levels,
        maxGoalsPerOwner: body.maxGoalsPerOwner,
        benchmark: body.benchmark,
        publishResults: body.publishResults,
      };
      const audit = { userId: p.userId, action: "goalSettings.update" };
      if (!stored && etag !== defaultSettingsEtag)
        throw new DomainError("precondition_failed", "Someone else changed this first. Reload and try again.");
      const saved = stored
        ? await goals.replace(p.tenantId, "goalSettings", stored, data, etag, audit)
        : await goals.create(p.tenantId, "goalSettings", data, audit);
      return settingsDto(saved);
    },
  };
}

export type GoalSettingsService = ReturnType<typeof createGoalSettingsService>;
