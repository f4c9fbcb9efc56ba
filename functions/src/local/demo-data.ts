import { createHash } from "node:crypto";
import {
  type BenchmarkSettings,
  type DocumentData,
  neverAdopted,
  type OrgUnitKind,
  type Role,
  type StrategicArea,
} from "@kvalitetskedjan/domain";
import type { DemoDialogue } from "./demo-dialogue.js";
import { alvdalaDialogue, piteaDialogue } from "./demo-dialogue-data.js";
import type { DemoInternalControl } from "./demo-internal-control.js";
import { alvdalaInternalControl, piteaInternalControl } from "./demo-internal-control-data.js";
import type { DemoMeetings } from "./demo-meetings.js";

/** A stable GUID from a name, so demo ids survive restarts and read well in tests. */
export function demoGuid(name: string): string {
  const h = createHash("sha1").update(`kvalitetskedjan-demo:${name}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface DemoUnit {
  readonly id: string;
  readonly parentId: string | null;
  readonly kind: OrgUnitKind;
  readonly name: string;
  readonly shortName?: string;
  readonly servesCommitteeIds?: readonly string[];
}

export interface DemoPerson {
  readonly id: string;
  readonly name: string;
  readonly mail: string;
  readonly active: boolean;
  readonly roles: readonly { readonly role: Role; readonly scopeId: string }[];
}

export interface DemoGoal {
  readonly id: string;
  readonly levelKey: string;
  readonly ownerScopeId: string;
  readonly title: string;
  readonly areaId: string | null;
  readonly parentGoalIds: readonly string[];
}

export interface DemoIndicator {
  readonly id: string;
  readonly goalId: string;
  readonly title: string;
  readonly unit: string;
  readonly direction: "higherIsBetter" | "lowerIsBetter";
  readonly periodicity: "month" | "interim" | "year";
  readonly splitByGender: boolean;
  readonly range: { readonly min: number; readonly max: number };
  readonly baseline: { readonly year: number; readonly value: number } | null;
  readonly target: number | null;
  readonly kpiId?: string;
  readonly predecessorIndicatorId?: string;
}

/** A report already carried through, so the demo has history to show. */
export interface DemoReport {
  readonly periodId: string;
  readonly ownerScopeId: string;
  readonly status: "draft" | "submitted" | "approved" | "reviewed";
  readonly assessments: Readonly<
    Record<string, { assessment: "fulfilled" | "partlyFulfilled" | "notFulfilled" | "notAssessed"; analysis?: string; actions?: string }>
  >;
  readonly outcomes?: Readonly<Record<string, { total: number; women?: number; men?: number; comment?: string }>>;
}

export interface DemoPlanYear {
  readonly year: number;
  /** A past year: every period locked, so nothing of it is asked for again. */
  readonly closed?: boolean;
  readonly vision: string;
  readonly areas: readonly StrategicArea[];
  readonly goals: readonly DemoGoal[];
  readonly indicators?: readonly DemoIndicator[];
  readonly reports?: readonly DemoReport[];
}

export interface DemoTenant {
  readonly id: string;
  readonly name: string;
  readonly defaultLocale: "sv" | "en";
  readonly units: readonly DemoUnit[];
  readonly people: readonly DemoPerson[];
  /** Oldest first: a year copies forward from the one before. */
  readonly planYears?: readonly DemoPlanYear[];
  readonly benchmark?: BenchmarkSettings;
  readonly publishResults?: boolean;
  /** Publish the register of governing documents as open data. */
  readonly publishRegister?: boolean;
  /** Governing documents in the register; the seed works out each owning body's path. */
  readonly documents?: readonly Omit<DocumentData, "owningBodyPath">[];
  /** Documents the seed makes valid for so many days after the day it seeds (by the services' clock), so an alert is always due. */
  readonly expiringDocuments?: readonly { readonly id: string; readonly daysLeft: number }[];
  /** Internal control of a plan year: risks, controls, plans adopted, results, actions. */
  readonly internalControl?: DemoInternalControl;
  readonly dialogue?: DemoDialogue;
  /** The budget process's milestones, by month and day, set on the annual cycle of the year the demo starts. */
  readonly milestones?: readonly { readonly name: string; readonly monthDay: string }[];
  /** Bodies' last meetings of the year before and their next, a week ahead. */
  readonly meetings?: readonly DemoMeetings[];
}

const goal = (
  id: string,
  levelKey: string,
  ownerScopeId: string,
  title: string,
  areaId: string | null,
  parentGoalIds: string[] = [],
): DemoGoal => ({
  id,
  levelKey,
  ownerScopeId,
  title,
  areaId,
  parentGoalIds,
});

const u = (id: string, parentId: string | null, kind: OrgUnitKind, name: string, extra: Partial<DemoUnit> = {}): DemoUnit => ({
  id,
  parentId,
  kind,
  name,
  ...extra,
});

const person = (slug: string, name: string, domain: string, roles: DemoPerson["roles"], active = true): DemoPerson => ({
  id: demoGuid(`${domain}:${slug}`),
  name,
  mail: `${slug}@${domain}`,
  active,
  roles,
});

/**
 * Piteå's governance model and its 2017 quality policy (seed 001) as data for the goal
 * and document capabilities to load.
 */
export const piteaGovernance = {
  vision: "Piteå – det är hit man kommer när man kommer hem",
  /** The four strategic areas, and the staff and finance perspectives goals are also set for. */
  areas: [
    { id: "barn-och-unga", name: "Barn och unga", kind: "strategicArea" },
    { id: "utbildning-och-arbete", name: "Utbildning och arbete", kind: "strategicArea" },
    { id: "livsmiljo", name: "Livsmiljö", kind: "strategicArea" },
    { id: "demokrati-och-oppenhet", name: "Demokrati och öppenhet", kind: "strategicArea" },
    { id: "personal", name: "Personal", kind: "perspective" },
    { id: "ekonomi", name: "Ekonomi", kind: "perspective" },
  ] satisfies StrategicArea[],
  qualityPolicy: {
    title: "Piteå kommuns policy för kvalitetsarbetet",
    type: "policy",
    adopted: "2009-10-12",
    decisionBody: "kf",
    owner: "ks",
    version: 5,
    lastRevised: { date: "2017-02-13", paragraph: "§ 6" },
    validUntil: "2019-12-31",
    summary: "Innehåller styrmodell, kvalitetsarbetet, uppföljning, utvärdering, utvecklingsarbeten och medborgardialog.",
    appliesTo: "Piteå kommuns anställda, förtroendevalda samt kommunens helägda bolag",
    children: [
      "Riktlinjer för arbetet mot EU",
      "Riktlinjer för innovation och verksamhetsutveckling",
      "Riktlinjer för digitalisering",
      "Anvisning för undersökningar",
    ],
  },
} as const;

/**
 * The quality policy of seed 001 as the register holds it (version 5, revised 2017-02-13
 * § 6, valid until 2019-12-31: expired), and the four documents under it that the seed
 * names. The seed gives no dates for those four: theirs are invented, spread so the
 * register has a document expiring within 30, 90 and 180 days of late 2026.
 */
function piteaDocuments(): NonNullable<DemoTenant["documents"]> {
  const q = piteaGovernance.qualityPolicy;
  const anna = demoGuid("pitea.example:anna.lind");
  const sara = demoGuid("pitea.example:sara.holm");
  const base = { diaryNumber: null, supersedesId: null, relatedGoalIds: [] as string[], status: "adopted" as const };
  const adopted = (
    id: string,
    title: string,
    typeKey: string,
    decision: { bodyId: string; date: string; paragraph: string },
    validUntil: string,
    extra: { ownerPersonId: string; owningBodyId: string; parentId: string | null; summary: string; appliesTo: string; version?: number },
  ) => {
    const version = extra.version ?? 1;
    const metadata = {
      title,
      typeKey,
      decisionBodyId: decision.bodyId,
      ownerPersonId: extra.ownerPersonId,
      owningBodyId: extra.owningBodyId,
      summary: extra.summary,
      appliesTo: extra.appliesTo,
      diaryNumber: null,
      parentId: extra.parentId,
      supersedesId: null,
      relatedGoalIds: [],
    };
    return {
      ...base,
      ...metadata,
      id,
      version,
      adoptedOn: decision.date,
      lastRevised: decision,
      validUntil,
      versions: [{ version, adoptedOn: decision.date, decision, validUntil, metadata }],
    };
  };
  const staff = "Piteå kommuns anställda";
  return [
    adopted("kvalitetspolicy", q.title, q.type, { bodyId: q.decisionBody, ...q.lastRevised }, q.validUntil, {
      ownerPersonId: anna,
      owningBodyId: q.owner,
      parentId: null,
      summary: q.summary,
      appliesTo: q.appliesTo,
      version: q.version,
    }),
    adopted("riktlinjer-eu", q.children[0], "riktlinje", { bodyId: "ks", date: "2023-03-06", paragraph: "§ 41" }, "2026-12-15", {
      ownerPersonId: anna,
      owningBodyId: "ks",
      parentId: "kvalitetspolicy",
      summary: "Hur kommunen bevakar och deltar i arbetet inom EU.",
      appliesTo: staff,
    }),
    adopted("riktlinjer-innovation", q.children[1], "riktlinje", { bodyId: "ks", date: "2023-05-08", paragraph: "§ 88" }, "2027-02-15", {
      ownerPersonId: sara,
      owningBodyId: "klf",
      parentId: "kvalitetspolicy",
      summary: "Hur nya idéer prövas och tas tillvara i verksamheterna.",
      appliesTo: staff,
    }),
    adopted(
      "riktlinjer-digitalisering",
      q.children[2],
      "riktlinje",
      { bodyId: "ks", date: "2024-02-05", paragraph: "§ 17" },
      "2027-05-20",
      {
        ownerPersonId: sara,
        owningBodyId: "klf",
        parentId: "kvalitetspolicy",
        summary: "Mål och arbetssätt för digital utveckling av kommunens tjänster.",
        appliesTo: staff,
      },
    ),
    adopted(
      "anvisning-undersokningar",
      q.children[3],
      "anvisning",
      { bodyId: "ks", date: "2025-09-01", paragraph: "§ 132" },
      "2027-12-31",
      {
        ownerPersonId: anna,
        owningBodyId: "ks",
        parentId: "kvalitetspolicy",
        summary: "Hur enkäter och andra undersökningar planeras, samordnas och redovisas.",
        appliesTo: staff,
      },
    ),
    // A guideline BUN is to adopt at its next meeting: on the proposed agenda (issue 16).
    {
      id: "riktlinje-studiero",
      title: "Riktlinje för studiero och trygghet i skolan",
      typeKey: "riktlinje",
      decisionBodyId: "bun",
      ownerPersonId: demoGuid("pitea.example:maria.berg"),
      owningBodyId: "buf",
      summary: "Hur skolorna skapar studiero och arbetar förebyggande mot kränkningar.",
      appliesTo: "Grundskolorna och gymnasieskolan",
      diaryNumber: null,
      parentId: null,
      supersedesId: null,
      relatedGoalIds: [],
      ...neverAdopted,
    },
    // The RSA's continuity plan for home care: its revision alert is due (see `expiringDocuments`).
    adopted(
      "kontinuitetsplan-hemtjanst",
      "Kontinuitetsplan för hemtjänsten",
      "kontinuitetsplan",
      { bodyId: "socn", date: "2025-12-10", paragraph: "§ 98" },
      // Set by the seed to 60 days after the day it seeds (`expiringDocuments`).
      "2099-12-31",
      {
        ownerPersonId: demoGuid("pitea.example:peter.strand"),
        owningBodyId: "soc",
        parentId: null,
        summary: "Hur hemtjänsten upprätthålls vid stor personalfrånvaro, elavbrott eller IT-avbrott.",
        appliesTo: "Hemtjänstens medarbetare",
      },
    ),
  ];
}

/**
 * Modelled on Piteå kommun as the seeds describe it: the council steers the executive
 * board, the committees and the wholly owned companies; each department serves a
 * committee. Names of people are invented.
 */
export const pitea: DemoTenant = {
  id: demoGuid("tenant:pitea"),
  name: "Piteå kommun",
  defaultLocale: "sv",
  units: [
    u("pitea", null, "municipality", "Piteå kommun"),
    u("kf", "pitea", "council", "Kommunfullmäktige", { shortName: "KF" }),
    u("ks", "kf", "executiveBoard", "Kommunstyrelsen", { shortName: "KS" }),
    u("bun", "kf", "committee", "Barn- och utbildningsnämnden", { shortName: "BUN" }),
    u("socn", "kf", "committee", "Socialnämnden", { shortName: "SOCN" }),
    u("sbn", "kf", "committee", "Samhällsbyggnadsnämnden", { shortName: "SBN" }),
    u("mbn", "kf", "committee", "Miljö- och byggnadsnämnden", { shortName: "MBN" }),
    u("fkn", "kf", "committee", "Fritids- och kulturnämnden", { shortName: "FKN" }),
    u("ofn", "kf", "committee", "Överförmyndarnämnden", { shortName: "ÖFN" }),
    // Seed 002: the chairs and chief officers meet four to five times a year as the steering group of this work.
    u("styrgruppen", "ks", "group", "Styrgruppen för styrning och kvalitet", { shortName: "Styrgruppen" }),
    u("pitebo", "kf", "company", "PiteBo AB"),
    u("piteenergi", "kf", "company", "PiteEnergi AB"),
    u("klf", "ks", "department", "Kommunledningsförvaltningen", { shortName: "KLF", servesCommitteeIds: ["ks"] }),
    u("buf", "bun", "department", "Barn- och utbildningsförvaltningen", { shortName: "BUF", servesCommitteeIds: ["bun"] }),
    u("soc", "socn", "department", "Socialtjänsten", { servesCommitteeIds: ["socn"] }),
    u("sbf", "sbn", "department", "Samhällsbyggnad", { servesCommitteeIds: ["sbn", "mbn"] }),
    u("fkf", "fkn", "department", "Fritid och kultur", { servesCommitteeIds: ["fkn"] }),
    u("strategiska-enheten", "klf", "unit", "Strategiska enheten"),
    u("ekonomikontoret", "klf", "unit", "Ekonomikontoret"),
    u("norrmalmskolan", "buf", "unit", "Norrmalmskolan"),
    u("strombackaskolan", "buf", "unit", "Strömbackaskolan"),
    u("hemtjansten", "soc", "unit", "Hemtjänsten centrum"),
    u("bygglov", "sbf", "unit", "Bygglovsenheten"),
    u("stadsbiblioteket", "fkf", "unit", "Stadsbiblioteket"),
  ],
  people: [
    person("anna.lind", "Anna Lind", "pitea.example", [{ role: "administrator", scopeId: "pitea" }]),
    person("karin.lund", "Karin Lund", "pitea.example", [{ role: "chair", scopeId: "ks" }]),
    person("erik.nilsson", "Erik Nilsson", "pitea.example", [{ role: "chair", scopeId: "bun" }]),
    person("maria.berg", "Maria Berg", "pitea.example", [{ role: "departmentHead", scopeId: "buf" }]),
    person("peter.strand", "Peter Strand", "pitea.example", [{ role: "departmentHead", scopeId: "soc" }]),
    person("johan.ek", "Johan Ek", "pitea.example", [{ role: "reporter", scopeId: "norrmalmskolan" }]),
    person("lina.forsberg", "Lina Forsberg", "pitea.example", [{ role: "reporter", scopeId: "bun" }]),
    person("sara.holm", "Sara Holm", "pitea.example", [{ role: "documentOwner", scopeId: "klf" }]),
    person("lars.oberg", "Lars Öberg", "pitea.example", [{ role: "reader", scopeId: "pitea" }]),
    person("emma.sjoberg", "Emma Sjöberg", "pitea.example", []),
    person("oskar.vik", "Oskar Vik", "pitea.example", [], false),
    person("ulrika.nordin", "Ulrika Nordin", "pitea.example", [{ role: "internalControlCoordinator", scopeId: "bun" }]),
    person("mats.wikstrom", "Mats Wikström", "pitea.example", [{ role: "internalControlCoordinator", scopeId: "ks" }]),
    person("helena.marklund", "Helena Marklund", "pitea.example", [{ role: "dialogueCoordinator", scopeId: "pitea" }]),
    person("sofia.nystrom", "Sofia Nyström", "pitea.example", [{ role: "secretary", scopeId: "bun" }]),
  ],
  documents: piteaDocuments(),
  internalControl: piteaInternalControl,
  dialogue: piteaDialogue,
  milestones: [
    { name: "Omvärldsanalys", monthDay: "03-31" },
    { name: "Årsredovisning till kommunfullmäktige", monthDay: "04-15" },
    { name: "Riktlinjer inför verksamhetsplanen", monthDay: "04-30" },
    { name: "Kommunfullmäktige beslutar budget och verksamhetsplan", monthDay: "06-15" },
    { name: "Delårsrapport till kommunfullmäktige", monthDay: "10-31" },
  ],
  meetings: [
    {
      idPrefix: "pitea-socn",
      bodyId: "socn",
      secretaryPersonId: demoGuid("pitea.example:peter.strand"),
      adjusterPersonIds: [demoGuid("pitea.example:emma.sjoberg")],
      location: "Sammanträdesrum Piteälven, stadshuset",
      assignment: {
        what: "Redovisa bemanningen i hemtjänstens fasta team",
        ownerPersonId: demoGuid("pitea.example:peter.strand"),
        dueInDays: 30,
      },
    },
    {
      idPrefix: "pitea-bun",
      bodyId: "bun",
      secretaryPersonId: demoGuid("pitea.example:sofia.nystrom"),
      adjusterPersonIds: [demoGuid("pitea.example:emma.sjoberg")],
      location: "Sammanträdesrum Lillpite, stadshuset",
      assignment: {
        what: "Ta fram en handlingsplan för elevernas trygghet i skolan",
        ownerPersonId: demoGuid("pitea.example:maria.berg"),
        dueInDays: 60,
      },
    },
    {
      idPrefix: "pitea-styrgrupp",
      bodyId: "styrgruppen",
      secretaryPersonId: demoGuid("pitea.example:anna.lind"),
      adjusterPersonIds: [demoGuid("pitea.example:erik.nilsson")],
      location: "Kommunstyrelsens sammanträdesrum, stadshuset",
      nextInDays: 21,
      lastTopics: [
        {
          title: "Uppföljning av styr- och ledningssystemet",
          summary: "Förvaltningscheferna redovisar hur målen följs upp i verksamheterna.",
          decision: "Styrgruppen lägger redovisningen till handlingarna.",
        },
        {
          title: "Delaktighet och medborgardialog",
          summary: "Hur medborgarnas synpunkter ger avtryck i verksamhetsutvecklingen.",
          decision: "Ekonomikontorets arbetsgrupp får i uppdrag att föreslå en gemensam återkoppling till medborgarna.",
        },
      ],
      assignment: {
        what: "Föreslå en gemensam återkoppling till medborgarna efter dialoger",
        ownerPersonId: demoGuid("pitea.example:anna.lind"),
        dueInDays: 75,
      },
    },
  ],
  expiringDocuments: [{ id: "kontinuitetsplan-hemtjanst", daysLeft: 60 }],
  publishRegister: true,
  benchmark: {
    municipalityId: "2581",
    comparisonGroup: { name: "Större kommuner i Norr- och Västerbotten", municipalityIds: ["2580", "2582", "2482", "2514", "2480"] },
  },
  publishResults: true,
  planYears: [
    {
      year: 2025,
      closed: true,
      vision: piteaGovernance.vision,
      areas: piteaGovernance.areas,
      goals: [
        goal("2025-kf-1", "kf", "kf", "Barn och unga i Piteå är trygga och har framtidstro", "barn-och-unga"),
        goal("2025-kf-3", "kf", "kf", "Piteå är en trygg och hållbar plats att bo och leva på", "livsmiljo"),
        goal("2025-bun-1", "committee", "bun", "Alla elever når kunskapskraven och känner sig trygga i skolan", "barn-och-unga", [
          "2025-kf-1",
        ]),
        goal("2025-socn-1", "committee", "socn", "Äldre kan bo kvar hemma med trygg omsorg så länge de vill", "livsmiljo", ["2025-kf-3"]),
      ],
      indicators: [
        {
          id: "2025-bun-1-trygghet",
          goalId: "2025-bun-1",
          title: "Andel elever i årskurs 9 som känner sig trygga i skolan",
          unit: "%",
          direction: "higherIsBetter",
          periodicity: "year",
          splitByGender: true,
          range: { min: 0, max: 100 },
          baseline: { year: 2024, value: 82 },
          target: 88,
        },
        {
          id: "2025-socn-1-personal",
          goalId: "2025-socn-1",
          title: "Antal personal en hemtjänsttagare möter under 14 dagar",
          unit: "antal",
          direction: "lowerIsBetter",
          periodicity: "interim",
          splitByGender: false,
          range: { min: 0, max: 100 },
          baseline: { year: 2024, value: 17 },
          target: 14,
          kpiId: "U21468",
        },
      ],
      reports: [
        ...(["interim1", "interim2", "annual"] as const).map((periodId, i) => ({
          periodId,
          ownerScopeId: "socn",
          status: "reviewed" as const,
          assessments: { "2025-socn-1": { assessment: "partlyFulfilled" as const, analysis: "Kontinuiteten förbättras långsamt." } },
          outcomes: { "2025-socn-1-personal": { total: [17, 16, 16][i] as number } },
        })),
        ...(["interim1", "interim2"] as const).map((periodId) => ({
          periodId,
          ownerScopeId: "bun",
          status: "reviewed" as const,
          assessments: { "2025-bun-1": { assessment: "partlyFulfilled" as const, analysis: "Tryggheten ökar men inte i alla årskurser." } },
        })),
        {
          periodId: "annual",
          ownerScopeId: "bun",
          status: "reviewed" as const,
          assessments: {
            "2025-bun-1": { assessment: "partlyFulfilled" as const, analysis: "Målet nåddes för flickor men inte för pojkar." },
          },
          outcomes: { "2025-bun-1-trygghet": { total: 86, women: 88, men: 84 } },
        },
      ],
    },
    {
      year: 2026,
      vision: piteaGovernance.vision,
      areas: piteaGovernance.areas,
      goals: [
        goal("2026-kf-1", "kf", "kf", "Barn och unga i Piteå är trygga och har framtidstro", "barn-och-unga"),
        goal("2026-kf-2", "kf", "kf", "Pitebor har arbete och kan lära nytt hela livet", "utbildning-och-arbete"),
        goal("2026-kf-3", "kf", "kf", "Piteå är en trygg och hållbar plats att bo och leva på", "livsmiljo"),
        goal("2026-kf-4", "kf", "kf", "Pitebor är delaktiga och har förtroende för kommunen", "demokrati-och-oppenhet"),
        goal("2026-bun-1", "committee", "bun", "Alla elever når kunskapskraven och känner sig trygga i skolan", "barn-och-unga", [
          "2026-kf-1",
        ]),
        goal("2026-bun-2", "committee", "bun", "Fler unga går vidare till arbete eller studier efter gymnasiet", "utbildning-och-arbete", [
          "2026-kf-2",
        ]),
        goal("2026-socn-1", "committee", "socn", "Äldre kan bo kvar hemma med trygg omsorg så länge de vill", "livsmiljo", ["2026-kf-3"]),
        goal("2026-norrmalm-1", "unit", "norrmalmskolan", "Varje elev på Norrmalmskolan har en trygg skoldag", "barn-och-unga", [
          "2026-bun-1",
        ]),
      ],
      indicators: [
        {
          id: "2026-bun-1-trygghet",
          goalId: "2026-bun-1",
          title: "Andel elever i årskurs 9 som känner sig trygga i skolan",
          unit: "%",
          direction: "higherIsBetter",
          periodicity: "year",
          splitByGender: true,
          range: { min: 0, max: 100 },
          baseline: { year: 2025, value: 84 },
          target: 90,
          predecessorIndicatorId: "2025-bun-1-trygghet",
        },
        {
          id: "2026-socn-1-personal",
          goalId: "2026-socn-1",
          title: "Antal personal en hemtjänsttagare möter under 14 dagar",
          unit: "antal",
          direction: "lowerIsBetter",
          periodicity: "interim",
          splitByGender: false,
          range: { min: 0, max: 100 },
          baseline: { year: 2025, value: 16 },
          target: 12,
          kpiId: "U21468",
          predecessorIndicatorId: "2025-socn-1-personal",
        },
      ],
      reports: [
        {
          periodId: "interim1",
          ownerScopeId: "bun",
          status: "reviewed",
          assessments: {
            "2026-bun-1": {
              assessment: "partlyFulfilled",
              analysis: "Tryggheten har ökat på de flesta skolor, men kunskapsresultaten i matematik släpar i årskurs 6.",
              actions: "Matematiklyftet fortsätter; extra studietid före nationella proven.",
            },
            "2026-bun-2": { assessment: "fulfilled", analysis: "Fler unga i arbete eller studier än samma tid i fjol." },
          },
        },
        {
          periodId: "interim1",
          ownerScopeId: "socn",
          status: "reviewed",
          assessments: {
            "2026-socn-1": {
              assessment: "notFulfilled",
              analysis: "Hög sjukfrånvaro i hemtjänsten under våren gav fler vikarier hos varje brukare.",
              actions: "Fasta team per område från hösten.",
            },
          },
          outcomes: { "2026-socn-1-personal": { total: 15, comment: "Mätt i mars." } },
        },
        {
          periodId: "interim1",
          ownerScopeId: "norrmalmskolan",
          status: "reviewed",
          assessments: { "2026-norrmalm-1": { assessment: "fulfilled", analysis: "Trygghetsvandringar varje termin." } },
        },
      ],
    },
  ],
};

/** A smaller, invented municipality so tenant isolation can be seen and tested. */
export const alvdala: DemoTenant = {
  id: demoGuid("tenant:alvdala"),
  name: "Älvdala kommun",
  defaultLocale: "sv",
  units: [
    u("alvdala", null, "municipality", "Älvdala kommun"),
    u("kf", "alvdala", "council", "Kommunfullmäktige", { shortName: "KF" }),
    u("ks", "kf", "executiveBoard", "Kommunstyrelsen", { shortName: "KS" }),
    u("bun", "kf", "committee", "Barn- och utbildningsnämnden", { shortName: "BUN" }),
    u("son", "kf", "committee", "Socialnämnden", { shortName: "SON" }),
    u("kommunkontoret", "ks", "department", "Kommunkontoret", { servesCommitteeIds: ["ks"] }),
    u("bildning", "bun", "department", "Bildningsförvaltningen", { servesCommitteeIds: ["bun"] }),
    u("omsorg", "son", "department", "Omsorgsförvaltningen", { servesCommitteeIds: ["son"] }),
    u("alvskolan", "bildning", "unit", "Älvskolan"),
    u("hemtjanst", "omsorg", "unit", "Hemtjänsten"),
  ],
  people: [
    person("ida.norberg", "Ida Norberg", "alvdala.example", [{ role: "administrator", scopeId: "alvdala" }]),
    person("nils.wik", "Nils Wik", "alvdala.example", [{ role: "chair", scopeId: "bun" }]),
    person("eva.dahl", "Eva Dahl", "alvdala.example", [{ role: "departmentHead", scopeId: "bildning" }]),
    person("ali.hassan", "Ali Hassan", "alvdala.example", [{ role: "reporter", scopeId: "alvskolan" }]),
    person("lena.strom", "Lena Ström", "alvdala.example", [{ role: "documentOwner", scopeId: "kommunkontoret" }]),
    person("olof.berg", "Olof Berg", "alvdala.example", [{ role: "reader", scopeId: "alvdala" }]),
  ],
  internalControl: alvdalaInternalControl,
  dialogue: alvdalaDialogue,
  meetings: [
    {
      idPrefix: "alvdala-son",
      bodyId: "son",
      secretaryPersonId: demoGuid("alvdala.example:nils.wik"),
      adjusterPersonIds: [demoGuid("alvdala.example:olof.berg")],
      location: "Kommunhuset, sal 2",
      assignment: {
        what: "Utreda skolskjutsarna inför nästa läsår",
        ownerPersonId: demoGuid("alvdala.example:eva.dahl"),
        dueInDays: 45,
      },
    },
  ],
  documents: [
    {
      id: "alvdala-policy",
      title: "Älvdala kommuns policy för styrning och kvalitet",
      typeKey: "policy",
      decisionBodyId: "kf",
      ownerPersonId: demoGuid("alvdala.example:ida.norberg"),
      owningBodyId: "ks",
      summary: "Styrmodell och kvalitetsarbete.",
      appliesTo: "Älvdala kommuns anställda och förtroendevalda",
      diaryNumber: null,
      parentId: null,
      supersedesId: null,
      relatedGoalIds: [],
      ...neverAdopted,
    },
  ],
  planYears: [
    {
      year: 2026,
      vision: "Älvdala – en trygg kommun att växa i",
      areas: [
        { id: "trygg-uppvaxt", name: "Trygg uppväxt", kind: "strategicArea" },
        { id: "hallbar-kommun", name: "Hållbar kommun", kind: "strategicArea" },
      ],
      goals: [
        goal("2026-kf-1", "kf", "kf", "Barn i Älvdala växer upp tryggt", "trygg-uppvaxt"),
        goal("2026-kf-2", "kf", "kf", "Älvdala minskar sin klimatpåverkan", "hallbar-kommun"),
        goal("2026-son-1", "committee", "son", "Äldre får omsorg av samma personer", "trygg-uppvaxt", ["2026-kf-1"]),
      ],
      indicators: [
        {
          id: "2026-son-1-samma",
          goalId: "2026-son-1",
          title: "Antal personal en hemtjänsttagare möter under 14 dagar",
          unit: "antal",
          direction: "lowerIsBetter",
          periodicity: "year",
          splitByGender: false,
          range: { min: 0, max: 100 },
          baseline: null,
          target: 10,
        },
      ],
    },
  ],
};

export const demoTenants: readonly DemoTenant[] = [pitea, alvdala];
