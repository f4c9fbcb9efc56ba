import type { Database } from "@azure/cosmos";
import type { TenantRecord } from "@kvalitetskedjan/domain";

/** Adds or updates a municipality in the tenant registry (operations, seeding). */
export async function onboardTenant(database: Database, tenant: TenantRecord): Promise<void> {
  await database.container("tenants").items.upsert({ ...tenant, tenantId: tenant.id });
}
