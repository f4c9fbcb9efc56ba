import { z } from "zod";
import { Key } from "../shared/common-contracts.js";

/** A calendar date, `YYYY-MM-DD`, in Europe/Stockholm. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "A date as YYYY-MM-DD.")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: "Not a date in the calendar.",
  });

/** Monthly report (månadsbokslut), interim report (delårsbokslut), annual report (årsredovisning). */
export const PeriodKind = z.enum(["month", "interim", "annual"]);
export type PeriodKind = z.infer<typeof PeriodKind>;

export const PeriodBody = z
  .strictObject({ id: Key, kind: PeriodKind, endsOn: IsoDate, deadline: IsoDate })
  .refine((p) => p.deadline >= p.endsOn, { message: "The deadline cannot be before the period ends.", path: ["deadline"] });
export type PeriodBody = z.infer<typeof PeriodBody>;

export const ReportingPeriod = z.object({
  id: Key,
  kind: PeriodKind,
  endsOn: z.string(),
  deadline: z.string(),
  /** A locked period takes no more reports, changes or status steps. */
  lockedAt: z.string().nullable(),
  lockedBy: z.string().nullable(),
});
export type ReportingPeriod = z.infer<typeof ReportingPeriod>;
