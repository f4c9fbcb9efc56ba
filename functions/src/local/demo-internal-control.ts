import {
  type ActionStatus,
  type ControlFrequency,
  type ControlMethod,
  type ControlResult,
  type CriticalFunctionData,
  controlPlanId,
  controlReportId,
  type DocumentDecision,
  type InternalControlRepository,
  type RiskDecisionBody,
  type RsaMeasureData,
  type RsaRiskData,
} from "@kvalitetskedjan/domain";
import { demoGuid } from "./demo-data.js";

/** A risk of a committee's analysis, assessed once or more (oldest first). */
export interface DemoRisk {
  readonly id: string;
  readonly ownerScopeId: string;
  readonly title: string;
  readonly description?: string;
  readonly categoryKey: string;
  readonly concerns?: string;
  readonly goalIds?: readonly string[];
  readonly assessments: readonly (readonly [probability: number, consequence: number])[];
  readonly decision: RiskDecisionBody;
}

export interface DemoControl {
  readonly id: string;
  readonly ownerScopeId: string;
  readonly riskIds: readonly string[];
  readonly title: string;
  readonly method: ControlMethod;
  readonly scope: string;
  readonly frequency?: ControlFrequency;
  /** A person's id; null for a common control the committee has not yet given anyone. */
  readonly responsiblePersonId: string | null;
  readonly responsibleName: string;
  readonly periodIds: readonly string[];
  readonly reportTo: string;
  readonly commonId?: string;
}

export interface DemoControlReport {
  readonly controlId: string;
  readonly periodId: string;
  readonly status: "draft" | "submitted" | "approved" | "reviewed";
  readonly examined: string;
  readonly sampleSize: number;
  readonly errorsFound: number;
  readonly result: ControlResult;
  readonly analysis: string;
}

export interface DemoAction {
  readonly id: string;
  readonly controlId: string;
  readonly periodId: string;
  readonly what: string;
  readonly ownerPersonId: string;
  readonly ownerPersonName: string;
  readonly dueOn: string;
  readonly status: ActionStatus;
}

/** A department's RSA: its critical functions, threats and measures. */
export interface DemoRsa {
  readonly functions: readonly Omit<CriticalFunctionData, "planYearId" | "ownerScopePath">[];
  readonly risks: readonly Omit<RsaRiskData, "planYearId" | "ownerScopePath">[];
  readonly measures: readonly Omit<RsaMeasureData, "planYearId" | "ownerScopePath">[];
}

/** A municipality's internal control for one plan year. */
export interface DemoInternalControl {
  readonly planYearId: string;
  readonly rsa?: DemoRsa;
  readonly risks: readonly DemoRisk[];
  readonly controls: readonly DemoControl[];
  /** Plans adopted, by owner. */
  readonly adopted: Readonly<Record<string, DocumentDecision>>;
  readonly reports: readonly DemoControlReport[];
  readonly actions: readonly DemoAction[];
}

const seedUser = { userId: "system:seed", action: "seed" };

