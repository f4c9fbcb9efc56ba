import { DayOfWeek } from "@fluentui/react-calendar-compat";
import { type CalendarStrings, DatePicker, defaultDatePickerStrings } from "@fluentui/react-datepicker-compat";
import { type Language, useI18n } from "../i18n/i18n.js";

const swedish: CalendarStrings = {
  ...defaultDatePickerStrings,
  months: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  shortMonths: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  days: ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"],
  shortDays: ["S", "M", "T", "O", "T", "F", "L"],
  goToToday: "Gå till i dag",
  prevMonthAriaLabel: "Föregående månad",
  nextMonthAriaLabel: "Nästa månad",
  prevYearAriaLabel: "Föregående år",
  nextYearAriaLabel: "Nästa år",
  prevYearRangeAriaLabel: "Föregående årsintervall",
  nextYearRangeAriaLabel: "Nästa årsintervall",
  closeButtonAriaLabel: "Stäng",
  weekNumberFormatString: "Vecka {0}",
  selectedDateFormatString: "Vald dag {0}",
  todayDateFormatString: "I dag {0}",
};

const pad = (n: number) => String(n).padStart(2, "0");
/** A calendar day as `2026-09-15`, how Swedish writes dates and how the API takes them. */
const isoOf = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** `2026-09-15`, or in English also `15/9/2026`; null for anything else. */
export function parseDay(text: string, language: Language): Date | null {
  const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text);
  const british = language === "en" ? /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text) : null;
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : british ? [british[3], british[2], british[1]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Number(y), Number(m) - 1, Number(d));
  return date.getMonth() === Number(m) - 1 && date.getDate() === Number(d) ? date : null;
}

/**
 * A date field in the UI's language (the browser's own date input speaks the browser's):
 * Fluent's date picker with Swedish or English months and days, weeks from Monday, dates
 * written `2026-09-15`, and typing allowed. The value is the ISO day or "" when empty.
 */
export function DateField({ value, onChange }: { value: string; onChange: (iso: string) => void }) {
  const { language } = useI18n();
  return (
    <DatePicker
      allowTextInput
      firstDayOfWeek={DayOfWeek.Monday}
      strings={language === "en" ? defaultDatePickerStrings : swedish}
      value={value ? parseDay(value, "sv") : null}
      formatDate={(date) => (date ? isoOf(date) : "")}
      parseDateFromString={(text) => parseDay(text, language)}
      placeholder={language === "en" ? "yyyy-mm-dd" : "åååå-mm-dd"}
      onSelectDate={(date) => onChange(date ? isoOf(date) : "")}
    />
  );
}
