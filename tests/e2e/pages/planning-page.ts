import type { Page } from "playwright-core";

/**
 * Planning the year: a new plan year (Goals), the reporting calendar (Uppföljning), and on a
 * goal's page a new indicator and retiring the goal.
 */
export class PlanningPage {
  constructor(private readonly page: Page) {}

  readonly planYearForm = () => this.page.getByRole("form", { name: /^Nytt planår$|^New plan year$/ });
  readonly year = () => this.planYearForm().getByRole("spinbutton", { name: /^År|^Year/ });
  readonly copyFrom = () => this.planYearForm().getByRole("combobox", { name: /^Kopiera mål/ });
  readonly createYear = () => this.planYearForm().getByRole("button", { name: "Skapa planåret" });

  readonly calendar = (year: number) => this.page.getByRole("form", { name: `Rapportkalender ${year}` });
  /** A period's field in the calendar, by the period's name ("Delårsrapport per 30 april 2027"). */
  readonly periodField = (year: number, period: string, label: string) =>
    this.calendar(year)
      .getByRole("group", { name: new RegExp(`^${period}`) })
      .getByLabel(label);
  readonly saveCalendar = (year: number) => this.calendar(year).getByRole("button", { name: "Spara kalendern" });

  readonly indicatorForm = () => this.page.getByRole("form", { name: "Nytt nyckeltal" });
  readonly indicatorField = (label: string) => this.indicatorForm().getByLabel(label, { exact: false }).first();
  readonly kpiSearch = () => this.indicatorForm().getByRole("combobox", { name: /^Sök nyckeltal i Kolada/ });
  readonly kpiOption = (name: RegExp) => this.page.getByRole("option", { name });
  readonly addIndicator = () => this.indicatorForm().getByRole("button", { name: "Lägg till nyckeltalet" });

  readonly editForm = () => this.page.getByRole("form", { name: "Ändra målet" });
  readonly editTitle = () => this.editForm().getByRole("textbox", { name: /^Målet, formulerat/ });
  readonly editParent = () => this.editForm().getByRole("combobox", { name: /^Bryter ned målet/ });
  readonly saveEdit = () => this.editForm().getByRole("button", { name: "Spara ändringarna" });

  readonly retireForm = () => this.page.getByRole("form", { name: "Avsluta målet" });
  readonly retireNote = () => this.retireForm().getByRole("textbox", { name: /^Varför målet avslutas/ });
  readonly retire = () => this.retireForm().getByRole("button", { name: "Avsluta målet" });
}
