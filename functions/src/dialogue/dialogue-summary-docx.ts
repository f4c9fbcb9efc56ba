import type { DialogueSummaryDocument, PublishedCell } from "@kvalitetskedjan/domain";
import { HeadingLevel, Paragraph, type Table, TextRun } from "docx";
import { columnChart, type DocxLocale, packDocument, table } from "../platform/docx-document.js";

const labels = {
  sv: {
    title: (year: string) => `Medborgardialoger ${year}: sammanställning till kommunfullmäktige`,
    basis:
      "Kommunens enkäter och dialoger under året. Grupper med färre än 5 svarande redovisas som ”färre än 5”, och ytterligare en grupp döljs där den lilla annars kan räknas ut.",
    adopted: (date: string, paragraph: string) => `Dialogplanen antogs ${date}, ${paragraph}.`,
    notAdopted: "Dialogplanen är inte antagen.",
    ladder: "Aktiviteter per steg och perspektiv",
    step: "Steg på delaktighetstrappan",
    chart: "Aktiviteter per steg på delaktighetstrappan",
    participation: "Deltagande och representativitet",
    activity: "Aktivitet",
    period: "Period",
    groups: "Målgrupper",
    participants: "Deltagare",
    women: "Andel kvinnor (målgruppen)",
    results: "Viktiga resultat",
    noResults: "Inga resultat är registrerade.",
    mean: (text: string, mean: string) => `${text}: medelvärde ${mean} (skala 2–8)`,
    themes: "Teman",
    feedback: "Återkoppling till deltagarna",
    given: (date: string, what: string, where: string) => `Återkopplat ${date}: ${what} (${where})`,
    overdue: (date: string) => `Återkopplingen är försenad (skulle ha getts senast ${date}).`,
    due: (date: string) => `Återkoppling senast ${date}.`,
    decisions: "Från dialog till beslut",
    decision: "Beslut",
    informedBy: "Dialoger som gav underlag",
    noDecisions: "Inga dialoger är kopplade till beslut.",
    none: "Inga aktiviteter finns i planen.",
    fewerThan5: "färre än 5",
    hidden: "dold",
    chartDescription: (data: string) => `Stapeldiagram, aktiviteter per steg: ${data}.`,
    steps: { information: "Information", consultation: "Konsultation", participation: "Delaktighet", coDecision: "Medbeslutande" },
    perspectives: { democracy: "Invånardialog", service: "Kund- och brukardialog" },
    page: "Sida",
    of: "av",
  },
  en: {
    title: (year: string) => `Citizen dialogues ${year}: summary to the council`,
    basis:
      "The municipality's surveys and dialogues of the year. Groups of fewer than 5 are reported as “fewer than 5”, and one more group is hidden where the small one could otherwise be worked out.",
    adopted: (date: string, paragraph: string) => `The dialogue plan was adopted ${date}, ${paragraph}.`,
    notAdopted: "The dialogue plan is not adopted.",
    ladder: "Activities by step and perspective",
    step: "Step on the dialogue ladder",
    chart: "Activities by step on the dialogue ladder",
    participation: "Participation and representativeness",
    activity: "Activity",
    period: "Period",
    groups: "Target groups",
    participants: "Participants",
    women: "Share of women (target group)",
    results: "Key results",
    noResults: "No results are recorded.",
    mean: (text: string, mean: string) => `${text}: mean ${mean} (scale 2–8)`,
    themes: "Themes",
    feedback: "Feedback to the participants",
    given: (date: string, what: string, where: string) => `Feedback given ${date}: ${what} (${where})`,
    overdue: (date: string) => `The feedback is overdue (due ${date}).`,
    due: (date: string) => `Feedback due ${date}.`,
    decisions: "From dialogue to decision",
    decision: "Decision",
    informedBy: "Dialogues that were input",
    noDecisions: "No dialogues are linked to decisions.",
    none: "The plan has no activities.",
    fewerThan5: "fewer than 5",
    hidden: "hidden",
    chartDescription: (data: string) => `Column chart, activities by step: ${data}.`,
    steps: { information: "Information", consultation: "Consultation", participation: "Participation", coDecision: "Co-decision" },
    perspectives: { democracy: "Resident dialogue", service: "Customer and user dialogue" },
    page: "Page",
    of: "of",
  },
} as const;

const stepOrder = ["information", "consultation", "participation", "coDecision"] as const;
const perspectiveOrder = ["democracy", "service"] as const;

