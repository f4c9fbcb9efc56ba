import { z } from "zod";

/** The roles of the access model every module checks; granted on a unit, they hold below it. */
export const roles = [
  "administrator",
  "chair",
  "departmentHead",
  "reporter",
  "documentOwner",
  /** Keeps a committee's or company's internal control (issue 14); on the executive board, everyone's. */
  "internalControlCoordinator",
  /** Plans citizen dialogues: on the municipality or the executive board, the quality group (issue 15); on a committee, its own. */
  "dialogueCoordinator",
  /** Keeps a committee's meetings: plans them, orders and publishes the agenda, records the decisions (issue 16). */
  "secretary",
  "reader",
] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

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

/** Who may add and change goals, where they hold the role. */
export const goalEditorRoles: readonly Role[] = ["administrator", "chair", "departmentHead"];
/** Who may register and change governing documents, where they hold the role (besides the person responsible for one). */
export const documentEditorRoles: readonly Role[] = ["administrator", "documentOwner"];
