import { z } from "zod";

export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const directoryObjectTypes = ["orgUnit", "person", "roleAssignment", "notificationSettings"] as const;
export const goalObjectTypes = [
  "goalSettings",
  "planYear",
  "goal",
  "indicator",
  "report",
  "rollupDecision",
  "koladaSeries",
  "finance",
] as const;
export const documentObjectTypes = ["document", "documentSettings", "documentLibrary"] as const;
/** Record ids: keys, or keys joined with dots (a report is `{planYearId}.{periodId}.{ownerScopeId}`). */
const ObjectId = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "Only letters, digits, '.', '-' and '_'.");
export const AuditQuery = z.strictObject({
  objectType: z.enum([...directoryObjectTypes, ...goalObjectTypes, ...documentObjectTypes]),
  objectId: ObjectId,
});
export const AuditList = z.object({ entries: z.array(AuditEntry) });
