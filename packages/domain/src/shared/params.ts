import { z } from "zod";
import { Guid, Key } from "./common-contracts.js";

/** Path parameters shared by routes. */
export const KeyParams = z.strictObject({ id: Key });
export const GuidParams = z.strictObject({ id: Guid });
/** A plan year and one of its reporting periods. */
export const PeriodParams = z.strictObject({ id: Key, periodId: Key });
/** One owner's report: plan year, period, owning unit. */
export const ReportParams = z.strictObject({ planYearId: Key, periodId: Key, ownerScopeId: Key });
