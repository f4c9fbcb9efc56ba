import type { RecordStorePort, Stored } from "../shared/store.js";
import type { FinanceEntry } from "./finance.js";
import type { KoladaPoint } from "./kolada.js";

/** Imported Kolada values of one KPI, for the own municipality and its comparison group; id = the KPI id. */
export interface KoladaSeriesData {
  readonly id: string;
  readonly kpiId: string;
  readonly points: readonly KoladaPoint[];
  readonly importedAt: string;
}

/** Net cost and budget per committee and period of one plan year; id = the plan year id. */
export interface FinanceData {
  readonly id: string;
  readonly planYearId: string;
  readonly residents: number | null;
  readonly entries: readonly FinanceEntry[];
}

export interface FollowUpRecordTypes {
  koladaSeries: KoladaSeriesData;
  finance: FinanceData;
}
export type FollowUpRecordType = keyof FollowUpRecordTypes;
/** The follow-up store's records, as the audit trail names them. */
export const followUpObjectTypes = ["koladaSeries", "finance"] as const satisfies readonly FollowUpRecordType[];

/** Storage of one tenant's Kolada series and cost figures. */
export interface FollowUpRepository extends RecordStorePort<FollowUpRecordTypes> {
  findKoladaSeries(tenantId: string, kpiIds: readonly string[]): Promise<Stored<KoladaSeriesData>[]>;
  findFinance(tenantId: string, planYearId: string): Promise<Stored<FinanceData> | null>;
}
