import type { DocumentDecision } from "../documents/contracts.js";
import type { ReportEvent, ReportStatus } from "../reporting/contracts.js";
import type { RecordStorePort, Stored } from "../shared/store.js";
import type {
  ActionStatus,
  ControlFrequency,
  ControlMethod,
  ControlResult,
  InternalControlSettingsBody,
  RiskDecisionBody,
  Sufficiency,
} from "./contracts.js";
import type { Capability, DependencyKind } from "./rsa-contracts.js";

/** The municipality's scale and categories; one record, id `settings`. */
export interface InternalControlSettingsData extends InternalControlSettingsBody {
  readonly id: string;
}

/** One assessment of a risk, as it was made. */
export interface RiskAssessmentData {
  readonly probability: number;
  readonly consequence: number;
  readonly note: string;
  readonly assessedAt: string;
  readonly assessedBy: string;
}

/** A risk of a committee's or company's materiality and risk analysis for a plan year. */
export interface RiskData {
  readonly id: string;
  readonly planYearId: string;
  readonly ownerScopeId: string;
  /** The owner's path from the root, for per-object authorisation. */
  readonly ownerScopePath: readonly string[];
  readonly title: string;
  readonly description: string;
  readonly categoryKey: string;
  readonly concerns: string;
  readonly goalIds: readonly string[];
  readonly decision: RiskDecisionBody;
  /** Every assessment, oldest first; the last is the current one. */
  readonly history: readonly RiskAssessmentData[];
}

/** A committee's internal control plan for a plan year; id `{planYearId}.{ownerScopeId}`. */
export interface ControlPlanData {
  readonly id: string;
  readonly planYearId: string;
  readonly ownerScopeId: string;
  readonly ownerScopePath: readonly string[];
  readonly adopted: DocumentDecision | null;
  readonly amendments: readonly DocumentDecision[];
}

/** A control (kontrollmoment) of a plan. */
export interface ControlData {
  readonly id: string;
  readonly planYearId: string;
  readonly ownerScopeId: string;
  readonly ownerScopePath: readonly string[];
  readonly riskIds: readonly string[];
  readonly title: string;
  readonly method: ControlMethod;
  readonly scope: string;
  readonly frequency: ControlFrequency;
  readonly responsiblePersonId: string | null;
  /** The responsible person's name when they were chosen, so the plan prints it without a lookup. */
  readonly responsibleName: string;
  readonly periodIds: readonly string[];
  readonly reportTo: string;
  readonly commonId: string | null;
  readonly amendment: DocumentDecision | null;
}

/** A control's result for a period; id `{controlId}.{periodId}`. */
export interface ControlReportData {
  readonly id: string;
  readonly controlId: string;
  readonly planYearId: string;
  readonly periodId: string;
  readonly ownerScopeId: string;
  readonly ownerScopePath: readonly string[];
  /** Where the report is in its flow: reporter → department head → chair. */
  readonly status: ReportStatus;
  readonly examined: string;
  readonly sampleSize: number;
  readonly errorsFound: number;
  readonly result: ControlResult;
  readonly analysis: string;
  readonly events: readonly ReportEvent[];
}

/** An action a deviation produced. */
export interface ActionData {
  readonly id: string;
  readonly controlId: string;
  readonly planYearId: string;
  readonly periodId: string;
  readonly ownerScopeId: string;
  readonly ownerScopePath: readonly string[];
  readonly what: string;
  readonly ownerPersonId: string;
  readonly ownerPersonName: string;
  readonly dueOn: string;
  readonly status: ActionStatus;
}

/** The executive board's assessment of a committee's internal control; id `{planYearId}.{ownerScopeId}`. */
export interface OversightAssessmentData {
  readonly id: string;
  readonly planYearId: string;
  readonly ownerScopeId: string;
  readonly sufficiency: Sufficiency;
  readonly reasons: string;
  readonly decision: DocumentDecision;
}

/** A critical function of a department's or company's RSA. */
export interface CriticalFunctionData {
  readonly id: string;
  readonly planYearId: string;
  readonly ownerScopeId: string;
  readonly ownerScopePath: readonly string[];
  readonly name: string;
  readonly description: string;
  readonly dependencies: readonly { readonly kind: DependencyKind; readonly note: string }[];
  readonly tolerableOutageHours: number;
  readonly capability: Capability | null;
  readonly capabilityNote: string;
  readonly continuityPlanId: string | null;
}

/** A threat and vulnerability of an RSA, assessed on the municipality's scale. */
export interface RsaRiskData {
  readonly id: string;
  readonly planYearId: string;
  readonly ownerScopeId: string;
  readonly ownerScopePath: readonly string[];
  readonly functionId: string | null;
  readonly threat: string;
  readonly vulnerability: string;
  readonly probability: number;
  readonly consequence: number;
}

/** A measure of an RSA. */
export interface RsaMeasureData {
  readonly id: string;
  readonly planYearId: string;
  readonly ownerScopeId: string;
  readonly ownerScopePath: readonly string[];
  readonly functionId: string | null;
  readonly what: string;
  readonly ownerPersonId: string;
  readonly ownerPersonName: string;
  readonly dueOn: string;
  readonly status: ActionStatus;
}

