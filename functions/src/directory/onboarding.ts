import type { Database } from "@azure/cosmos";
import type { Clock, DirectoryRepository } from "@kvalitetskedjan/domain";
import { z } from "zod";
import { createCosmosTenantRegistry } from "./cosmos-tenant-registry.js";
import { onboardTenant } from "./tenant-onboarding.js";

/** A municipality to register: its Entra tenant, its name, and its first administrator (an Entra user's object id). */
export const OnboardingInput = z.strictObject({
  tenantId: z.uuid(),
  name: z.string().trim().min(2).max(120),
  adminId: z.uuid(),
  adminName: z.string().trim().min(1).max(120),
  adminMail: z.email().or(z.literal("")).default(""),
  locale: z.enum(["sv", "en"]).default("sv"),
});
export type OnboardingInput = z.input<typeof OnboardingInput>;

/** The municipality's root unit when it is registered: the administrator's role is granted on it. */
const rootUnitId = "kommun";
const onboardingUser = (action: string) => ({ userId: "system:onboarding", action });
const adminAssignmentId = (personId: string) => `admin-${personId}`.slice(0, 64);

/**
 * Registers a municipality and grants its first administrator, idempotently: a second run
 * with the same input changes nothing, and one with a new name renames the municipality
 * (the organisation, people and roles the administrator built since are left alone). Every
 * record written is audited as the onboarding's.
 */
export async function onboardMunicipality(
  database: Database,
  directory: DirectoryRepository,
  clock: Clock,
  raw: OnboardingInput,
): Promise<{ readonly done: readonly string[] }> {
  const input = OnboardingInput.parse(raw);
  const done: string[] = [];
  const existing = await createCosmosTenantRegistry(database.container("tenants")).findTenant(input.tenantId);
  const rootId = existing?.rootOrgUnitId ?? rootUnitId;
  if (!existing || existing.name !== input.name) {
    await onboardTenant(database, {
      id: input.tenantId,
      name: input.name,
      defaultLocale: existing?.defaultLocale ?? input.locale,
      rootOrgUnitId: rootId,
      onboardedAt: existing?.onboardedAt ?? clock.now().toISOString(),
    });
    done.push(existing ? "tenant renamed" : "tenant registered");
  }
  const root = await directory.findOrgUnit(input.tenantId, rootId);
  if (!root) {
    const unit = { id: rootId, parentId: null, kind: "municipality" as const, name: input.name, active: true, path: [rootId] };
    await directory.create(input.tenantId, "orgUnit", unit, onboardingUser("orgUnit.create"));
    done.push("root unit created");
  }
  const person = await directory.findPerson(input.tenantId, input.adminId);
  if (!person) {
    const data = { id: input.adminId, name: input.adminName, mail: input.adminMail, active: true };
    await directory.create(input.tenantId, "person", data, onboardingUser("person.create"));
    done.push("administrator added");
  }
  const grant = await directory.findRoleAssignment(input.tenantId, adminAssignmentId(input.adminId));
  if (!grant) {
    const data = {
      id: adminAssignmentId(input.adminId),
      personId: input.adminId,
      personName: person?.name ?? input.adminName,
      role: "administrator" as const,
      scopeId: rootId,
      scopePath: root?.path ?? [rootId],
    };
    await directory.create(input.tenantId, "roleAssignment", data, onboardingUser("roleAssignment.create"));
    done.push("administrator role granted");
  }
  return { done };
}
