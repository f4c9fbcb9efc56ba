import { z } from "zod";
import { Guid, Key } from "../shared/common-contracts.js";
import { Role } from "../shared/roles.js";

export const RoleAssignment = z.object({
  id: Key,
  personId: Guid,
  personName: z.string(),
  role: Role,
  scopeId: Key,
  /** Path of the scope at grant time: ids from the root to the scope. */
  scopePath: z.array(Key),
  grantedAt: z.string(),
  grantedBy: z.string(),
  etag: z.string(),
});
export type RoleAssignment = z.infer<typeof RoleAssignment>;

export const RoleAssignmentList = z.object({ assignments: z.array(RoleAssignment) });

export const ListRoleAssignmentsQuery = z.strictObject({
  scopeId: Key.optional(),
  personId: Guid.optional(),
});

export const GrantRoleBody = z.strictObject({ personId: Guid, role: Role, scopeId: Key });
export type GrantRoleBody = z.infer<typeof GrantRoleBody>;
