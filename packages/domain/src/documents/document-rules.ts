import type { OrgUnitKind } from "../directory/org-contracts.js";
import { addDays } from "../shared/dates.js";

/**
 * A governing document's life: a draft is adopted (its version frozen and kept), an
 * adopted one goes into revision and a new version is adopted, and any of them can be
 * repealed by a decision. `expired` is not stored: an adopted document whose valid-until
 * date has passed is expired, from that day on, whoever looks.
 */
export const storedDocumentStatuses = ["draft", "inRevision", "adopted", "repealed"] as const;
export type StoredDocumentStatus = (typeof storedDocumentStatuses)[number];
export type EffectiveDocumentStatus = StoredDocumentStatus | "expired";

export function effectiveStatus(stored: StoredDocumentStatus, validUntil: string | null, today: string): EffectiveDocumentStatus {
  return stored === "adopted" && validUntil !== null && validUntil < today ? "expired" : stored;
}

export type DocumentAction = "startRevision" | "adopt" | "repeal";

/** Which actions each status allows (the status as the reader sees it, expired included). */
export const documentTransitions: Readonly<Record<EffectiveDocumentStatus, readonly DocumentAction[]>> = {
  draft: ["adopt"],
  inRevision: ["adopt", "repeal"],
  adopted: ["startRevision", "repeal"],
  expired: ["startRevision", "repeal"],
  repealed: [],
};

/**
 * How long a newly adopted version is valid unless the decision says otherwise:
 * `years` runs to 31 December that many years after adoption; `mandatePeriods` to the end
 * of a mandate period (14 October of an election year), counting the one adopted in as
 * the first, and skipping to the next when less than a year of it is left, so a new
 * council always gets to revise what an outgoing one adopted.
 */
export type ValidityRule =
  | { readonly kind: "years"; readonly years: number }
  | { readonly kind: "mandatePeriods"; readonly periods: number };

/** Swedish general elections: every fourth September from 2022; the new council sits from 15 October. */
const firstElectionYear = 2022;

export function defaultValidUntil(adoptedOn: string, rule: ValidityRule): string {
  const year = Number(adoptedOn.slice(0, 4));
  if (rule.kind === "years") return `${year + rule.years}-12-31`;
  let end = firstElectionYear + Math.ceil(Math.max(0, year - firstElectionYear) / 4) * 4;
  if (`${end}-10-14` < adoptedOn) end += 4;
  if (addDays(adoptedOn, 365) > `${end}-10-14`) end += 4;
  return `${end + (rule.periods - 1) * 4}-10-14`;
}

/** Days before valid-until at which the owner is alerted; 0 is the day it expires. */
export const alertThresholds = [180, 90, 30, 0] as const;
export type AlertThreshold = (typeof alertThresholds)[number];

const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The ledger key of one alert: a document's version and a threshold, so a new version is alerted anew. */
export const alertKey = (documentId: string, version: number, threshold: AlertThreshold): string =>
  `${documentId}.v${version}.${threshold}`;

export interface DueAlert {
  /** The most urgent threshold reached: what the message says. */
  readonly threshold: AlertThreshold;
  readonly daysLeft: number;
  /** Every reached threshold not yet alerted: all of them are settled by this one message. */
  readonly keys: readonly string[];
}

/**
 * The alert a document is due today, if any: the thresholds its valid-until date has
 * reached that no earlier alert covered. A job that ran late, twice or not at all for a
 * while sends one alert for the most urgent of them and settles the rest, so every
 * threshold is alerted at most once and none is skipped without being covered.
 */
export function dueAlert(
  doc: { readonly id: string; readonly version: number; readonly validUntil: string | null },
  today: string,
  alerted: ReadonlySet<string>,
): DueAlert | null {
  if (doc.validUntil === null) return null;
  const daysLeft = daysBetween(today, doc.validUntil);
  const reached = alertThresholds.filter((t) => daysLeft <= t);
  const open = reached.filter((t) => !alerted.has(alertKey(doc.id, doc.version, t)));
  const mostUrgent = open.at(-1);
  if (mostUrgent === undefined) return null;
  return { threshold: mostUrgent, daysLeft, keys: open.map((t) => alertKey(doc.id, doc.version, t)) };
}

/** The ISO week (`2026-W48`) of a date: expired documents are escalated once a week. */
export function isoWeek(date: string): string {
  const thursday = new Date(`${date}T00:00:00Z`);
  thursday.setUTCDate(thursday.getUTCDate() - ((thursday.getUTCDay() + 6) % 7) + 3);
  const year = thursday.getUTCFullYear();
  const week = Math.ceil(((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** From the first alert on (180 days before valid-until), a document in force is due for revision. */
export const revisionDueWithinDays: number = alertThresholds[0];

/**
 * Whether an adopted document needs its owner now: `expired` past its valid-until,
 * `dueSoon` within the first alert's reach of it; null otherwise (drafts, revisions under
 * way, repealed documents). `daysLeft` counts to valid-until (negative once passed).
 */
export function revisionState(
  status: EffectiveDocumentStatus,
  validUntil: string | null,
  today: string,
): { readonly state: "expired" | "dueSoon"; readonly daysLeft: number } | null {
  if (validUntil === null || (status !== "adopted" && status !== "expired")) return null;
  const daysLeft = daysBetween(today, validUntil);
  if (status === "expired") return { state: "expired", daysLeft };
  return daysLeft <= revisionDueWithinDays ? { state: "dueSoon", daysLeft } : null;
}

/** The bodies that adopt governing documents, and those that may own them (a department too). */
export const decisionBodyKinds: readonly OrgUnitKind[] = ["council", "executiveBoard", "committee", "company"];
export const owningBodyKinds: readonly OrgUnitKind[] = [...decisionBodyKinds, "department"];
