import type { Page } from "playwright-core";

/** One goal's page (`#/goal/{id}`): its indicators' trends as charts and tables, and the benchmark. */
export class GoalDetailPage {
  constructor(private readonly page: Page) {}

  readonly heading = (title: string) => this.page.getByRole("heading", { level: 1, name: title });
  /** An indicator's trend chart, named by its summary. */
  readonly chart = (name: RegExp) => this.page.getByRole("region", { name });
  readonly values = (indicator: string) => this.page.getByRole("table", { name: `Utfall för ${indicator}` });
  readonly benchmark = (name: RegExp) => this.page.getByRole("table", { name });
  readonly back = () => this.page.getByRole("link", { name: /Tillbaka till målen|Back to the goals/ });
}
