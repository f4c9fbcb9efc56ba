import { alvdala, type DemoTenant, pitea } from "../../functions/src/local/demo-data.js";
import { demoAssignmentId } from "../../functions/src/local/seed.js";
import { routeTable } from "../../functions/src/platform/routes.js";
import { personId } from "./harness.js";
import { dialogueSamples } from "./samples/dialogue.js";
import { directorySamples } from "./samples/directory.js";
import { documentsSamples } from "./samples/documents.js";
import { followupSamples } from "./samples/followup.js";
import { goalsSamples } from "./samples/goals.js";
import { homeSamples } from "./samples/home.js";
import { internalControlSamples } from "./samples/internal-control.js";
import { meetingsSamples } from "./samples/meetings.js";
import { notificationsSamples } from "./samples/notifications.js";
import { overviewSamples } from "./samples/overview.js";
import { platformSamples } from "./samples/platform.js";
import { reportingSamples } from "./samples/reporting.js";

export interface SampleRequest {
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
  /** A file, for routes that take one instead of JSON. */
  readonly file?: { readonly bytes: Uint8Array; readonly contentType: string };
  readonly ifMatch?: boolean;
  readonly write: boolean;
  /**
   * A write every member makes on their own record only (their calendar subscription), so
   * no role is asked for; calendar-feed.test.ts shows it never reaches another person's.
   */
  readonly own?: boolean;
}

/** Ids of objects in `tenant`, to aim requests at (or, from the other tenant, to attack). */
export const targets = (tenant: DemoTenant) => {
  const isPitea = tenant === pitea;
  const reporter = isPitea ? "johan.ek" : "ali.hassan";
  const reporterScope = isPitea ? "norrmalmskolan" : "alvskolan";
  return {
    unit: isPitea ? "buf" : "omsorg",
    /** A committee none of the non-administrator test users holds a role over. */
    committee: isPitea ? "socn" : "son",
    planYear: "2026",
    kfGoal: "2026-kf-1",
    goal: isPitea ? "2026-socn-1" : "2026-son-1",
    indicator: isPitea ? "2026-socn-1-personal" : "2026-son-1-samma",
    person: personId(tenant, isPitea ? "emma.sjoberg" : "olof.berg"),
    assignment: demoAssignmentId(personId(tenant, reporter), reporterScope, 0),
    /** A governing document owned by a body none of the non-administrator test users answers for. */
    document: isPitea ? "kvalitetspolicy" : "alvdala-policy",
    /** Internal control of `committee`: a risk, a control not yet reported in `controlPeriod`, a deviation it reported in `deviationPeriod` and an action that produced. */
    risk: isPitea ? "socn-r1" : "son-r1",
    control: isPitea ? "socn-c1" : "son-c1",
    controlPeriod: "annual",
    deviationPeriod: isPitea ? "interim2" : "interim1",
    internalControlAction: isPitea ? "socn-a1" : "son-a1",
    /** An RSA none of the non-administrator test users keeps: a department, its critical function, threat and measure. */
    rsaOwner: isPitea ? "soc" : "omsorg",
    criticalFunction: isPitea ? "soc-f1" : "omsorg-f1",
    rsaRisk: isPitea ? "soc-rr1" : "omsorg-rr1",
    rsaMeasure: isPitea ? "soc-m1" : "omsorg-m1",
    /** Dialogue planning: an activity of a unit none of the non-administrator test users plans, held and with results, and one it overlaps. */
    dialogueActivity: isPitea ? "dlg-panel" : "dlg-son-1",
    overlappingActivities: (isPitea ? ["dlg-forskola", "dlg-maltider"] : ["dlg-son-1", "dlg-son-2"]) as [string, string],
    dialogueUnit: isPitea ? "sbf" : "omsorg",
    /** Meetings: the body's next meeting (agenda not yet published) and the open assignment its last one gave. */
    meetingBody: isPitea ? "socn" : "son",
    meeting: isPitea ? "pitea-socn-next" : "alvdala-son-next",
    meetingAssignment: isPitea ? "pitea-socn-last-uppdrag" : "alvdala-son-last-uppdrag",
  };
};

export type Targets = ReturnType<typeof targets>;

/** Each module's samples, by module name as in `functions/src/modules.ts`: a new module adds its file and one line here. */
export const moduleSamples: Readonly<Record<string, (t: Targets, tenant: DemoTenant) => Record<string, SampleRequest>>> = {
  platform: platformSamples,
  directory: directorySamples,
  goals: goalsSamples,
  reporting: reportingSamples,
  followup: followupSamples,
  documents: documentsSamples,
  notifications: notificationsSamples,
  home: homeSamples,
  overview: overviewSamples,
  internalControl: internalControlSamples,
  dialogue: dialogueSamples,
  meetings: meetingsSamples,
};

/** A well-formed request for every route, aimed at `tenant`'s objects. */
export function sampleRequests(tenant: DemoTenant = pitea): Record<string, SampleRequest> {
  const t = targets(tenant);
  return Object.assign({}, ...Object.values(moduleSamples).map((samples) => samples(t, tenant)));
}

/** The body of a sample request, JSON or a file, as the harness sends it. */
export function bodyOf(r: SampleRequest): { body?: unknown; rawBody?: Uint8Array; headers?: Record<string, string> } {
  if (r.body !== undefined) return { body: r.body };
  if (r.file) return { rawBody: r.file.bytes, headers: { "content-type": r.file.contentType } };
  return {};
}

/** Route names from the route table; a test fails when a route has no sample. */
export const routeNames = (): string[] => routeTable().map((r) => r.spec.name);
export const isAnonymous = (name: string): boolean => routeTable().find((r) => r.spec.name === name)?.spec.auth === "anonymous";

export { alvdala, pitea };
