import type { PublicCell, PublicDialogues, PublicRegister, PublicResults } from "@kvalitetskedjan/domain";

/**
 * A spreadsheet runs a cell that starts with = + - @ TAB or CR as a formula. Swedish Excel
 * splits rows on `;`, others on `,`, so every part of a value that would start a cell under
 * either dialect is defused with a leading `'` (OWASP CSV injection).
 */
const defuse = (value: string): string =>
  value
    .split(/([,;])/)
    .map((part) => (/^ *[=+\-@\t\r]/.test(part) ? `'${part}` : part))
    .join("");

/** RFC 4180 cell, always quoted; a missing value is left empty, so it reads apart from empty text. */
function cell(value: string | number | null): string {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value) : defuse(value);
  return `"${text.replace(/"/g, '""')}"`;
}

const lines = (rows: readonly (readonly (string | number | null)[])[]) =>
  `\ufeff${rows.map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;

/**
 * Approved results as CSV (UTF-8 with BOM so spreadsheets read å, ä and ö; comma-separated;
 * decimal point): one row per indicator and period, or per goal and period.
 */
export function publicResultsCsv(results: PublicResults, dataset: "goals" | "indicators"): string {
  const periodEnd = new Map(results.periods.map((p) => [p.id, p.endsOn]));
  if (dataset === "goals") {
    return lines([
      ["plan_year", "period", "period_end", "goal_id", "goal", "level", "owner", "area", "assessment"],
      ...results.goals.flatMap((g) =>
        g.assessments.map((a) => [
          results.planYear,
          a.periodId,
          periodEnd.get(a.periodId) ?? "",
          g.id,
          g.title,
          g.level,
          g.owner,
          g.area,
          a.assessment,
        ]),
      ),
    ]);
  }
  const goalTitle = new Map(results.goals.map((g) => [g.id, g]));
  return lines([
    [
      "plan_year",
      "period",
      "period_end",
      "owner",
      "goal_id",
      "indicator_id",
      "indicator",
      "unit",
      "direction",
      "target",
      "total",
      "women",
      "men",
    ],
    ...results.indicators.flatMap((i) =>
      i.outcomes.map((o) => [
        results.planYear,
        o.periodId,
        periodEnd.get(o.periodId) ?? "",
        goalTitle.get(i.goalId)?.owner ?? "",
        i.goalId,
        i.id,
        i.title,
        i.unit,
        i.direction,
        i.target,
        o.total,
        o.women,
        o.men,
      ]),
    ),
  ]);
}

/** The register of governing documents as CSV, one row per document, in the same dialect as the results. */
export function publicRegisterCsv(register: PublicRegister): string {
  return lines([
    [
      "id",
      "title",
      "type",
      "decision_body",
      "owning_body",
      "status",
      "version",
      "adopted_on",
      "last_revised",
      "valid_until",
      "summary",
      "applies_to",
      "diary_number",
      "parent_id",
      "superseded_by",
    ],
    ...register.documents.map((d) => [
      d.id,
      d.title,
      d.type,
      d.decisionBody,
      d.owningBody,
      d.status,
      d.version,
      d.adoptedOn,
      d.lastRevised,
      d.validUntil,
      d.summary,
      d.appliesTo,
      d.diaryNumber,
      d.parentId,
      d.supersededById,
    ]),
  ]);
}

/** A published cell in a CSV: the number, or the words the screens use ("färre än 5", "dold"). */
const publishedCell = (c: PublicCell): string | number => (c.kind === "shown" ? c.value : c.kind === "fewerThan5" ? "färre än 5" : "dold");

/**
 * The dialogue plan as CSV: one row an activity (its promise, participants as published and
 * the feedback), or one row a published cell of the results (participants by group, answers
 * by scale value) with small cells in words, as on the screens and the public page.
 */
export function publicDialoguesCsv(data: PublicDialogues, dataset: "activities" | "results"): string {
  if (dataset === "activities") {
    return lines([
      [
        "plan_year",
        "activity_id",
        "title",
        "perspective",
        "method",
        "ladder_step",
        "target_groups",
        "start",
        "end",
        "responsible_unit",
        "status",
        "focus_dialogue",
        "participants",
        "can_influence",
        "cannot_influence",
        "feedback_given_on",
        "what_was_done",
        "published_where",
      ],
      ...data.activities.map((a) => [
        data.planYear,
        a.id,
        a.title,
        a.perspective,
        a.methodName,
        a.ladderStep,
        a.targetGroups.join("; "),
        a.startOn,
        a.endOn,
        a.responsibleUnitName,
        a.status,
        a.focusDialogue ? "yes" : "no",
        a.results === null ? null : (a.results.participants ?? "färre än 5"),
        a.promise.canInfluence,
        a.promise.cannotInfluence,
        a.feedback?.givenOn ?? null,
        a.feedback?.whatWasDone ?? null,
        a.feedback?.publishedWhere ?? null,
      ]),
    ]);
  }
  return lines([
    ["plan_year", "activity_id", "activity", "table", "dimension", "group", "count"],
    ...data.activities.flatMap((a) => [
      ...(a.results?.breakdowns ?? []).flatMap((b) =>
        b.groups.map((g) => [data.planYear, a.id, a.title, "participants", b.dimension, g.name, publishedCell(g.cell)]),
      ),
      ...(a.results?.questions ?? []).flatMap((q) =>
        q.distribution.map((d) => [data.planYear, a.id, a.title, "answers", q.text, String(d.value), publishedCell(d.cell)]),
      ),
    ]),
  ]);
}
