import type { ReportingPeriod } from "./reporting-period-contracts.js";

export type NameLanguage = "sv" | "en";

const months: Readonly<Record<NameLanguage, readonly string[]>> = {
  sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/**
 * A reporting period's name as people say it ("Delårsrapport per 31 augusti 2026",
 * "Månadsrapport mars 2026", "Årsredovisning 2026"; in English "Interim report at 31 August
 * 2026"): one rule for the tabs, the messages and the cost import, which takes a period by
 * the name the screen shows.
 */
export function periodName(period: Pick<ReportingPeriod, "kind" | "endsOn">, language: NameLanguage): string {
  const [year, month, day] = period.endsOn.split("-").map(Number) as [number, number, number];
  const monthName = months[language][month - 1];
  if (period.kind === "month") return language === "sv" ? `Månadsrapport ${monthName} ${year}` : `Monthly report ${monthName} ${year}`;
  if (period.kind === "interim") {
    return language === "sv" ? `Delårsrapport per ${day} ${monthName} ${year}` : `Interim report at ${day} ${monthName} ${year}`;
  }
  return language === "sv" ? `Årsredovisning ${year}` : `Annual report ${year}`;
}
