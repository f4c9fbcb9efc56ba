import type { Page } from "playwright-core";

/** The quality network's follow-up screen: who has reported, reminders, roll-up. */
export class ReportingPage {
  constructor(private readonly page: Page) {}

  readonly periodField = () => this.page.getByRole("combobox", { name: /^Period$/ });
  readonly statusList = () => this.page.getByRole("list", { name: /^Status$/ });
  readonly ownerRow = (owner: string) =>
    this.statusList()
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("link", { name: owner, exact: true }) });
  readonly select = (owner: string) => this.page.getByRole("checkbox", { name: `Välj ${owner}` });
  readonly remindButton = () => this.page.getByRole("button", { name: "Påminn valda" });
  readonly rollupGoal = (title: string) => this.page.getByRole("article", { name: title });
  readonly lockButton = () => this.page.getByRole("button", { name: /Lås perioden|Lås upp perioden/ });

  async open(periodLabel?: string): Promise<void> {
    await this.page.getByRole("tab", { name: "Uppföljning" }).click();
    await this.periodField().waitFor();
    if (periodLabel) await this.periodField().selectOption({ label: periodLabel });
    await this.statusList().waitFor();
  }
}
