import { z } from "zod";
import { Guid, Key, Locale } from "../shared/common-contracts.js";
import { Role } from "../shared/roles.js";
import { appAreas } from "./areas.js";
import { OrgUnitKind } from "./org-contracts.js";

export const Responsibility = z.object({
  role: Role,
  scopeId: Key,
  scopeName: z.string(),
  scopeKind: OrgUnitKind,
});
export type Responsibility = z.infer<typeof Responsibility>;

export const Me = z.object({
  tenant: z.object({ id: Guid, name: z.string(), defaultLocale: Locale }),
  person: z.object({ id: Guid, name: z.string(), mail: z.string() }),
  responsibilities: z.array(Responsibility),
  /** Areas of the app this person may open; the tabs show only these. */
  areas: z.array(z.enum(appAreas)),
  /**
   * What the person may do, decided here by the rules the API enforces (the tabs never
   * derive it from roles): administer the whole municipality (calendar, reminders, locking,
   * roll-up decisions, cost, Kolada, publishing), add goals, register governing documents.
   */
  allowed: z.object({ administerMunicipality: z.boolean(), addGoals: z.boolean(), registerDocuments: z.boolean() }),
});
export type Me = z.infer<typeof Me>;

/** One thing due for the signed-in person; later capabilities add kinds. */
export const MyItem = z.object({
  kind: z.string(),
  id: z.string(),
  title: z.string(),
  dueDate: z.string().nullable(),
  scopeName: z.string(),
  href: z.string(),
  /** For reports: the period, so the tabs name it in the reader's language. */
  period: z.object({ kind: z.enum(["month", "interim", "annual"]), endsOn: z.string() }).optional(),
  /** For governing documents: expired, or due for revision, and the days to valid-until. */
  revision: z.object({ state: z.enum(["expired", "dueSoon"]), daysLeft: z.number().int() }).optional(),
});
export type MyItem = z.infer<typeof MyItem>;

export const MyItems = z.object({ items: z.array(MyItem), responsibilities: z.array(Responsibility) });
export type MyItems = z.infer<typeof MyItems>;
