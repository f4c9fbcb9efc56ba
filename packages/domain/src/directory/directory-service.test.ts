import { describe, expect, it } from "vitest";
import type { Principal } from "../shared/principal.js";
import type { Stored } from "../shared/store.js";
import type { DirectoryRepository, RecordType, RecordTypes } from "./directory-repository.js";
import { createDirectoryService } from "./directory-service.js";

/** An in-memory repository for one tenant: enough to exercise the service's rules. */
function fakeRepository(tenantId: string) {
  const rows = new Map<string, Stored<RecordTypes[RecordType]> & { type: RecordType }>();
  let version = 0;
  const stamp = () => ({ etag: `e${++version}`, createdAt: "t", createdBy: "u", updatedAt: "t", updatedBy: "u" });
  const all = <K extends RecordType>(type: K) =>
    [...rows.values()].filter((r) => r.type === type && !r.deleted) as unknown as Stored<RecordTypes[K]>[];
  const get = <K extends RecordType>(type: K, id: string) => {
    const r = rows.get(`${type}:${id}`);
    return r && !r.deleted ? (r as unknown as Stored<RecordTypes[K]>) : null;
  };
  const audits: { action: string; objectId: string }[] = [];
  const repo: DirectoryRepository = {
    loadPrincipal: async () => ({ person: null, assignments: [] }),
    listOrgUnits: async () => all("orgUnit"),
    findOrgUnits: async (_t, ids) => all("orgUnit").filter((u) => ids.includes(u.id)),
    findOrgUnit: async (t, id) => (t === tenantId ? get("orgUnit", id) : null),
    findPerson: async (t, id) => (t === tenantId ? get("person", id) : null),
    findNotificationSettings: async (t) => (t === tenantId ? get("notificationSettings", "current") : null),
    listPeople: async () => ({ items: all("person"), continuationToken: null }),
    findRoleAssignment: async (_t, id) => get("roleAssignment", id),
    listRoleAssignments: async (_t, f) =>
      all("roleAssignment").filter(
        (a) => (f.scopeId === undefined || a.scopeId === f.scopeId) && (f.personId === undefined || a.personId === f.personId),
      ),
    listAudit: async () => [],
    async create(_t, type, data, info) {
      const row = { ...data, ...stamp(), type };
      rows.set(`${type}:${data.id}`, row as never);
      audits.push({ action: info.action, objectId: data.id });
      return row as never;
    },
    async replace(_t, type, current, data, etag, info) {
      if (current.etag !== etag) throw Object.assign(new Error("stale"), { code: "precondition_failed" });
      const row = { ...data, ...stamp(), type };
      rows.set(`${type}:${data.id}`, row as never);
      audits.push({ action: info.action, objectId: data.id });
      return row as never;
    },
  };
  return { repo, audits };
}

const tenantId = "t1";
const adminId = "00000000-0000-4000-a000-000000000001";
const personId = "00000000-0000-4000-a000-000000000002";

async function setup() {
  const { repo, audits } = fakeRepository(tenantId);
  let n = 0;
  const service = createDirectoryService({ repo, ids: { newId: () => `id${++n}`, idFor: (...parts) => parts.join("-") } });
  const sys = { userId: "seed", action: "seed" };
  await repo.create(
    tenantId,
    "orgUnit",
    { id: "root", parentId: null, kind: "municipality", name: "Root", active: true, path: ["root"] },
    sys,
  );
  await repo.create(
    tenantId,
    "orgUnit",
    { id: "kf", parentId: "root", kind: "council", name: "KF", active: true, path: ["root", "kf"] },
    sys,
  );
  await repo.create(
    tenantId,
    "orgUnit",
    { id: "bun", parentId: "kf", kind: "committee", name: "BUN", active: true, path: ["root", "kf", "bun"] },
    sys,
  );
  await repo.create(tenantId, "person", { id: personId, name: "Per Son", mail: "p@x.se", active: true }, sys);
  const principal = (assignments: Principal["assignments"]): Principal => ({
    tenantId,
    userId: adminId,
    name: "Admin",
    person: { id: adminId, name: "Admin", mail: "a@x.se", active: true },
    assignments,
  });
  return { service, repo, audits, principal };
}

