import type { Container } from "@azure/cosmos";
import type { TenantRecord, TenantRegistry } from "@kvalitetskedjan/domain";

type StoredTenant = TenantRecord & { readonly tenantId: string };

/**
 * Onboarded municipalities, one document each (`id` = `tenantId` = Entra tenant id).
 * Looked up on every request, so the whole registry (a few hundred municipalities at
 * most) is read in one query and held for a minute: onboarding takes effect within that
 * minute. An id that is not onboarded is answered from memory, so a flood of random
 * tenant ids (anonymous open-data requests, forged tokens) costs no Cosmos read and
 * evicts no municipality that is in use.
 */
export function createCosmosTenantRegistry(container: Container, ttlMs = 60_000, now: () => number = Date.now): TenantRegistry {
  let loaded: { at: number; byId: ReadonlyMap<string, TenantRecord> } | null = null;
  let loading: Promise<ReadonlyMap<string, TenantRecord>> | null = null;

  async function load(): Promise<ReadonlyMap<string, TenantRecord>> {
    // A read feed, not a query: the registry is small, and a feed needs no query plan.
    const { resources } = await container.items.readAll<StoredTenant>().fetchAll();
    const byId = new Map(
      resources
        .filter((r) => r.tenantId === r.id)
        .map((r): [string, TenantRecord] => [
          r.id,
          { id: r.id, name: r.name, defaultLocale: r.defaultLocale, rootOrgUnitId: r.rootOrgUnitId, onboardedAt: r.onboardedAt },
        ]),
    );
    loaded = { at: now(), byId };
    return byId;
  }

  /** The registry as of at most `ttlMs` ago; concurrent callers share one read. */
  async function registry(): Promise<ReadonlyMap<string, TenantRecord>> {
    if (loaded && now() - loaded.at < ttlMs) return loaded.byId;
    loading ??= load().finally(() => {
      loading = null;
    });
    return loading;
  }

  return {
    async findTenant(tenantId) {
      return (await registry()).get(tenantId) ?? null;
    },
    async listTenantIds() {
      return [...(await load()).keys()];
    },
  };
}
