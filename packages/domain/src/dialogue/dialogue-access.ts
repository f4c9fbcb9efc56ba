// Who may do what with the dialogue plan: pure functions of the caller's grants and the
// organisation, so the services and their tests share one answer.
import { isMember, type Principal } from "../shared/principal.js";
import { holdsRole } from "../shared/roles.js";

type Units = ReadonlyMap<string, { readonly kind: string }>;

/**
 * The quality group: the dialogue coordinators granted on the municipality or the executive
 * board, and the municipality's administrators. They compile and adopt the plan, record
 * focus dialogues, coordinate overlaps and keep the settings.
 */
export function coordinatesDialogues(p: Principal, units: Units, rootId: string): boolean {
  if (!isMember(p)) return false;
  return (
    holdsRole(p.assignments, ["administrator"], [rootId]) ||
    p.assignments.some((a) => a.role === "dialogueCoordinator" && (a.scopeId === rootId || units.get(a.scopeId)?.kind === "executiveBoard"))
  );
}

const planningRoles = ["dialogueCoordinator", "chair", "departmentHead", "administrator"] as const;

/** Whether the caller may propose an activity for some unit: the quality group, or a planning role anywhere. */
export function plansDialogues(p: Principal, units: Units, rootId: string): boolean {
  return (
    coordinatesDialogues(p, units, rootId) ||
    (isMember(p) && p.assignments.some((a) => (planningRoles as readonly string[]).includes(a.role)))
  );
}

/**
 * What the caller may do with an activity of a unit (`unitPath`): the quality group
 * everything; a dialogue coordinator, chair or department head where the unit is theirs
 * plans and runs it; its responsible person runs it and records results and feedback.
 */
export function activityRoles(
  p: Principal,
  activity: { readonly responsibleUnitPath: readonly string[]; readonly responsiblePersonId?: string },
  units: Units,
  rootId: string,
) {
  if (!isMember(p)) return { plan: false, run: false, coordinate: false };
  const coordinate = coordinatesDialogues(p, units, rootId);
  const plan = coordinate || holdsRole(p.assignments, planningRoles, activity.responsibleUnitPath);
  const responsible = activity.responsiblePersonId !== undefined && activity.responsiblePersonId === p.person?.id;
  return { plan, run: plan || responsible, coordinate };
}
