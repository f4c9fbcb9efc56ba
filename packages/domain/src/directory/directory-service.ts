import { DomainError, notFound, validationFailed } from "../shared/errors.js";
import { isMember, isMunicipalityAdministrator, type Principal, requireMember, requireRole } from "../shared/principal.js";
import { applyChanges, dataOf, metaOf } from "../shared/records.js";
import { documentEditorRoles, goalEditorRoles, holdsRole } from "../shared/roles.js";
import type { IdGenerator, Stored } from "../shared/store.js";
import { administratorAreas, appAreas } from "./areas.js";
import type { DirectoryRepository, OrgUnitData, PersonData, RoleAssignmentData, TenantRecord } from "./directory-repository.js";
import type { Me, MyItems, Responsibility } from "./me-contracts.js";
import type { CreateOrgUnitBody, OrgTree, OrgUnit, UpdateOrgUnitBody } from "./org-contracts.js";
import { assertParentKind, childPath, servableKinds } from "./org-rules.js";
import type { CreatePersonBody, PeoplePage, Person, UpdatePersonBody } from "./people-contracts.js";
import type { GrantRoleBody, RoleAssignment } from "./role-contracts.js";
import { assertGrantable } from "./role-rules.js";

type Deps = {
  readonly repo: DirectoryRepository;
  readonly ids: IdGenerator;
};

export const toOrgUnitDto = (u: Stored<OrgUnitData>): OrgUnit => ({
  id: u.id,
  parentId: u.parentId,
  kind: u.kind,
  name: u.name,
  ...(u.shortName === undefined ? {} : { shortName: u.shortName }),
  ...(u.servesCommitteeIds === undefined ? {} : { servesCommitteeIds: [...u.servesCommitteeIds] }),
  active: u.active,
  path: [...u.path],
  ...metaOf(u),
});

export const toPersonDto = (p: Stored<PersonData>): Person => ({
  id: p.id,
  name: p.name,
  mail: p.mail,
  active: p.active,
  ...metaOf(p),
});

const toAssignmentDto = (a: Stored<RoleAssignmentData>): RoleAssignment => ({
  id: a.id,
  personId: a.personId,
  personName: a.personName,
  role: a.role,
  scopeId: a.scopeId,
  scopePath: [...a.scopePath],
  grantedAt: a.createdAt,
  grantedBy: a.createdBy,
  etag: a.etag,
});

const administrator = ["administrator"] as const;

/**
 * The organisation, its people and who holds which role where. Every method takes the
 * caller as a `Principal` built from a validated token and checks the caller's role in
 * the object's scope before it reads or writes anything restricted.
 */
