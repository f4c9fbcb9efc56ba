import { forbidden } from "./errors.js";
import { holdsRole, type Role, type ScopedRole } from "./roles.js";

/** Who is calling: always built on the server from a validated token. */
export interface Principal {
  readonly tenantId: string;
  readonly userId: string;
  readonly name: string;
  /** Null when the token is valid but the person is not (or no longer) in the directory. */
  readonly person: { readonly id: string; readonly name: string; readonly mail: string; readonly active: boolean } | null;
  readonly assignments: readonly (ScopedRole & { readonly scopePath: readonly string[] })[];
}

export const isMember = (p: Principal): boolean => p.person?.active === true;

/** Throws `forbidden` unless the caller holds one of `roles` on or above `objectPath`. */
export function requireRole(p: Principal, roles: readonly Role[], objectPath: readonly string[], action: string): void {
  if (!isMember(p)) throw forbidden("not_a_member");
  if (!holdsRole(p.assignments, roles, objectPath)) throw forbidden(`requires_${roles.join("_or_")}:${action}`);
}

/** Throws `forbidden` unless the caller is an active person of the tenant. */
export function requireMember(p: Principal): void {
  if (!isMember(p)) throw forbidden("not_a_member");
}

/** True when the caller is an active administrator of the whole municipality (granted on its root unit). */
export const isMunicipalityAdministrator = (p: Principal, rootOrgUnitId: string): boolean =>
  isMember(p) && holdsRole(p.assignments, ["administrator"], [rootOrgUnitId]);

/** Throws `forbidden` unless the caller administers the whole municipality. */
export function requireMunicipalityAdministrator(p: Principal, rootOrgUnitId: string, action: string): void {
  requireRole(p, ["administrator"], [rootOrgUnitId], action);
}
