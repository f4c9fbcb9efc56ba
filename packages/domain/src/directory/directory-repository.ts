import { validationFailed } from "../shared/errors.js";
import type { Principal } from "../shared/principal.js";
import type { Role } from "../shared/roles.js";
import type { AuditInfo, AuditRecord, Page, ReadFreshness, Stored } from "../shared/store.js";
import type { OrgUnitKind } from "./org-contracts.js";

export interface OrgUnitData {
  readonly id: string;
  readonly parentId: string | null;
  readonly kind: OrgUnitKind;
  readonly name: string;
  readonly shortName?: string;
  readonly servesCommitteeIds?: readonly string[];
  readonly active: boolean;
  readonly path: readonly string[];
}

export interface PersonData {
  readonly id: string;
  readonly name: string;
  readonly mail: string;
  readonly active: boolean;
}

export interface RoleAssignmentData {
  readonly id: string;
  readonly personId: string;
  readonly personName: string;
  readonly role: Role;
  readonly scopeId: string;
  readonly scopePath: readonly string[];
}

/** How the municipality's notifications leave the app; one record, id `current`. */
export interface NotificationSettingsData {
  readonly id: string;
  readonly mailSender: string | null;
}

export interface RecordTypes {
  orgUnit: OrgUnitData;
  person: PersonData;
  roleAssignment: RoleAssignmentData;
  notificationSettings: NotificationSettingsData;
}
export type RecordType = keyof RecordTypes;
/** The directory's records, as the audit trail names them. */
export const directoryObjectTypes = [
  "orgUnit",
  "person",
  "roleAssignment",
  "notificationSettings",
] as const satisfies readonly RecordType[];

/**
 * Storage of the directory (organisation, people, role assignments) of one tenant.
 * Every method takes the tenant id: no read or write crosses tenants. Writes record an
 * audit entry together with the change; `replace` fails with `precondition_failed` when
 * `etag` is stale. Soft-deleted records are never returned.
 */
export interface DirectoryRepository {
  /** The person and their live role assignments, in one round trip. */
  loadPrincipal(
    tenantId: string,
    userId: string,
  ): Promise<{ person: Stored<PersonData> | null; assignments: Stored<RoleAssignmentData>[] }>;
  /** The organisation, current unless the caller accepts an older copy (`freshness`). */
  listOrgUnits(tenantId: string, freshness?: ReadFreshness): Promise<Stored<OrgUnitData>[]>;
  findOrgUnits(tenantId: string, ids: readonly string[]): Promise<Stored<OrgUnitData>[]>;
  findOrgUnit(tenantId: string, id: string): Promise<Stored<OrgUnitData> | null>;
  findPerson(tenantId: string, id: string): Promise<Stored<PersonData> | null>;
  findNotificationSettings(tenantId: string): Promise<Stored<NotificationSettingsData> | null>;
  listPeople(
    tenantId: string,
    options: { q?: string | undefined; limit: number; continuationToken?: string | undefined },
  ): Promise<Page<Stored<PersonData>>>;
  findRoleAssignment(tenantId: string, id: string): Promise<Stored<RoleAssignmentData> | null>;
  listRoleAssignments(
    tenantId: string,
    filter: { scopeId?: string | undefined; personId?: string | undefined; scopeIds?: readonly string[] | undefined },
  ): Promise<Stored<RoleAssignmentData>[]>;
  listAudit(tenantId: string, objectType: string, objectId: string): Promise<AuditRecord[]>;
  /**
   * Creates a record; `conflict` when its id is taken. With `reviveDeleted`, an id that a
   * soft-deleted record holds is taken again (a role granted anew after it was revoked).
   */
  create<K extends RecordType>(
    tenantId: string,
    type: K,
    data: RecordTypes[K],
    audit: AuditInfo,
    options?: { readonly reviveDeleted?: boolean },
  ): Promise<Stored<RecordTypes[K]>>;
  /** Replaces `current` (as read by the caller) with `data`; `deleted: true` soft-deletes. */
  replace<K extends RecordType>(
    tenantId: string,
    type: K,
    current: Stored<RecordTypes[K]>,
    data: RecordTypes[K] & { readonly deleted?: boolean },
    etag: string,
    audit: AuditInfo,
  ): Promise<Stored<RecordTypes[K]>>;
}

export interface TenantRecord {
  readonly id: string;
  readonly name: string;
  readonly defaultLocale: "sv" | "en";
  readonly rootOrgUnitId: string;
  readonly onboardedAt: string;
}

/** The registry of onboarded municipalities. */
export interface TenantRegistry {
  findTenant(tenantId: string): Promise<TenantRecord | null>;
  /** Every onboarded tenant's id: only system jobs (timers) read across tenants, and only this. */
  listTenantIds(): Promise<string[]>;
}

/** A person a task can be given to: in the municipality's directory and active; else `unknown_person` at `path`. */
export async function activePersonOrThrow(
  directory: Pick<DirectoryRepository, "findPerson">,
  tenantId: string,
  id: string,
  path: string,
): Promise<Stored<PersonData>> {
  const person = await directory.findPerson(tenantId, id);
  if (!person?.active) throw validationFailed("unknown_person", "There is no such active person in the municipality.", path);
  return person;
}

/** The caller as the server knows them: the person of `userId` in the tenant's directory and their roles, now. */
export async function principalOf(
  directory: Pick<DirectoryRepository, "loadPrincipal">,
  caller: { readonly tenantId: string; readonly userId: string; readonly name: string },
): Promise<Principal> {
  const { person, assignments } = await directory.loadPrincipal(caller.tenantId, caller.userId);
  return {
    tenantId: caller.tenantId,
    userId: caller.userId,
    name: person?.name ?? caller.name,
    person: person && { id: person.id, name: person.name, mail: person.mail, active: person.active },
    assignments: assignments.map((a) => ({ role: a.role, scopeId: a.scopeId, scopePath: a.scopePath })),
  };
}
