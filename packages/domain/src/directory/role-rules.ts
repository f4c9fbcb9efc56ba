import { validationFailed } from "../shared/errors.js";
import type { Role } from "../shared/roles.js";
import type { OrgUnitKind } from "./org-contracts.js";

/** Where each role can be granted. Roles are inherited down the tree from there. */
export const grantableScopeKinds: Readonly<Record<Role, readonly OrgUnitKind[]>> = {
  administrator: ["municipality", "council", "executiveBoard", "committee", "company", "department"],
  chair: ["council", "executiveBoard", "committee", "company", "group"],
  departmentHead: ["department"],
  reporter: ["municipality", "council", "executiveBoard", "committee", "company", "department", "unit"],
  documentOwner: ["municipality", "council", "executiveBoard", "committee", "company", "department", "unit"],
  internalControlCoordinator: ["executiveBoard", "committee", "company"],
  dialogueCoordinator: ["municipality", "executiveBoard", "committee", "company"],
  secretary: ["council", "executiveBoard", "committee", "company", "group"],
  reader: ["municipality", "council", "executiveBoard", "committee", "company", "group", "department", "unit"],
};

export function assertGrantable(role: Role, scopeKind: OrgUnitKind): void {
  if (!grantableScopeKinds[role].includes(scopeKind)) {
    throw validationFailed("role_not_grantable_here", `The role ${role} cannot be granted on a ${scopeKind}.`, "body.role");
  }
}
