import type { OrgUnitKind } from "../contracts/org.js";
import type { Role } from "../contracts/roles.js";
import { validationFailed } from "../errors.js";

/** Where each role can be granted. Roles are inherited down the tree from there. */
export const grantableScopeKinds: Readonly<Record<Role, readonly OrgUnitKind[]>> = {
  administrator: ["municipality", "council", "executiveBoard", "committee", "company", "department"],
  chair: ["council", "executiveBoard", "committee", "company"],
  departmentHead: ["department"],
  reporter: ["municipality", "council", "executiveBoard", "committee", "company", "department", "unit"],
  documentOwner: ["municipality", "council", "executiveBoard", "committee", "company", "department", "unit"],
  reader: ["municipality", "council", "executiveBoard", "committee", "company", "department", "unit"],
};

export function assertGrantable(role: Role, scopeKind: OrgUnitKind): void {
  if (!grantableScopeKinds[role].includes(scopeKind)) {
    throw validationFailed("role_not_grantable_here", `The role ${role} cannot be granted on a ${scopeKind}.`, "body.role");
  }
}

export interface ScopedRole {
  readonly role: Role;
  readonly scopeId: string;
}

/**
 * True when one of `assignments` grants one of `roles` on the object whose scope path is
 * `objectPath` (ids from the root down to the object's scope): a role held on a unit
 * holds on everything below it.
 */
export function holdsRole(assignments: readonly ScopedRole[], roles: readonly Role[], objectPath: readonly string[]): boolean {
  return assignments.some((a) => roles.includes(a.role) && objectPath.includes(a.scopeId));
}
