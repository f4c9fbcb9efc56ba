import type { Page } from "playwright-core";

/** The public page of approved results (`open.html?tenant=…`), read without signing in. */
export class PublicResultsPage {
  constructor(private readonly page: Page) {}

  readonly heading = (name: string) => this.page.getByRole("heading", { level: 1, name });
  readonly goal = (title: string) => this.page.getByRole("article", { name: title });
  readonly planYear = () => this.page.getByRole("combobox", { name: "Planår" });

  async open(baseUrl: string, tenantId: string): Promise<void> {
    await this.page.goto(`${baseUrl}open.html?tenant=${tenantId}`);
  }
}