/** Writes a municipality's internal control through the API's own repository. */
export async function seedInternalControl(
  repo: InternalControlRepository,
  tenantId: string,
  ic: DemoInternalControl,
  paths: ReadonlyMap<string, readonly string[]>,
): Promise<void> {
  const pathOf = (id: string) => [...(paths.get(id) ?? [])];
  const ownerOfControl = new Map(ic.controls.map((c) => [c.id, c.ownerScopeId]));
  const planYearId = ic.planYearId;
  await Promise.all(
    ic.risks.map((r) =>
      repo.create(
        tenantId,
        "risk",
        {
          id: r.id,
          planYearId,
          ownerScopeId: r.ownerScopeId,
          ownerScopePath: pathOf(r.ownerScopeId),
          title: r.title,
          description: r.description ?? "",
          categoryKey: r.categoryKey,
          concerns: r.concerns ?? "",
          goalIds: [...(r.goalIds ?? [])],
          decision: r.decision,
          history: r.assessments.map(([probability, consequence], i) => ({
            probability,
            consequence,
            note: i === 0 ? "" : "Omprövad efter delårsrapporten.",
            assessedAt: `${planYearId}-0${1 + i * 5}-20T09:00:00.000Z`,
            assessedBy: "Demodata",
          })),
        },
        seedUser,
      ),
    ),
  );
  await Promise.all(
    ic.controls.map((c) =>
      repo.create(
        tenantId,
        "control",
        {
          ...c,
          riskIds: [...c.riskIds],
          periodIds: [...c.periodIds],
          planYearId,
          ownerScopePath: pathOf(c.ownerScopeId),
          frequency: c.frequency ?? "twiceYearly",
          commonId: c.commonId ?? null,
          amendment: null,
        },
        seedUser,
      ),
    ),
  );
  await Promise.all(
    Object.entries(ic.adopted).map(([ownerScopeId, decision]) =>
      repo.create(
        tenantId,
        "controlPlan",
        {
          id: controlPlanId(planYearId, ownerScopeId),
          planYearId,
          ownerScopeId,
          ownerScopePath: pathOf(ownerScopeId),
          adopted: decision,
          amendments: [],
        },
        seedUser,
      ),
    ),
  );
  const steps = ["submit", "approve", "review"] as const;
  await Promise.all(
    ic.reports.map((r) => {
      const ownerScopeId = ownerOfControl.get(r.controlId) ?? "";
      const done = steps.slice(0, ["draft", "submitted", "approved", "reviewed"].indexOf(r.status));
      return repo.create(
        tenantId,
        "controlReport",
        {
          id: controlReportId(r.controlId, r.periodId),
          controlId: r.controlId,
          planYearId,
          periodId: r.periodId,
          ownerScopeId,
          ownerScopePath: pathOf(ownerScopeId),
          status: r.status,
          examined: r.examined,
          sampleSize: r.sampleSize,
          errorsFound: r.errorsFound,
          result: r.result,
          analysis: r.analysis,
          events: done.map((action, i) => ({
            action,
            at: `${planYearId}-05-${String(12 + i * 3).padStart(2, "0")}T09:00:00.000Z`,
            byUserId: seedUser.userId,
            byName: "Demodata",
            note: "",
          })),
        },
        seedUser,
      );
    }),
  );
  const rsa = ic.rsa;
  if (rsa) {
    const placed = <T extends { ownerScopeId: string }>(x: T) => ({ ...x, planYearId, ownerScopePath: pathOf(x.ownerScopeId) });
    await Promise.all([
      ...rsa.functions.map((f) => repo.create(tenantId, "criticalFunction", placed(f), seedUser)),
      ...rsa.risks.map((r) => repo.create(tenantId, "rsaRisk", placed(r), seedUser)),
      ...rsa.measures.map((m) => repo.create(tenantId, "rsaMeasure", placed(m), seedUser)),
    ]);
  }
  await Promise.all(
    ic.actions.map((a) => {
      const ownerScopeId = ownerOfControl.get(a.controlId) ?? "";
      return repo.create(
        tenantId,
        "internalControlAction",
        { ...a, planYearId, ownerScopeId, ownerScopePath: pathOf(ownerScopeId) },
        seedUser,
      );
    }),
  );
}

const pid = (domain: string, slug: string) => demoGuid(`${domain}:${slug}`);
const p = (slug: string) => pid("pitea.example", slug);

/** The executive board's municipality-wide check, in every plan; each committee names its responsible. */
const piteaCommon = (ownerScopeId: string, responsible: readonly [string, string] | null): DemoControl => ({
  id: `${ownerScopeId}-c-representation`,
  ownerScopeId,
  riskIds: [],
  title: "Representation och gåvor följer kommunens riktlinje",
  method: "sample",
  scope: "10 verifikationer",
  responsiblePersonId: responsible ? p(responsible[0]) : null,
  responsibleName: responsible?.[1] ?? "",
  periodIds: ["interim2", "annual"],
  reportTo: "Kommunstyrelsen",
  commonId: "common-representation",
});

/**
 * Piteå's 2026 internal control: BUN's analysis of 8 risks (two high), a plan of 5
 * controls (one the executive board's common control) adopted in February, the first
 * interim period reported with a significant deviation on invoice attestation and two
 * actions, one overdue; Socialnämnden's plan is not yet adopted.
 */
