import { Guid, Key } from "@kvalitetskedjan/domain";
import { z } from "zod";

/** Path parameters shared by routes. */
export const KeyParams = z.strictObject({ id: Key });
export const GuidParams = z.strictObject({ id: Guid });
/** A plan year and one of its reporting periods. */
export const PeriodParams = z.strictObject({ id: Key, periodId: Key });
/** One owner's report: plan year, period, owning unit. */
export const ReportParams = z.strictObject({ planYearId: Key, periodId: Key, ownerScopeId: Key });

/** Body limit of file imports (a Kolada download, a finance CSV). */
export const fileImportBytes = 1024 * 1024;

/** Open data may be cached and read from any site; it holds nothing personal. */
export const publicHeaders = { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" };