export function createDirectoryService({ repo, ids }: Deps) {
  async function orgUnitOrThrow(p: Principal, id: string): Promise<Stored<OrgUnitData>> {
    const unit = await repo.findOrgUnit(p.tenantId, id);
    if (!unit) throw notFound("The organisational unit");
    return unit;
  }

  async function responsibilities(p: Principal): Promise<Responsibility[]> {
    const scopeIds = [...new Set(p.assignments.map((a) => a.scopeId))];
    if (scopeIds.length === 0) return [];
    const units = new Map((await repo.findOrgUnits(p.tenantId, scopeIds)).map((u) => [u.id, u]));
    return p.assignments.flatMap((a) => {
      const unit = units.get(a.scopeId);
      return unit ? [{ role: a.role, scopeId: a.scopeId, scopeName: unit.name, scopeKind: unit.kind }] : [];
    });
  }

  return {
    async getMe(p: Principal, tenant: TenantRecord): Promise<Me> {
      requireMember(p);
      const person = p.person as NonNullable<Principal["person"]>;
      const resp = await responsibilities(p);
      const isAdmin = p.assignments.some((a) => a.role === "administrator");
      return {
        tenant: { id: tenant.id, name: tenant.name, defaultLocale: tenant.defaultLocale },
        person: { id: person.id, name: person.name, mail: person.mail },
        responsibilities: resp,
        areas: appAreas.filter((a) => isAdmin || !administratorAreas.includes(a)),
        allowed: {
          administerMunicipality: isMunicipalityAdministrator(p, tenant.rootOrgUnitId),
          addGoals: p.assignments.some((a) => goalEditorRoles.includes(a.role)),
          registerDocuments: p.assignments.some((a) => documentEditorRoles.includes(a.role)),
        },
      };
    },

    async getMyItems(p: Principal): Promise<MyItems> {
      requireMember(p);
      // Goals, controls, dialogues and documents add their due items here as they arrive.
      return { items: [], responsibilities: await responsibilities(p) };
    },

    async getOrgTree(p: Principal): Promise<OrgTree> {
      requireMember(p);
      const units = await repo.listOrgUnits(p.tenantId);
      return {
        units: units.map((u) => ({ ...toOrgUnitDto(u), canAdminister: isMember(p) && holdsRole(p.assignments, administrator, u.path) })),
      };
    },

    async createOrgUnit(p: Principal, body: CreateOrgUnitBody): Promise<OrgUnit> {
      const parent = await orgUnitOrThrow(p, body.parentId);
      requireRole(p, administrator, parent.path, "org.create");
      assertParentKind(body.kind, parent.kind);
      if (body.servesCommitteeIds !== undefined) await assertServable(p, body.kind, body.servesCommitteeIds, []);
      const id = body.id ?? ids.newId();
      if (await repo.findOrgUnit(p.tenantId, id)) {
        throw new DomainError("conflict", "An organisational unit with this id already exists.", {
          details: [{ path: "body.id", reason: "duplicate_id" }],
        });
      }
      const data: OrgUnitData = {
        id,
        parentId: parent.id,
        kind: body.kind,
        name: body.name,
        ...(body.shortName === undefined ? {} : { shortName: body.shortName }),
        ...(body.servesCommitteeIds === undefined ? {} : { servesCommitteeIds: body.servesCommitteeIds }),
        active: true,
        path: childPath(parent.path, id),
      };
      return toOrgUnitDto(await repo.create(p.tenantId, "orgUnit", data, { userId: p.userId, action: "orgUnit.create" }));
    },

    async updateOrgUnit(p: Principal, id: string, body: UpdateOrgUnitBody, etag: string): Promise<OrgUnit> {
      const unit = await orgUnitOrThrow(p, id);
      requireRole(p, administrator, unit.path, "org.update");
      if (unit.kind === "municipality" && body.active === false) {
        throw validationFailed("root_cannot_be_deactivated", "The municipality itself cannot be deactivated.", "body.active");
      }
      if (body.servesCommitteeIds !== undefined) {
        await assertServable(p, unit.kind, body.servesCommitteeIds, unit.servesCommitteeIds ?? []);
      }
      const { shortName, ...rest } = body;
      const current = dataOf(unit);
      const next: OrgUnitData = applyChanges(current, rest);
      const withShort = shortName === undefined ? next : shortName === null ? withoutKey(next, "shortName") : { ...next, shortName };
      return toOrgUnitDto(await repo.replace(p.tenantId, "orgUnit", unit, withShort, etag, { userId: p.userId, action: "orgUnit.update" }));
    },

    async listPeople(
      p: Principal,
      query: { q?: string | undefined; limit: number; continuationToken?: string | undefined },
    ): Promise<PeoplePage> {
      requireMember(p);
      const page = await repo.listPeople(p.tenantId, query);
      return { people: page.items.map(toPersonDto), continuationToken: page.continuationToken };
    },

    async createPerson(p: Principal, tenant: TenantRecord, body: CreatePersonBody): Promise<Person> {
      requireRole(p, administrator, [tenant.rootOrgUnitId], "people.create");
      if (await repo.findPerson(p.tenantId, body.id)) {
        throw new DomainError("conflict", "This person is already in the directory.", {
          details: [{ path: "body.id", reason: "duplicate_id" }],
        });
      }
      const data: PersonData = { id: body.id, name: body.name, mail: body.mail, active: true };
      return toPersonDto(await repo.create(p.tenantId, "person", data, { userId: p.userId, action: "person.create" }));
    },

    async updatePerson(p: Principal, tenant: TenantRecord, id: string, body: UpdatePersonBody, etag: string): Promise<Person> {
      const person = await repo.findPerson(p.tenantId, id);
      if (!person) throw notFound("The person");
      requireRole(p, administrator, [tenant.rootOrgUnitId], "people.update");
      if (id === p.userId && body.active === false) {
        throw validationFailed("cannot_deactivate_self", "You cannot deactivate yourself.", "body.active");
      }
      const current = dataOf(person);
      const next: PersonData = applyChanges(current, body);
      return toPersonDto(await repo.replace(p.tenantId, "person", person, next, etag, { userId: p.userId, action: "person.update" }));
    },

    async listRoleAssignments(
      p: Principal,
      filter: { scopeId?: string | undefined; personId?: string | undefined },
    ): Promise<{ assignments: RoleAssignment[] }> {
      requireMember(p);
      if (filter.scopeId !== undefined) await orgUnitOrThrow(p, filter.scopeId);
      const list = await repo.listRoleAssignments(p.tenantId, filter);
      return { assignments: list.map(toAssignmentDto) };
    },

    async grantRole(p: Principal, body: GrantRoleBody): Promise<RoleAssignment> {
      const scope = await orgUnitOrThrow(p, body.scopeId);
      requireRole(p, administrator, scope.path, "roles.grant");
      assertGrantable(body.role, scope.kind);
      const person = await repo.findPerson(p.tenantId, body.personId);
      if (!person) {
        throw validationFailed("unknown_person", "The person is not in this municipality's directory.", "body.personId");
      }
      if (!person.active) throw validationFailed("inactive_person", "The person is inactive.", "body.personId");
      const existing = await repo.listRoleAssignments(p.tenantId, { scopeId: scope.id, personId: person.id });
      const same = existing.find((a) => a.role === body.role);
      if (same) {
        throw new DomainError("conflict", "The person already holds this role here.", {
          details: [{ reason: "already_granted", message: same.id }],
        });
      }
      // One person, role and scope is one assignment: two grants at once (a double click) race
      // to create the same id, and the second is a conflict rather than a second assignment.
      const data: RoleAssignmentData = {
        id: ids.idFor("roleAssignment", person.id, body.role, scope.id),
        personId: person.id,
        personName: person.name,
        role: body.role,
        scopeId: scope.id,
        scopePath: [...scope.path],
      };
      const created = await repo
        .create(p.tenantId, "roleAssignment", data, { userId: p.userId, action: "role.grant" }, { reviveDeleted: true })
        .catch((error: unknown) => {
          throw error instanceof DomainError && (error.code === "conflict" || error.code === "precondition_failed")
            ? new DomainError("conflict", "The person already holds this role here.", {
                details: [{ reason: "already_granted", message: data.id }],
              })
            : error;
        });
      return toAssignmentDto(created);
    },

    async revokeRole(p: Principal, id: string, etag: string): Promise<void> {
      const assignment = await repo.findRoleAssignment(p.tenantId, id);
      if (!assignment) throw notFound("The role assignment");
      requireRole(p, administrator, assignment.scopePath, "roles.revoke");
      if (assignment.personId === p.userId && assignment.role === "administrator") {
        const stillAdmin = p.assignments.some(
          (a) => a.role === "administrator" && a.scopeId !== assignment.scopeId && assignment.scopePath.includes(a.scopeId),
        );
        if (!stillAdmin) {
          throw validationFailed("cannot_revoke_own_admin", "You cannot revoke your own administrator role.", "id");
        }
      }
      const current = dataOf(assignment);
      await repo.replace(p.tenantId, "roleAssignment", assignment, { ...current, deleted: true }, etag, {
        userId: p.userId,
        action: "role.revoke",
      });
    },
  };

  /**
   * A department serving a committee makes its head an approver of the committee's reports,
   * so linking or unlinking a committee takes an administrator's authority over that
   * committee, not only over the department: an administrator of one department cannot
   * reach another committee's reports through it. Committees the list keeps unchanged need
   * no such authority, so renaming a department does not.
   */
  async function assertServable(p: Principal, kind: string, committeeIds: readonly string[], before: readonly string[]): Promise<void> {
    if (kind !== "department") {
      throw validationFailed("only_departments_serve", "Only a department serves committees.", "body.servesCommitteeIds");
    }
    const changed = [...committeeIds.filter((id) => !before.includes(id)), ...before.filter((id) => !committeeIds.includes(id))];
    const found = await repo.findOrgUnits(p.tenantId, [...committeeIds, ...before]);
    for (const id of committeeIds) {
      const unit = found.find((u) => u.id === id);
      if (!unit || !servableKinds.includes(unit.kind)) {
        throw validationFailed("not_a_committee", `${id} is not a committee or board.`, "body.servesCommitteeIds");
      }
    }
    for (const id of changed) {
      const committee = found.find((u) => u.id === id);
      requireRole(p, administrator, committee?.path ?? [id], "org.serves");
    }
  }
}

function withoutKey<T extends object, K extends keyof T>(obj: T, key: K): Omit<T, K> {
  const { [key]: _omitted, ...rest } = obj;
  return rest;
}

export type DirectoryService = ReturnType<typeof createDirectoryService>;
