import { type InternalControlReportDocument, periodName } from "@kvalitetskedjan/domain";
import { HeadingLevel, Paragraph, type Table, TextRun } from "docx";
import { columnChart, type DocxLocale, packDocument, table } from "../platform/docx-document.js";

const labels = {
  sv: {
    report: "Internkontroll",
    year: "året",
    plan: "Internkontrollplan",
    adopted: (date: string, paragraph: string) => `Planen antogs ${date}, ${paragraph}.`,
    notAdopted: "Planen är inte antagen.",
    amended: (list: string) => `Ändrad genom beslut ${list}.`,
    risks: "Väsentlighets- och riskanalys",
    risk: "Risk",
    value: "Riskvärde",
    level: "Risknivå",
    controls: "Kontroller och resultat",
    control: "Kontroll",
    how: "Metod och omfattning",
    responsible: "Ansvarig",
    results: "Resultat",
    noResult: "Inte rapporterat",
    resultsChart: "Kontrollernas resultat",
    deviations: "Avvikelser",
    noDeviations: "Inga avvikelser är rapporterade.",
    actions: "Åtgärder",
    noActions: "Inga åtgärder.",
    what: "Åtgärd",
    owner: "Ansvarig",
    due: "Klar senast",
    status: "Status",
    assessment: "Är internkontrollen tillräcklig?",
    committee: "Nämndens bedömning",
    board: "Kommunstyrelsens bedömning",
    notAssessed: "Inte bedömd.",
    basis: "Underlaget är inlämnade, godkända och granskade resultat av kontrollerna.",
    chartDescription: (what: string) => `Stapeldiagram, ${what}.`,
    page: "Sida",
    of: "av",
  },
  en: {
    report: "Internal control",
    year: "the year",
    plan: "Internal control plan",
    adopted: (date: string, paragraph: string) => `The plan was adopted ${date}, ${paragraph}.`,
    notAdopted: "The plan is not adopted.",
    amended: (list: string) => `Amended by decisions ${list}.`,
    risks: "Materiality and risk analysis",
    risk: "Risk",
    value: "Risk value",
    level: "Risk level",
    controls: "Controls and results",
    control: "Control",
    how: "Method and scope",
    responsible: "Responsible",
    results: "Results",
    noResult: "Not reported",
    resultsChart: "The controls' results",
    deviations: "Deviations",
    noDeviations: "No deviations are reported.",
    actions: "Actions",
    noActions: "No actions.",
    what: "Action",
    owner: "Owner",
    due: "Due",
    status: "Status",
    assessment: "Is the internal control sufficient?",
    committee: "The committee's assessment",
    board: "The executive board's assessment",
    notAssessed: "Not assessed.",
    basis: "Based on the controls' submitted, approved and reviewed results.",
    chartDescription: (what: string) => `Column chart, ${what}.`,
    page: "Page",
    of: "of",
  },
} as const;

const words: Record<DocxLocale, Record<string, string>> = {
  sv: {
    low: "Låg",
    medium: "Medel",
    high: "Hög",
    veryHigh: "Mycket hög",
    noRemark: "Utan anmärkning",
    minorDeviation: "Mindre avvikelse",
    significantDeviation: "Väsentlig avvikelse",
    sample: "Stickprov",
    reconciliation: "Avstämning",
    review: "Granskning",
    inspection: "Inspektion",
    other: "Annat sätt",
    continuous: "löpande",
    monthly: "varje månad",
    quarterly: "varje kvartal",
    twiceYearly: "två gånger om året",
    yearly: "en gång om året",
    planned: "Planerad",
    ongoing: "Pågår",
    done: "Klar",
    sufficient: "Tillräcklig",
    partlySufficient: "Delvis tillräcklig",
    insufficient: "Inte tillräcklig",
  },
  en: {
    low: "Low",
    medium: "Medium",
    high: "High",
    veryHigh: "Very high",
    noRemark: "No remark",
    minorDeviation: "Minor deviation",
    significantDeviation: "Significant deviation",
    sample: "Sample",
    reconciliation: "Reconciliation",
    review: "Review",
    inspection: "Inspection",
    other: "Other",
    continuous: "continuously",
    monthly: "monthly",
    quarterly: "quarterly",
    twiceYearly: "twice a year",
    yearly: "once a year",
    planned: "Planned",
    ongoing: "Ongoing",
    done: "Done",
    sufficient: "Sufficient",
    partlySufficient: "Partly sufficient",
    insufficient: "Not sufficient",
  },
};

