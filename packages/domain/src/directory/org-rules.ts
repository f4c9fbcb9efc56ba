import { validationFailed } from "../shared/errors.js";
import type { OrgUnitKind } from "./org-contracts.js";

/**
 * Which kind of unit may sit under which. Mirrors a Swedish municipality: the council
 * (KF) steers the executive board (KS), the committees and the companies; departments
 * (förvaltningar) sit under the committee or board they serve; units under departments. A
 * group (the steering group of chairs and chief officers, a drafting committee) meets under
 * the council or the executive board; it owns no goals and reports nothing.
 */
export const allowedParentKinds: Readonly<Record<OrgUnitKind, readonly OrgUnitKind[]>> = {
  municipality: [],
  council: ["municipality"],
  executiveBoard: ["council"],
  committee: ["council"],
  company: ["council", "company"],
  group: ["council", "executiveBoard"],
  department: ["executiveBoard", "committee"],
  unit: ["department", "unit", "company"],
};

/** Throws `validation_failed` / `invalid_parent_kind` when `kind` cannot sit under `parentKind`. */
export function assertParentKind(kind: OrgUnitKind, parentKind: OrgUnitKind): void {
  if (!allowedParentKinds[kind].includes(parentKind)) {
    throw validationFailed("invalid_parent_kind", `A ${kind} cannot be placed under a ${parentKind}.`, "body.parentId");
  }
}

/** Path of a child: the parent's path plus the child's own id. */
export const childPath = (parentPath: readonly string[], id: string): string[] => [...parentPath, id];

/** Kinds a department may serve. */
export const servableKinds: readonly OrgUnitKind[] = ["committee", "executiveBoard"];
