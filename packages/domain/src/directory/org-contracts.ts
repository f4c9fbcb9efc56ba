import { z } from "zod";
import { Key, Name, RecordMeta, singleLine } from "../shared/common-contracts.js";

export const orgUnitKinds = ["municipality", "council", "executiveBoard", "committee", "company", "group", "department", "unit"] as const;
export const OrgUnitKind = z.enum(orgUnitKinds);
export type OrgUnitKind = z.infer<typeof OrgUnitKind>;

export const OrgUnit = RecordMeta.extend({
  id: Key,
  parentId: Key.nullable(),
  kind: OrgUnitKind,
  name: Name,
  shortName: z.string().max(20).optional(),
  /** For departments: the committees (or boards) the department serves. */
  servesCommitteeIds: z.array(Key).optional(),
  active: z.boolean(),
  /** Ids from the root down to and including this unit; drives inherited roles. */
  path: z.array(Key),
});
export type OrgUnit = z.infer<typeof OrgUnit>;

/** A unit of the tree, with whether the caller administers it (a role granted on it or above): the API decides, not the tabs. */
export const OrgTreeUnit = OrgUnit.extend({ canAdminister: z.boolean() });
export const OrgTree = z.object({ units: z.array(OrgTreeUnit) });
export type OrgTree = z.infer<typeof OrgTree>;

export const CreateOrgUnitBody = z.strictObject({
  id: Key.optional(),
  parentId: Key,
  kind: OrgUnitKind.exclude(["municipality"]),
  name: Name,
  shortName: singleLine(20).optional(),
  servesCommitteeIds: z.array(Key).max(20).optional(),
});
export type CreateOrgUnitBody = z.infer<typeof CreateOrgUnitBody>;

export const UpdateOrgUnitBody = z
  .strictObject({
    name: Name.optional(),
    shortName: singleLine(20).nullable().optional(),
    servesCommitteeIds: z.array(Key).max(20).optional(),
    active: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: "Nothing to change." });
export type UpdateOrgUnitBody = z.infer<typeof UpdateOrgUnitBody>;
