import type { Container } from "@azure/cosmos";
import type { TenantRecord, TenantRegistry } from "@kvalitetskedjan/domain";

/**
 * Onboarded municipalities, one document each (`id` = `tenantId` = Entra tenant id).
 * Looked up on every request, so answers (found or not) are cached for a minute in a
 * bounded map: onboarding takes effect within that minute.
 */
export function createCosmosTenantRegistry(container: Container, ttlMs = 60_000, now: () => number = Date.now): TenantRegistry {
  const cache = new Map<string, { at: number; value: TenantRecord | null }>();
  return {
    async findTenant(tenantId) {
      const hit = cache.get(tenantId);
      if (hit && now() - hit.at < ttlMs) return hit.value;
      const { resource } = await container.item(tenantId, tenantId).read<TenantRecord & { tenantId: string }>();
      const value =
        resource && resource.tenantId === tenantId
          ? {
              id: resource.id,
              name: resource.name,
              defaultLocale: resource.defaultLocale,
              rootOrgUnitId: resource.rootOrgUnitId,
              onboardedAt: resource.onboardedAt,
            }
          : null;
      if (cache.size >= 1000) cache.clear();
      cache.set(tenantId, { at: now(), value });
      return value;
    },
    async listTenantIds() {
      const { resources } = await container.items.query<{ id: string }>("SELECT c.id FROM c").fetchAll();
      return resources.map((r) => r.id);
    },
  };
}
