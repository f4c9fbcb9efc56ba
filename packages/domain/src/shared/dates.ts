/** Dates as the municipality counts them: in Europe/Stockholm, written `YYYY-MM-DD`. */

/** Today's date in Europe/Stockholm, where every deadline is set (QUALITY-BAR 12). */
export function stockholmDate(at: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

/** `date` moved by `days` (dates only, no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The hour of the day (0–23) in Europe/Stockholm, whatever the season: daily jobs start at a Stockholm hour. */
export const stockholmHour = (at: Date): number =>
  Number(new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", hour: "2-digit", hourCycle: "h23" }).format(at));
