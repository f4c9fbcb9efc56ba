import { periodName as domainPeriodName, type ReportingPeriod } from "@kvalitetskedjan/domain";
import type { Language } from "../i18n/i18n.js";

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

/** A reporting period's name in the reader's language: "Delårsrapport per 31 augusti 2026", "Månadsrapport mars 2026". */
export const periodName = (period: Pick<ReportingPeriod, "kind" | "endsOn">, language: Language): string =>
  domainPeriodName(period, language);
