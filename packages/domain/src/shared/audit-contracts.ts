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

/** Record ids: keys, or keys joined with dots (a report is `{planYearId}.{periodId}.{ownerScopeId}`). */
const ObjectId = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "Only letters, digits, '.', '-' and '_'.");
/** The query of the audit trail, over the object types the modules' stores register. */
export const auditQuery = <const T extends readonly [string, ...string[]]>(objectTypes: T) =>
  z.strictObject({ objectType: z.enum(objectTypes), objectId: ObjectId });
export const AuditList = z.object({ entries: z.array(AuditEntry) });
