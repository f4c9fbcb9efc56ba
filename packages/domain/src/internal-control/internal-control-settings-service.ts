import type { TenantRecord } from "../directory/directory-repository.js";
import { DomainError } from "../shared/errors.js";
import { type Principal, requireMember, requireMunicipalityAdministrator } from "../shared/principal.js";
import type { Stored } from "../shared/store.js";
import { defaultRiskCategories, type InternalControlSettings, type InternalControlSettingsBody } from "./contracts.js";
import type { InternalControlRepository, InternalControlSettingsData } from "./internal-control-repository.js";
import { assertUsableScale, defaultRiskScale } from "./risk-rules.js";

type Deps = { readonly internalControl: InternalControlRepository };

/** The version of the settings before the municipality saves its own: `If-Match: default`. */
export const defaultInternalControlSettingsEtag = "default";

export const toInternalControlSettings = (stored: Stored<InternalControlSettingsData> | null): InternalControlSettings =>
  stored
    ? { riskScale: stored.riskScale, categories: stored.categories, etag: stored.etag }
    : {
        riskScale: {
          probability: [...defaultRiskScale.probability],
          consequence: [...defaultRiskScale.consequence],
          thresholds: { ...defaultRiskScale.thresholds },
        },
        categories: defaultRiskCategories,
        etag: defaultInternalControlSettingsEtag,
      };

/** The municipality's risk scale (probability, consequence, thresholds) and risk categories. */
export function createInternalControlSettingsService({ internalControl }: Deps) {
  return {
    async getSettings(p: Principal): Promise<InternalControlSettings> {
      requireMember(p);
      return toInternalControlSettings(await internalControl.findSettings(p.tenantId));
    },

    /** Saves the scale and categories (municipality administrators); `etag` is the version read. */
    async updateSettings(
      p: Principal,
      tenant: TenantRecord,
      body: InternalControlSettingsBody,
      etag: string,
    ): Promise<InternalControlSettings> {
      requireMunicipalityAdministrator(p, tenant.rootOrgUnitId, "internalControl.settings");
      assertUsableScale(body.riskScale);
      const stored = await internalControl.findSettings(p.tenantId);
      const data: InternalControlSettingsData = { id: "current", riskScale: body.riskScale, categories: body.categories };
      const audit = { userId: p.userId, action: "internalControlSettings.update" };
      if (!stored && etag !== defaultInternalControlSettingsEtag) {
        throw new DomainError("precondition_failed", "Someone else changed this first. Reload and try again.");
      }
      const saved = stored
        ? await internalControl.replace(p.tenantId, "internalControlSettings", stored, data, etag, audit)
        : await internalControl.create(p.tenantId, "internalControlSettings", data, audit);
      return toInternalControlSettings(saved);
    },
  };
}

export type InternalControlSettingsService = ReturnType<typeof createInternalControlSettingsService>;
