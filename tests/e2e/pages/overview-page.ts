import type { Page } from "playwright-core";

/** Översikt (`#/overview`): fulfilment bars per committee, the scorecard and the goals behind a number. */
export class OverviewPage {
  constructor(private readonly page: Page) {}

  readonly tab = () => this.page.getByRole("tab", { name: /^Översikt$|^Overview$/ });
  readonly bars = () => this.page.getByRole("region", { name: /^Måluppfyllelse per nämnd och bolag$/ });
  /** A body's count of one assessment in the bars: "Ej uppfyllt: 1". */
  readonly count = (body: string, assessment: string) =>
    this.bars()
      .getByRole("listitem")
      .filter({ hasText: body })
      .getByRole("button", { name: new RegExp(`^${assessment}: \\d+$`) });
  readonly scorecard = () => this.page.getByRole("table", { name: "Mål per nämnd och strategiskt område" });
  readonly cell = (body: string, area: string) => this.page.getByRole("button", { name: new RegExp(`^${body}, ${area}: `) });
  /** The goals behind the number chosen, under a heading that names the choice. */
  readonly goals = (title: string) => this.page.getByRole("region", { name: title });
  readonly period = () => this.page.getByRole("combobox", { name: "Period" });

  async open(): Promise<void> {
    await this.tab().click();
    await this.bars().waitFor();
  }
}
