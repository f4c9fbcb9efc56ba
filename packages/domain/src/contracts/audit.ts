import { z } from "zod";
import { Key } from "./common.js";

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

export const directoryObjectTypes = ["orgUnit", "person", "roleAssignment"] as const;
export const goalObjectTypes = ["goalSettings", "planYear", "goal", "indicator"] as const;
export const AuditQuery = z.strictObject({ objectType: z.enum([...directoryObjectTypes, ...goalObjectTypes]), objectId: Key });
export const AuditList = z.object({ entries: z.array(AuditEntry) });
