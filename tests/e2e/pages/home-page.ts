import type { Page } from "playwright-core";

export class HomePage {
  constructor(private readonly page: Page) {}

  readonly responsibilitiesHeading = () => this.page.getByRole("heading", { name: /Mina ansvarsområden|My responsibilities/ });
  readonly responsibilities = () =>
    this.page.getByRole("region", { name: /Mina ansvarsområden|My responsibilities/ }).getByRole("listitem");
  readonly areaTab = (name: string) => this.page.getByRole("tab", { name });
  readonly signOut = () => this.page.getByRole("button", { name: /Logga ut|Sign out/ });

  async waitUntilLoaded(): Promise<void> {
    await this.responsibilitiesHeading().waitFor();
  }
}