/**
 * The yearly summary of dialogues to the council, in the goal section's format: activities
 * per ladder step and perspective (a chart with its data in the alt text, and a table),
 * participation against the target groups, key results, the feedback given and the trace to
 * decisions. Every count is as published: small groups suppressed, as on the screens.
 */
export async function renderDialogueSummaryDocx(doc: DialogueSummaryDocument, locale: DocxLocale): Promise<Uint8Array> {
  const t = labels[locale];
  const cell = (c: PublishedCell | null | undefined): string =>
    !c ? "–" : c.kind === "shown" ? String(c.value) : c.kind === "fewerThan5" ? t.fewerThan5 : t.hidden;
  const percent = (share: number | null | undefined) => (share === null || share === undefined ? "–" : `${Math.round(share * 100)} %`);
  const h1 = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
  const h2 = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
  const p = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
  const title = t.title(doc.planYearId);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    p(t.basis),
    p(doc.adopted ? t.adopted(doc.adopted.date, doc.adopted.paragraph) : t.notAdopted),
    h1(t.ladder),
  ];
  if (doc.activities.length === 0) children.push(p(t.none));
  else {
    const count = (step: string, perspective: string) =>
      doc.counts.find((c) => c.step === step && c.perspective === perspective)?.count ?? 0;
    const perStep = stepOrder.map((s) => perspectiveOrder.reduce((n, v) => n + count(s, v), 0));
    children.push(
      columnChart({
        title: t.chart,
        stacked: true,
        categories: stepOrder.map((s) => t.steps[s]),
        series: perspectiveOrder.map((v) => ({ name: t.perspectives[v], values: stepOrder.map((s) => count(s, v)) })),
        description: t.chartDescription(stepOrder.map((s, i) => `${t.steps[s]} ${perStep[i]}`).join(", ")),
        height: 260,
      }),
      table(
        [t.step, ...perspectiveOrder.map((v) => t.perspectives[v])],
        stepOrder.map((s) => [t.steps[s], ...perspectiveOrder.map((v) => String(count(s, v)))]),
      ),
    );
    children.push(
      h1(t.participation),
      table(
        [t.activity, t.period, t.groups, t.participants, t.women],
        doc.activities.map((a) => {
          const gender = a.results?.breakdowns.find((b) => b.dimension === "gender");
          const women = gender?.groups.find((g) => g.key === "woman");
          return [
            a.title,
            `${a.startOn} – ${a.endOn}`,
            a.targetGroups.join(", "),
            a.results ? (a.results.participants === null ? t.fewerThan5 : String(a.results.participants)) : "–",
            women ? `${women.cell.kind === "shown" ? percent(women.share) : cell(women.cell)} (${percent(women.populationShare)})` : "–",
          ];
        }),
      ),
    );
  }
  children.push(h1(t.results));
  const withResults = doc.activities.filter((a) => a.results !== null);
  if (withResults.length === 0) children.push(p(t.noResults));
  for (const a of withResults) {
    const r = a.results;
    if (!r) continue;
    children.push(h2(a.title));
    if (r.summary) children.push(p(r.summary));
    if (r.themes.length > 0) children.push(p(`${t.themes}: ${r.themes.join(", ")}`));
    for (const q of r.questions)
      if (q.mean !== null) children.push(p(t.mean(q.text, q.mean.toLocaleString(locale === "sv" ? "sv-SE" : "en-GB"))));
  }
  children.push(h1(t.feedback));
  for (const a of doc.activities.filter((x) => x.status === "completed" || x.status === "running" || x.status === "feedbackGiven")) {
    children.push(
      p(a.title, true),
      p(
        a.feedback
          ? t.given(a.feedback.givenOn, a.feedback.whatWasDone, a.feedback.publishedWhere)
          : a.feedbackOverdue
            ? t.overdue(a.feedbackDueOn)
            : t.due(a.feedbackDueOn),
      ),
    );
  }
  children.push(h1(t.decisions));
  if (doc.decisions.length === 0) children.push(p(t.noDecisions));
  else
    children.push(
      table(
        [t.decision, t.informedBy],
        doc.decisions.map((d) => [d.name, d.activities.join("; ")]),
      ),
    );
  return packDocument({
    title,
    subject: t.decisions,
    creator: doc.municipality,
    description: t.basis,
    locale,
    pageLabels: { page: t.page, of: t.of },
    children,
  });
}