describe("directory service", () => {
  it("lets an administrator of a committee grant a role on it, and records it", async () => {
    const { service, principal, audits } = await setup();
    const p = principal([{ role: "administrator", scopeId: "bun", scopePath: ["root", "kf", "bun"] }]);
    const granted = await service.grantRole(p, { personId, role: "chair", scopeId: "bun" });
    expect(granted).toMatchObject({ personId, role: "chair", scopeId: "bun", scopePath: ["root", "kf", "bun"], personName: "Per Son" });
    expect(audits.at(-1)).toEqual({ action: "role.grant", objectId: granted.id });
  });

  it("refuses a grant above the caller's scope", async () => {
    const { service, principal } = await setup();
    const p = principal([{ role: "administrator", scopeId: "bun", scopePath: ["root", "kf", "bun"] }]);
    await expect(service.grantRole(p, { personId, role: "chair", scopeId: "kf" })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("refuses a caller who is not an active person of the tenant", async () => {
    const { service, principal } = await setup();
    const p = { ...principal([{ role: "administrator", scopeId: "root", scopePath: ["root"] }]), person: null };
    await expect(service.getOrgTree(p)).rejects.toMatchObject({ code: "forbidden", details: [{ reason: "not_a_member" }] });
  });

  it("refuses a second grant of the same role on the same scope", async () => {
    const { service, principal } = await setup();
    const p = principal([{ role: "administrator", scopeId: "root", scopePath: ["root"] }]);
    await service.grantRole(p, { personId, role: "reader", scopeId: "bun" });
    await expect(service.grantRole(p, { personId, role: "reader", scopeId: "bun" })).rejects.toMatchObject({
      code: "conflict",
      details: [{ reason: "already_granted" }],
    });
  });

  it("refuses to grant to an unknown person with a field-specific reason", async () => {
    const { service, principal } = await setup();
    const p = principal([{ role: "administrator", scopeId: "root", scopePath: ["root"] }]);
    await expect(
      service.grantRole(p, { personId: "00000000-0000-4000-a000-00000000ffff", role: "reader", scopeId: "bun" }),
    ).rejects.toMatchObject({ code: "validation_failed", details: [{ reason: "unknown_person", path: "body.personId" }] });
  });

  it("creates a unit with its parent's path and refuses an impossible parent", async () => {
    const { service, principal } = await setup();
    const p = principal([{ role: "administrator", scopeId: "root", scopePath: ["root"] }]);
    const dept = await service.createOrgUnit(p, { parentId: "bun", kind: "department", name: "BUF" });
    expect(dept.path).toEqual(["root", "kf", "bun", dept.id]);
    await expect(service.createOrgUnit(p, { parentId: dept.id, kind: "committee", name: "X" })).rejects.toMatchObject({
      details: [{ reason: "invalid_parent_kind" }],
    });
  });

  it("keeps an administrator from revoking their own last administrator role", async () => {
    const { service, repo, principal } = await setup();
    await repo.create(tenantId, "person", { id: adminId, name: "Admin", mail: "a@x.se", active: true }, { userId: "s", action: "s" });
    const p0 = principal([{ role: "administrator", scopeId: "root", scopePath: ["root"] }]);
    const own = await service.grantRole({ ...p0, userId: personId }, { personId: adminId, role: "administrator", scopeId: "bun" });
    const p = principal([{ role: "administrator", scopeId: "bun", scopePath: ["root", "kf", "bun"] }]);
    await expect(service.revokeRole(p, own.id, own.etag)).rejects.toMatchObject({ details: [{ reason: "cannot_revoke_own_admin" }] });
  });

  it("only lets departments serve committees", async () => {
    const { service, principal } = await setup();
    const p = principal([{ role: "administrator", scopeId: "root", scopePath: ["root"] }]);
    await expect(
      service.createOrgUnit(p, { parentId: "kf", kind: "committee", name: "Y", servesCommitteeIds: ["bun"] }),
    ).rejects.toMatchObject({
      details: [{ reason: "only_departments_serve" }],
    });
  });
});