export const piteaInternalControl: DemoInternalControl = {
  planYearId: "2026",
  risks: [
    {
      id: "bun-r1",
      ownerScopeId: "bun",
      title: "Beslut om särskilt stöd dröjer eller dokumenteras inte",
      description: "Elever som behöver särskilt stöd får det för sent när utredning och beslut dröjer.",
      categoryKey: "legal",
      concerns: "Elevhälsan",
      goalIds: ["2026-bun-1"],
      assessments: [
        [2, 3],
        [3, 3],
      ],
      decision: { kind: "control" },
    },
    {
      id: "bun-r2",
      ownerScopeId: "bun",
      title: "Fakturor attesteras utan underlag",
      categoryKey: "financial",
      concerns: "Inköp och attest",
      assessments: [[2, 4]],
      decision: { kind: "control" },
    },
    {
      id: "bun-r3",
      ownerScopeId: "bun",
      title: "Kränkande behandling anmäls inte till huvudmannen",
      categoryKey: "legal",
      concerns: "Grundskolorna",
      goalIds: ["2026-bun-1"],
      assessments: [[2, 3]],
      decision: { kind: "control" },
    },
    {
      id: "bun-r4",
      ownerScopeId: "bun",
      title: "Personuppgifter i elevdokumentationen når obehöriga",
      categoryKey: "it",
      concerns: "Elevdokumentationssystemet",
      assessments: [[2, 3]],
      decision: { kind: "control" },
    },
    {
      id: "bun-r5",
      ownerScopeId: "bun",
      title: "Skolskjuts beställs utanför avtal",
      categoryKey: "financial",
      concerns: "Skolskjutsar",
      assessments: [[1, 3]],
      decision: { kind: "accept", reason: "Beställningarna är få och följs redan upp månadsvis av ekonomikontoret." },
    },
    {
      id: "bun-r6",
      ownerScopeId: "bun",
      title: "Brist på behöriga lärare i matematik",
      categoryKey: "operational",
      goalIds: ["2026-bun-1", "2026-bun-2"],
      assessments: [[3, 2]],
      decision: { kind: "act", note: "Rekryteringskampanj och lärarlyft i matematik under året." },
    },
    {
      id: "bun-r7",
      ownerScopeId: "bun",
      title: "Förtroendet skadas av felaktig betygssättning",
      categoryKey: "reputation",
      assessments: [[1, 4]],
      decision: { kind: "undecided" },
    },
    {
      id: "bun-r8",
      ownerScopeId: "bun",
      title: "Skollokalerna räcker inte för fler elever",
      categoryKey: "external",
      assessments: [[2, 2]],
      decision: { kind: "act", note: "Lokalförsörjningsplanen revideras tillsammans med samhällsbyggnad." },
    },
    {
      id: "socn-r1",
      ownerScopeId: "socn",
      title: "Hemtjänstinsatser utförs inte enligt beslut",
      categoryKey: "operational",
      concerns: "Hemtjänsten centrum",
      goalIds: ["2026-socn-1"],
      assessments: [[3, 3]],
      decision: { kind: "control" },
    },
    {
      id: "ks-r1",
      ownerScopeId: "ks",
      title: "Bolagens ekonomiska ställning följs inte upp",
      categoryKey: "financial",
      assessments: [[2, 3]],
      decision: { kind: "control" },
    },
  ],
  controls: [
    {
      id: "bun-c1",
      ownerScopeId: "bun",
      riskIds: ["bun-r1"],
      title: "Beslut om särskilt stöd är fattade och dokumenterade inom fyra veckor",
      method: "sample",
      scope: "15 ärenden per skola",
      frequency: "quarterly",
      responsiblePersonId: p("johan.ek"),
      responsibleName: "Johan Ek",
      periodIds: ["interim1", "interim2", "annual"],
      reportTo: "Barn- och utbildningsnämnden",
    },
    {
      id: "bun-c2",
      ownerScopeId: "bun",
      riskIds: ["bun-r2"],
      title: "Attesterade fakturor har underlag och rätt attestant",
      method: "sample",
      scope: "20 fakturor",
      frequency: "twiceYearly",
      responsiblePersonId: p("lina.forsberg"),
      responsibleName: "Lina Forsberg",
      periodIds: ["interim1", "interim2"],
      reportTo: "Barn- och utbildningsnämnden",
    },
    {
      id: "bun-c3",
      ownerScopeId: "bun",
      riskIds: ["bun-r3"],
      title: "Anmälningar om kränkande behandling når huvudmannen samma dag",
      method: "review",
      scope: "Alla anmälningar under perioden",
      frequency: "continuous",
      responsiblePersonId: p("johan.ek"),
      responsibleName: "Johan Ek",
      periodIds: ["interim1", "annual"],
      reportTo: "Barn- och utbildningsnämnden",
    },
    {
      id: "bun-c4",
      ownerScopeId: "bun",
      riskIds: ["bun-r4"],
      title: "Behörigheter i elevdokumentationen stämmer mot personalregistret",
      method: "reconciliation",
      scope: "Samtliga behörigheter",
      frequency: "yearly",
      responsiblePersonId: p("lina.forsberg"),
      responsibleName: "Lina Forsberg",
      periodIds: ["interim2", "annual"],
      reportTo: "Barn- och utbildningsnämnden",
    },
    piteaCommon("bun", ["lina.forsberg", "Lina Forsberg"]),
    piteaCommon("ks", ["sara.holm", "Sara Holm"]),
    piteaCommon("socn", ["peter.strand", "Peter Strand"]),
    ...["sbn", "mbn", "fkn", "ofn", "pitebo", "piteenergi"].map((id) => piteaCommon(id, null)),
    {
      id: "socn-c1",
      ownerScopeId: "socn",
      riskIds: ["socn-r1"],
      title: "Utförda hemtjänstinsatser stämmer mot beviljade beslut",
      method: "sample",
      scope: "25 brukare",
      responsiblePersonId: p("peter.strand"),
      responsibleName: "Peter Strand",
      periodIds: ["interim2", "annual"],
      reportTo: "Socialnämnden",
    },
  ],
  rsa: {
    functions: [
      {
        id: "sbf-f1",
        ownerScopeId: "sbf",
        name: "Dricksvattenförsörjning",
        description: "Produktion och distribution av dricksvatten från Vattenverket i Sikfors.",
        dependencies: [
          { kind: "electricity", note: "Reservkraft för sex timmar" },
          { kind: "it", note: "Styrsystemet för vattenverket" },
          { kind: "staff", note: "Drifttekniker i beredskap" },
        ],
        tolerableOutageHours: 12,
        capability: "someShortcomings",
        capabilityNote: "Reservkraften räcker inte ett dygn.",
        continuityPlanId: null,
      },
      {
        id: "soc-f1",
        ownerScopeId: "soc",
        name: "Hemtjänst",
        description: "Omsorg om äldre och personer med funktionsnedsättning i hemmet.",
        dependencies: [
          { kind: "staff", note: "Undersköterskor och vårdbiträden" },
          { kind: "transport", note: "Bilar och drivmedel" },
          { kind: "it", note: "Planeringssystem och digitala lås" },
        ],
        tolerableOutageHours: 4,
        capability: "good",
        capabilityNote: "",
        continuityPlanId: "kontinuitetsplan-hemtjanst",
      },
      {
        id: "klf-f1",
        ownerScopeId: "klf",
        name: "IT-drift",
        description: "Kommunens nätverk, servrar och verksamhetssystem.",
        dependencies: [
          { kind: "electricity", note: "" },
          { kind: "suppliers", note: "Leverantör av driftplattform" },
        ],
        tolerableOutageHours: 8,
        capability: "inadequate",
        capabilityNote: "Ingen övad återstart efter ett intrång.",
        continuityPlanId: null,
      },
    ],
    risks: [
      {
        id: "sbf-rr1",
        ownerScopeId: "sbf",
        functionId: "sbf-f1",
        threat: "Långvarigt elavbrott",
        vulnerability: "Reservkraften räcker sex timmar.",
        probability: 2,
        consequence: 4,
      },
      {
        id: "soc-rr1",
        ownerScopeId: "soc",
        functionId: "soc-f1",
        threat: "Pandemi med hög sjukfrånvaro",
        vulnerability: "Få vikarier och ingen gemensam bemanningspool.",
        probability: 2,
        consequence: 3,
      },
      {
        id: "klf-rr1",
        ownerScopeId: "klf",
        functionId: "klf-f1",
        threat: "Ransomware-angrepp",
        vulnerability: "Säkerhetskopiorna är inte åtskilda från nätet.",
        probability: 3,
        consequence: 4,
      },
    ],
    measures: [
      {
        id: "sbf-m1",
        ownerScopeId: "sbf",
        functionId: "sbf-f1",
        what: "Större reservkraftverk till vattenverket",
        ownerPersonId: p("anna.lind"),
        ownerPersonName: "Anna Lind",
        dueOn: "2027-06-30",
        status: "planned",
      },
      {
        id: "soc-m1",
        ownerScopeId: "soc",
        functionId: "soc-f1",
        what: "Gemensam bemanningspool för hemtjänsten",
        ownerPersonId: p("peter.strand"),
        ownerPersonName: "Peter Strand",
        dueOn: "2027-03-31",
        status: "ongoing",
      },
    ],
  },
  adopted: {
    bun: { bodyId: "bun", date: "2026-02-12", paragraph: "§ 14" },
    ks: { bodyId: "ks", date: "2026-02-24", paragraph: "§ 31" },
  },
  reports: [
    {
      controlId: "bun-c1",
      periodId: "interim1",
      status: "reviewed",
      examined: "Beslut om särskilt stöd januari–april",
      sampleSize: 30,
      errorsFound: 0,
      result: "noRemark",
      analysis: "",
    },
    {
      controlId: "bun-c2",
      periodId: "interim1",
      status: "reviewed",
      examined: "Fakturor januari–april",
      sampleSize: 20,
      errorsFound: 5,
      result: "significantDeviation",
      analysis: "Fem av tjugo fakturor saknade underlag; tre var attesterade av någon utan attesträtt för ansvaret.",
    },
    {
      controlId: "bun-c3",
      periodId: "interim1",
      status: "reviewed",
      examined: "Anmälningar januari–april",
      sampleSize: 42,
      errorsFound: 0,
      result: "noRemark",
      analysis: "",
    },
    {
      controlId: "socn-c1",
      periodId: "interim2",
      status: "submitted",
      examined: "Insatser maj–augusti",
      sampleSize: 25,
      errorsFound: 2,
      result: "minorDeviation",
      analysis: "Två brukare fick färre besök än beviljat under semesterperioden.",
    },
  ],
  actions: [
    {
      id: "bun-a1",
      controlId: "bun-c2",
      periodId: "interim1",
      what: "Utbilda alla attestanter i attestreglementet och kraven på underlag",
      ownerPersonId: p("maria.berg"),
      ownerPersonName: "Maria Berg",
      dueOn: "2026-09-30",
      status: "ongoing",
    },
    {
      id: "bun-a2",
      controlId: "bun-c2",
      periodId: "interim1",
      what: "Nytt stickprov på 20 fakturor från oktober",
      ownerPersonId: p("lina.forsberg"),
      ownerPersonName: "Lina Forsberg",
      dueOn: "2027-01-31",
      status: "planned",
    },
    {
      id: "socn-a1",
      controlId: "socn-c1",
      periodId: "interim2",
      what: "Bemanningsplan för semesterperioden som säkrar beviljade besök",
      ownerPersonId: p("peter.strand"),
      ownerPersonName: "Peter Strand",
      dueOn: "2027-03-31",
      status: "planned",
    },
  ],
};

