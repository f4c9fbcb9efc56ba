import type { ReportingPeriod } from "@kvalitetskedjan/domain";
import type { Language, Translate } from "../i18n/i18n.js";

/** A date as the reader writes it. */
export const formatDate = (iso: string, language: Language): string =>
  new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso).toLocaleDateString(language === "en" ? "en-GB" : "sv-SE", {
    day: "numeric",
    month: "long",
    year: "numeric",
  });

/** A number as the reader writes it ("1 234,5" in Swedish); a dash when there is none. */
export const formatNumber = (value: number | null, language: Language): string =>
  value === null ? "–" : value.toLocaleString(language === "en" ? "en-GB" : "sv-SE");

/** A reporting period's name: "Delårsrapport per 31 augusti 2026", "Månadsrapport mars 2026". */
export function periodName(period: Pick<ReportingPeriod, "kind" | "endsOn">, t: Translate, language: Language): string {
  const end = new Date(`${period.endsOn}T12:00:00Z`);
  const locale = language === "en" ? "en-GB" : "sv-SE";
  if (period.kind === "month") return t("period.month", { month: end.toLocaleDateString(locale, { month: "long", year: "numeric" }) });
  if (period.kind === "interim") return t("period.interim", { date: formatDate(period.endsOn, language) });
  return t("period.annual", { year: String(end.getUTCFullYear()) });
}
