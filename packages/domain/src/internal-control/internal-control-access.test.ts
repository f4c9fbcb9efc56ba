import { describe, expect, it } from "vitest";
import type { OrgUnitKind } from "../directory/org-contracts.js";
import type { Principal } from "../shared/principal.js";
import type { Role } from "../shared/roles.js";
import {
  assertInternalControlOwner,
  controlReportRoles,
  internalControlRoles,
  overseesInternalControl,
} from "./internal-control-access.js";

const unit = (id: string, kind: OrgUnitKind, path: string[], servesCommitteeIds?: string[]) => ({
  id,
  kind,
  active: true,
  path,
  ...(servesCommitteeIds ? { servesCommitteeIds } : {}),
});
const units = new Map(
  [
    unit("m", "municipality", ["m"]),
    unit("kf", "council", ["m", "kf"]),
    unit("ks", "executiveBoard", ["m", "kf", "ks"]),
    unit("bun", "committee", ["m", "kf", "bun"]),
    unit("socn", "committee", ["m", "kf", "socn"]),
    unit("buf", "department", ["m", "kf", "bun", "buf"], ["bun"]),
  ].map((u) => [u.id, u]),
);
const bun = units.get("bun") as NonNullable<ReturnType<typeof units.get>>;

const who = (grants: [Role, string][], personId = "p1"): Principal => ({
  tenantId: "t",
  userId: personId,
  name: "X",
  person: { id: personId, name: "X", mail: "x@example", active: true },
  assignments: grants.map(([role, scopeId]) => ({ role, scopeId, scopePath: units.get(scopeId)?.path ?? [] })),
});

describe("who keeps internal control", () => {
  it("lets a committee's coordinator and administrators edit it, its chair adopt it, and others neither", () => {
    expect(internalControlRoles(who([["internalControlCoordinator", "bun"]]), bun, units)).toEqual({ edit: true, adopt: true });
    expect(internalControlRoles(who([["internalControlCoordinator", "socn"]]), bun, units)).toEqual({ edit: false, adopt: false });
    expect(internalControlRoles(who([["administrator", "m"]]), bun, units)).toEqual({ edit: true, adopt: true });
    expect(internalControlRoles(who([["chair", "bun"]]), bun, units)).toEqual({ edit: false, adopt: true });
    expect(internalControlRoles(who([["reader", "m"]]), bun, units)).toEqual({ edit: false, adopt: false });
  });

  it("lets the executive board's coordinator edit every committee's, and gives the board's chair oversight only", () => {
    expect(internalControlRoles(who([["internalControlCoordinator", "ks"]]), bun, units).edit).toBe(true);
    expect(internalControlRoles(who([["chair", "ks"]]), bun, units)).toEqual({ edit: false, adopt: false });
    expect(overseesInternalControl(who([["chair", "ks"]]), units, "m")).toBe(true);
    expect(overseesInternalControl(who([["internalControlCoordinator", "ks"]]), units, "m")).toBe(true);
    expect(overseesInternalControl(who([["administrator", "m"]]), units, "m")).toBe(true);
    expect(overseesInternalControl(who([["administrator", "bun"]]), units, "m")).toBe(false);
    expect(overseesInternalControl(who([["chair", "bun"]]), units, "m")).toBe(false);
  });

  it("grants nothing to a person no longer active", () => {
    const inactive = { ...who([["internalControlCoordinator", "ks"]]), person: { id: "p1", name: "X", mail: "x", active: false } };
    expect(internalControlRoles(inactive, bun, units)).toEqual({ edit: false, adopt: false });
    expect(overseesInternalControl(inactive, units, "m")).toBe(false);
  });

  it("lets the person responsible for a control report it, the serving department head approve and the chair review", () => {
    const control = { responsiblePersonId: "p7" };
    expect(controlReportRoles(who([], "p7"), control, bun, units)).toEqual({ report: true, approve: false, review: false });
    expect(controlReportRoles(who([["departmentHead", "buf"]]), control, bun, units)).toMatchObject({ approve: true });
    expect(controlReportRoles(who([["chair", "bun"]]), control, bun, units)).toEqual({ report: false, approve: false, review: true });
    expect(controlReportRoles(who([]), { responsiblePersonId: null }, bun, units).report).toBe(false);
  });

  it("keeps plans by the executive board, committees and companies only", () => {
    expect(() => assertInternalControlOwner({ kind: "committee" })).not.toThrow();
    expect(() => assertInternalControlOwner({ kind: "company" })).not.toThrow();
    expect(() => assertInternalControlOwner({ kind: "department" })).toThrow(
      expect.objectContaining({ details: [expect.objectContaining({ reason: "not_an_internal_control_owner" })] }),
    );
  });
});