const a = (slug: string) => pid("alvdala.example", slug);

/** Älvdala's: one committee's risk, control, result and action, so isolation has objects to aim at. */
export const alvdalaInternalControl: DemoInternalControl = {
  planYearId: "2026",
  risks: [
    {
      id: "son-r1",
      ownerScopeId: "son",
      title: "Läkemedel hanteras utan delegering",
      categoryKey: "legal",
      assessments: [[2, 4]],
      decision: { kind: "control" },
    },
  ],
  controls: [
    {
      id: "son-c1",
      ownerScopeId: "son",
      riskIds: ["son-r1"],
      title: "Delegeringar för läkemedelshantering är giltiga",
      method: "review",
      scope: "Samtliga delegeringar",
      responsiblePersonId: a("ida.norberg"),
      responsibleName: "Ida Norberg",
      periodIds: ["interim1", "annual"],
      reportTo: "Socialnämnden",
    },
  ],
  adopted: { son: { bodyId: "son", date: "2026-02-10", paragraph: "§ 8" } },
  rsa: {
    functions: [
      {
        id: "omsorg-f1",
        ownerScopeId: "omsorg",
        name: "Särskilt boende",
        description: "",
        dependencies: [{ kind: "heating", note: "" }],
        tolerableOutageHours: 2,
        capability: "someShortcomings",
        capabilityNote: "",
        continuityPlanId: null,
      },
    ],
    risks: [
      {
        id: "omsorg-rr1",
        ownerScopeId: "omsorg",
        functionId: "omsorg-f1",
        threat: "Värmebortfall vintertid",
        vulnerability: "",
        probability: 2,
        consequence: 4,
      },
    ],
    measures: [
      {
        id: "omsorg-m1",
        ownerScopeId: "omsorg",
        functionId: "omsorg-f1",
        what: "Reservvärme till boendet",
        ownerPersonId: a("ida.norberg"),
        ownerPersonName: "Ida Norberg",
        dueOn: "2027-09-30",
        status: "planned",
      },
    ],
  },
  reports: [
    {
      controlId: "son-c1",
      periodId: "interim1",
      status: "approved",
      examined: "Delegeringar i april",
      sampleSize: 40,
      errorsFound: 3,
      result: "minorDeviation",
      analysis: "Tre delegeringar hade gått ut utan att förnyas.",
    },
  ],
  actions: [
    {
      id: "son-a1",
      controlId: "son-c1",
      periodId: "interim1",
      what: "Påminnelse om förnyelse en månad innan en delegering går ut",
      ownerPersonId: a("ida.norberg"),
      ownerPersonName: "Ida Norberg",
      dueOn: "2027-02-28",
      status: "planned",
    },
  ],
};
