import type { Page } from "playwright-core";

/** Sammanträden: the meetings, a meeting's agenda editor, its items with their decisions, and the adjustment. */
export class MeetingsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole("tab", { name: "Sammanträden" }).click();
    await this.page.getByRole("heading", { level: 1, name: "Sammanträden" }).waitFor();
  }

  readonly list = () => this.page.getByRole("region", { name: "Sammanträden" });
  readonly planForm = () => this.page.getByRole("form", { name: "Planera ett sammanträde" });
  readonly editor = () => this.page.getByRole("region", { name: "Ordna dagordningen" });
  readonly agenda = () => this.page.getByRole("region", { name: "Dagordning" });
  readonly decisionForm = (n: number) => this.page.getByRole("form", { name: `Besluta om punkt ${n}` });
  readonly button = (name: string) => this.page.getByRole("button", { name, exact: true });
}
