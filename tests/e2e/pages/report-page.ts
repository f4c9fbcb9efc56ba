import type { Page } from "playwright-core";

/** One owner's report for a period: the reporting form and the status flow's buttons. */
export class ReportPage {
  constructor(private readonly page: Page) {}

  readonly goal = (title: string) => this.page.getByRole("group", { name: title });
  readonly assessment = (goal: string, value: string) => this.goal(goal).getByRole("radio", { name: value, exact: true });
  readonly analysis = (goal: string) => this.goal(goal).getByRole("textbox", { name: /^Analys/ });
  readonly button = (name: string) => this.page.getByRole("button", { name, exact: true });
  readonly status = (text: string) => this.page.getByText(text, { exact: true });

  /** Gives every goal on the form the same assessment (a test then changes the one it is about). */
  async assessAll(value: string): Promise<void> {
    for (const radio of await this.page.getByRole("radio", { name: value, exact: true }).all()) await radio.check();
  }

  async waitUntilLoaded(): Promise<void> {
    await this.page.getByRole("heading", { level: 1, name: /: / }).waitFor();
  }
}
