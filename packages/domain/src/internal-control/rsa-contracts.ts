// The risk and vulnerability analysis (RSA): critical functions, what they depend on, the
// threats and vulnerabilities assessed on the municipality's scale, the capability of each
// function and the measures. Kept apart from the materiality and risk analysis (seed 003).
import { z } from "zod";
import { OrgUnitKind } from "../directory/org-contracts.js";
import { IsoDate } from "../goals/reporting-period-contracts.js";
import { Key, RecordMeta, singleLine } from "../shared/common-contracts.js";
import { ActionStatus, RiskLevel } from "./contracts.js";
import { RiskMatrix } from "./view-contracts.js";

export const dependencyKinds = ["electricity", "water", "heating", "it", "telecom", "staff", "suppliers", "transport", "other"] as const;
export const DependencyKind = z.enum(dependencyKinds);
export type DependencyKind = z.infer<typeof DependencyKind>;

/** The capability to keep a function going (förmågebedömning), best first. */
export const capabilities = ["good", "someShortcomings", "inadequate", "veryInadequate"] as const;
export const Capability = z.enum(capabilities);
export type Capability = z.infer<typeof Capability>;

const Dependency = z.strictObject({ kind: DependencyKind, note: z.string().trim().max(300).default("") });

/** A critical function (samhällsviktig verksamhet) of a department or company. */
export const CreateCriticalFunctionBody = z.strictObject({
  planYearId: Key,
  ownerScopeId: Key,
  name: singleLine(200),
  description: z.string().trim().max(4000).default(""),
  dependencies: z.array(Dependency).max(20).default([]),
  /** How long the function may be out before the harm is unacceptable, in hours. */
  tolerableOutageHours: z.number().int().min(0).max(8760),
  capability: Capability.nullable().default(null),
  capabilityNote: z.string().trim().max(2000).default(""),
  /** Its continuity plan, a governing document of the register. */
  continuityPlanId: Key.nullable().default(null),
});
export type CreateCriticalFunctionBody = z.infer<typeof CreateCriticalFunctionBody>;

export const UpdateCriticalFunctionBody = z
  .strictObject({
    name: singleLine(200).optional(),
    description: z.string().trim().max(4000).optional(),
    dependencies: z.array(Dependency).max(20).optional(),
    tolerableOutageHours: z.number().int().min(0).max(8760).optional(),
    capability: Capability.nullable().optional(),
    capabilityNote: z.string().trim().max(2000).optional(),
    continuityPlanId: Key.nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: "Nothing to change." });
export type UpdateCriticalFunctionBody = z.infer<typeof UpdateCriticalFunctionBody>;

/** The continuity plan as the register holds it: its title, status and valid-until. */
export const ContinuityPlanRef = z.object({
  id: Key,
  title: z.string(),
  status: z.string(),
  validUntil: z.string().nullable(),
});

export const CriticalFunction = RecordMeta.extend({
  id: Key,
  planYearId: Key,
  ownerScopeId: Key,
  ownerName: z.string(),
  name: z.string(),
  description: z.string(),
  dependencies: z.array(z.object({ kind: DependencyKind, note: z.string() })),
  tolerableOutageHours: z.number().int(),
  capability: Capability.nullable(),
  capabilityNote: z.string(),
  continuityPlan: ContinuityPlanRef.nullable(),
});
export type CriticalFunction = z.infer<typeof CriticalFunction>;

/** A threat or hazard and the vulnerability it meets, assessed on the municipality's scale. */
export const CreateRsaRiskBody = z.strictObject({
  planYearId: Key,
  ownerScopeId: Key,
  /** The function it threatens, if one. */
  functionId: Key.nullable().default(null),
  threat: singleLine(200),
  vulnerability: z.string().trim().max(2000).default(""),
  probability: z.number().int().min(1).max(10),
  consequence: z.number().int().min(1).max(10),
});
export type CreateRsaRiskBody = z.infer<typeof CreateRsaRiskBody>;

export const UpdateRsaRiskBody = z
  .strictObject({
    functionId: Key.nullable().optional(),
    threat: singleLine(200).optional(),
    vulnerability: z.string().trim().max(2000).optional(),
    probability: z.number().int().min(1).max(10).optional(),
    consequence: z.number().int().min(1).max(10).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: "Nothing to change." });
export type UpdateRsaRiskBody = z.infer<typeof UpdateRsaRiskBody>;

export const RsaRisk = RecordMeta.extend({
  id: Key,
  planYearId: Key,
  ownerScopeId: Key,
  ownerName: z.string(),
  functionId: Key.nullable(),
  threat: z.string(),
  vulnerability: z.string(),
  probability: z.number().int(),
  consequence: z.number().int(),
  value: z.number().int(),
  level: RiskLevel,
});
export type RsaRisk = z.infer<typeof RsaRisk>;

/** A measure that strengthens a function or reduces a risk: what, who, by when. */
export const CreateRsaMeasureBody = z.strictObject({
  planYearId: Key,
  ownerScopeId: Key,
  functionId: Key.nullable().default(null),
  what: singleLine(300),
  ownerPersonId: Key,
  dueOn: IsoDate,
});
export type CreateRsaMeasureBody = z.infer<typeof CreateRsaMeasureBody>;

export const UpdateRsaMeasureBody = z
  .strictObject({ what: singleLine(300).optional(), dueOn: IsoDate.optional(), status: ActionStatus.optional() })
  .refine((b) => Object.keys(b).length > 0, { message: "Nothing to change." });
export type UpdateRsaMeasureBody = z.infer<typeof UpdateRsaMeasureBody>;

export const RsaMeasure = RecordMeta.extend({
  id: Key,
  planYearId: Key,
  ownerScopeId: Key,
  functionId: Key.nullable(),
  what: z.string(),
  ownerPersonId: Key,
  ownerPersonName: z.string(),
  dueOn: z.string(),
  status: ActionStatus,
  overdue: z.boolean(),
});
export type RsaMeasure = z.infer<typeof RsaMeasure>;

/**
 * A plan year's RSA: one department's or company's (`owner`), or the municipality's
 * consolidated (`owner` null) — every owner's functions, risks on one matrix, measures.
 */
export const RsaView = z.object({
  planYearId: Key,
  owner: z.object({ id: Key, name: z.string(), kind: OrgUnitKind }).nullable(),
  today: z.string(),
  functions: z.array(CriticalFunction),
  risks: z.array(RsaRisk),
  matrix: RiskMatrix,
  measures: z.array(RsaMeasure),
  /** Per capability, how many functions (the consolidated picture). */
  capabilityCounts: z.object({
    good: z.number().int(),
    someShortcomings: z.number().int(),
    inadequate: z.number().int(),
    veryInadequate: z.number().int(),
  }),
  allowed: z.object({ edit: z.boolean() }),
});
export type RsaView = z.infer<typeof RsaView>;

export const RsaQuery = z.strictObject({ ownerScopeId: Key.optional() });
export type RsaQuery = z.infer<typeof RsaQuery>;
