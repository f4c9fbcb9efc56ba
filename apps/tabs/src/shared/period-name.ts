import { periodName as domainPeriodName, type ReportingPeriod } from "@kvalitetskedjan/domain";
import type { Language } from "../i18n/i18n.js";

/**
 * A date as the reader writes it: `2026-09-15` in Swedish (the Swedish standard), `15 September
 * 2026` in English. A moment (with a time) is dated in Stockholm.
 */
export function formatDate(iso: string, language: Language): string {
  const at = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (language === "sv") return at.toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
  return at.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Stockholm" });
}

/** A file's size as people read it: `830 byte`, `12,4 kB`, `3,2 MB`, with one decimal. */
export function fileSize(bytes: number, language: Language): string {
  const locale = language === "en" ? "en-GB" : "sv-SE";
  const one = (n: number) => n.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (bytes < 1000) return `${bytes.toLocaleString(locale)} ${language === "en" ? "bytes" : "byte"}`;
  if (bytes < 1_000_000) return `${one(bytes / 1000)} kB`;
  return `${one(bytes / 1_000_000)} MB`;
}

/** A number as the reader writes it ("1 234,5" in Swedish); a dash when there is none. */
export const formatNumber = (value: number | null, language: Language): string =>
  value === null ? "–" : value.toLocaleString(language === "en" ? "en-GB" : "sv-SE");

/** A reporting period's name in the reader's language: "Delårsrapport per 31 augusti 2026", "Månadsrapport mars 2026". */
export const periodName = (period: Pick<ReportingPeriod, "kind" | "endsOn">, language: Language): string =>
  domainPeriodName(period, language);