const results = ["noRemark", "minorDeviation", "significantDeviation"] as const;

/**
 * A committee's internal-control report for the year or a period, in the goal section's
 * format: the plan, the risks, the controls' results (a chart with its data in the alt text
 * and a table), the deviations, the actions and the assessments of whether it is sufficient.
 */
export async function renderInternalControlDocx(doc: InternalControlReportDocument, locale: DocxLocale): Promise<Uint8Array> {
  const t = labels[locale];
  const w = (key: string) => words[locale][key] ?? key;
  const when = doc.period ? periodName(doc.period, locale) : `${doc.planYearId}`;
  const title = `${t.report} ${when} – ${doc.owner.name}`;
  const h1 = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
  const p = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    p(t.basis),
    h1(t.plan),
    p(doc.plan.adopted ? t.adopted(doc.plan.adopted.date, doc.plan.adopted.paragraph) : t.notAdopted),
  ];
  if (doc.plan.amendments.length > 0) children.push(p(t.amended(doc.plan.amendments.map((a) => `${a.date} ${a.paragraph}`).join(", "))));
  children.push(h1(t.risks));
  if (doc.risks.length > 0) {
    children.push(
      table(
        [t.risk, t.value, t.level],
        doc.risks.map((r) => [r.title, String(r.value), w(r.level)]),
      ),
    );
  }
  children.push(h1(t.controls));
  const counts = results.map((r) => doc.controls.flatMap((c) => c.results).filter((x) => x.result === r).length);
  if (counts.some((n) => n > 0)) {
    children.push(
      columnChart({
        title: t.resultsChart,
        stacked: false,
        categories: results.map(w),
        series: [{ name: t.results, values: counts }],
        description: `${t.chartDescription(t.resultsChart)} ${results.map((r, i) => `${w(r)} ${counts[i]}`).join(", ")}.`,
        height: 260,
      }),
    );
  }
  if (doc.controls.length > 0) {
    children.push(
      table(
        [t.control, t.how, t.responsible, t.results],
        doc.controls.map((c) => [
          c.title,
          `${w(c.method)}${c.scope ? `, ${c.scope}` : ""}, ${w(c.frequency)}`,
          c.responsibleName || "–",
          c.results.map((r) => `${periodName(r.period, locale)}: ${r.result ? w(r.result) : t.noResult}`).join("; ") || "–",
        ]),
      ),
    );
  }
  children.push(h1(t.deviations));
  if (doc.deviations.length === 0) children.push(p(t.noDeviations));
  for (const d of doc.deviations) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`${d.control} (${periodName(d.period, locale)})`)] }),
      p(w(d.result), true),
      p(d.analysis),
    );
  }
  children.push(h1(t.actions));
  if (doc.actions.length === 0) children.push(p(t.noActions));
  else {
    children.push(
      table(
        [t.what, t.owner, t.due, t.status],
        doc.actions.map((a) => [a.what, a.ownerPersonName, a.dueOn, `${w(a.status)}${a.overdue ? " (!)" : ""}`]),
      ),
    );
  }
  children.push(h1(t.assessment));
  for (const [heading, a] of [
    [t.committee, doc.assessment],
    [t.board, doc.boardAssessment],
  ] as const) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(heading)] }));
    if (!a) children.push(p(t.notAssessed));
    else children.push(p(`${w(a.sufficiency)} (${a.decision.date} ${a.decision.paragraph})`, true), p(a.reasons));
  }
  return packDocument({
    title,
    subject: doc.owner.name,
    creator: doc.municipality,
    description: t.basis,
    locale,
    pageLabels: { page: t.page, of: t.of },
    children,
  });
}
