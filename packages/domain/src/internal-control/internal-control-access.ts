// Who may do what with a committee's internal control: pure functions of the caller's
// grants and the organisation, so the services and their tests share one answer.
import type { OrgUnitKind } from "../directory/org-contracts.js";
import { type OrgUnitLike, reportRoles } from "../reporting/reporting-rules.js";
import { validationFailed } from "../shared/errors.js";
import { isMember, type Principal } from "../shared/principal.js";
import { holdsRole } from "../shared/roles.js";

type AccessUnit = OrgUnitLike;

/** Who keeps an internal control plan: the executive board, the committees and the companies. */
export const internalControlOwnerKinds: readonly OrgUnitKind[] = ["executiveBoard", "committee", "company"];

/** Refuses an owner that keeps no internal control plan (a department, a unit). */
export function assertInternalControlOwner(owner: { readonly kind: OrgUnitKind }, path = "body.ownerScopeId"): void {
  if (!internalControlOwnerKinds.includes(owner.kind)) {
    throw validationFailed(
      "not_an_internal_control_owner",
      "Internal control is kept by the executive board, a committee or a company.",
      path,
    );
  }
}

const onExecutiveBoard = (p: Principal, roles: readonly string[], units: ReadonlyMap<string, AccessUnit>) =>
  p.assignments.some((a) => roles.includes(a.role) && units.get(a.scopeId)?.kind === "executiveBoard");

/**
 * The executive board's oversight (uppsiktsplikt) of every committee's and company's
 * internal control: its internal-control coordinators, its chair, and the municipality's
 * administrators.
 */
export function overseesInternalControl(p: Principal, units: ReadonlyMap<string, AccessUnit>, rootId: string): boolean {
  if (!isMember(p)) return false;
  return onExecutiveBoard(p, ["internalControlCoordinator", "chair"], units) || holdsRole(p.assignments, ["administrator"], [rootId]);
}

/** What the caller may do with one owner's analysis and plan. */
export function internalControlRoles(p: Principal, owner: AccessUnit, units: ReadonlyMap<string, AccessUnit>) {
  if (!isMember(p)) return { edit: false, adopt: false };
  const edit =
    onExecutiveBoard(p, ["internalControlCoordinator"], units) ||
    holdsRole(p.assignments, ["internalControlCoordinator", "administrator"], owner.path);
  return { edit, adopt: edit || holdsRole(p.assignments, ["chair"], owner.path) };
}

/**
 * What the caller may do with a control's report: the person responsible for the control
 * (or whoever keeps the plan) reports, the department head serving the committee approves,
 * the chair reviews, as for goal reports.
 */
export function controlReportRoles(
  p: Principal,
  control: { readonly responsiblePersonId: string | null },
  owner: AccessUnit,
  units: ReadonlyMap<string, AccessUnit>,
) {
  const goalRoles = reportRoles(p, owner, units);
  const responsible = isMember(p) && control.responsiblePersonId !== null && control.responsiblePersonId === p.person?.id;
  return {
    report: responsible || internalControlRoles(p, owner, units).edit,
    approve: goalRoles.approve,
    review: goalRoles.review,
  };
}
