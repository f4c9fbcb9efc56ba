import type { AnnualCycle } from "@kvalitetskedjan/domain";
import ICAL from "ical.js";

/**
 * The annual cycle as an iCalendar file (RFC 5545) for Outlook, Teams or any calendar: one
 * all-day event a date, each with a stable UID (the same event keeps its UID when the file is
 * read again; a subscription's calendar updates the event rather than adding another) and a link back to the app. Built with ical.js, which also escapes and folds.
 */
export function cycleCalendar(
  events: AnnualCycle["events"],
  opts: { readonly name: string; readonly appUrl: string; readonly tenantId: string; readonly now: Date },
): string {
  const calendar = new ICAL.Component(["vcalendar", [], []]);
  calendar.updatePropertyWithValue("prodid", "-//Kvalitetskedjan//Årshjul//SV");
  calendar.updatePropertyWithValue("version", "2.0");
  calendar.updatePropertyWithValue("calscale", "GREGORIAN");
  calendar.updatePropertyWithValue("x-wr-calname", opts.name);
  const stamp = ICAL.Time.fromJSDate(opts.now, true);
  for (const e of events) {
    const event = new ICAL.Component("vevent");
    // The year qualifies the UID: a subscription holds two years, whose reporting deadlines share their period's id.
    event.updatePropertyWithValue("uid", `${e.id}@${e.date.slice(0, 4)}.${opts.tenantId}.kvalitetskedjan`);
    event.updatePropertyWithValue("dtstamp", stamp);
    event.updatePropertyWithValue("dtstart", ICAL.Time.fromDateString(e.date));
    event.updatePropertyWithValue("summary", e.bodyName ? `${e.title} (${e.bodyName})` : e.title);
    event.updatePropertyWithValue("categories", e.ring);
    event.updatePropertyWithValue("transp", "TRANSPARENT");
    if (e.href) event.updatePropertyWithValue("url", `${opts.appUrl}${e.href}`);
    calendar.addSubcomponent(event);
  }
  return calendar.toString();
}