/** One person's part of internal control, for My items. */
export interface PersonalInternalControl {
  readonly controls: readonly Stored<ControlData>[];
  readonly reports: readonly Stored<ControlReportData>[];
  readonly actions: readonly Stored<ActionData>[];
  readonly awaitingReports: readonly Stored<ControlReportData>[];
  readonly awaitingControls: readonly Stored<ControlData>[];
}

/** One department's RSA of a plan year, or every one's. */
export interface RsaRecords {
  readonly functions: readonly Stored<CriticalFunctionData>[];
  readonly risks: readonly Stored<RsaRiskData>[];
  readonly measures: readonly Stored<RsaMeasureData>[];
  readonly settings: Stored<InternalControlSettingsData> | null;
}

export interface InternalControlRecordTypes {
  internalControlSettings: InternalControlSettingsData;
  risk: RiskData;
  controlPlan: ControlPlanData;
  control: ControlData;
  controlReport: ControlReportData;
  internalControlAction: ActionData;
  oversightAssessment: OversightAssessmentData;
  /** The committee's own yearly assessment of its internal control; the same shape, id `{planYearId}.{ownerScopeId}`. */
  committeeAssessment: OversightAssessmentData;
  criticalFunction: CriticalFunctionData;
  rsaRisk: RsaRiskData;
  rsaMeasure: RsaMeasureData;
}
export type InternalControlRecordType = keyof InternalControlRecordTypes;
/** The internal control store's records, as the audit trail names them. */
export const internalControlObjectTypes = [
  "internalControlSettings",
  "risk",
  "controlPlan",
  "control",
  "controlReport",
  "internalControlAction",
  "oversightAssessment",
  "committeeAssessment",
  "criticalFunction",
  "rsaRisk",
  "rsaMeasure",
] as const satisfies readonly InternalControlRecordType[];

/** What one committee's analysis and plan screen needs, read together. */
export interface CommitteeInternalControl {
  readonly risks: readonly Stored<RiskData>[];
  readonly plan: Stored<ControlPlanData> | null;
  /** The committee's plan as a list (none or one). */
  readonly plans: readonly Stored<ControlPlanData>[];
  readonly controls: readonly Stored<ControlData>[];
  readonly reports: readonly Stored<ControlReportData>[];
  readonly actions: readonly Stored<ActionData>[];
  readonly assessments: readonly Stored<OversightAssessmentData>[];
  /** The committees' own assessments of their internal control. */
  readonly committeeAssessments: readonly Stored<OversightAssessmentData>[];
  /** The municipality's scale and categories, read in the same query; null until saved. */
  readonly settings: Stored<InternalControlSettingsData> | null;
}

/**
 * The light fields of every committee's internal control in a plan year: what the executive
 * board's oversight, the annual cycle and the daily alerts read. A risk carries only its
 * current assessment; reports no analysis or events; the heavy texts stay in the store.
 */
export interface InternalControlYearOutline {
  readonly risks: readonly Pick<RiskData, "id" | "ownerScopeId" | "title" | "categoryKey" | "history">[];
  readonly plans: readonly Pick<ControlPlanData, "id" | "ownerScopeId" | "adopted">[];
  readonly controls: readonly Pick<ControlData, "id" | "ownerScopeId" | "title" | "periodIds" | "responsiblePersonId">[];
  readonly reports: readonly Pick<ControlReportData, "id" | "controlId" | "periodId" | "status" | "result">[];
  readonly actions: readonly Pick<
    ActionData,
    "id" | "controlId" | "periodId" | "ownerScopeId" | "ownerPersonId" | "what" | "dueOn" | "status"
  >[];
  /** The executive board's assessments, whole (they are small and carry the etag an update needs). */
  readonly assessments: readonly Stored<OversightAssessmentData>[];
  readonly settings: Stored<InternalControlSettingsData> | null;
}

/** Storage of one tenant's internal control: every method takes the tenant id. */
export interface InternalControlRepository extends RecordStorePort<InternalControlRecordTypes> {
  findSettings(tenantId: string): Promise<Stored<InternalControlSettingsData> | null>;
  find<K extends InternalControlRecordType>(tenantId: string, type: K, id: string): Promise<Stored<InternalControlRecordTypes[K]> | null>;
  /** A committee's risks, plan, controls, results and actions of a plan year, and the settings: one query. */
  loadCommittee(tenantId: string, planYearId: string, ownerScopeId: string): Promise<CommitteeInternalControl>;
  /** Every committee's of a plan year, light (see the outline): one query. */
  loadYearOutline(tenantId: string, planYearId: string): Promise<InternalControlYearOutline>;
  /** A department's RSA of a plan year (or, without `ownerScopeId`, every one's) and the settings: one query. */
  loadRsa(tenantId: string, planYearId: string, ownerScopeId?: string): Promise<RsaRecords>;
  /**
   * What My items needs of one person, in two queries: the controls they are responsible for
   * with those controls' reports, the open actions they own, and (`withAwaiting`, for those
   * who approve or review) the reports waiting for a step with their controls.
   */
  loadPersonal(tenantId: string, personId: string, withAwaiting: boolean): Promise<PersonalInternalControl>;
  /** The risks that name a goal among those they threaten. */
  listRisksThreatening(tenantId: string, goalId: string): Promise<Stored<RiskData>[]>;
}
