import type { Page } from "playwright-core";

export class GoalsPage {
  constructor(private readonly page: Page) {}

  readonly goal = (title: string) => this.page.getByRole("article", { name: title });
  /** The goal's title links to its detail: assessments and indicator trends. */
  readonly detailLink = (title: string) => this.goal(title).getByRole("link", { name: title });
  /** The goals nested under (breaking down) `title`. */
  readonly goalsUnder = (title: string) =>
    this.page
      .getByRole("listitem")
      .filter({ has: this.goal(title) })
      .getByRole("article");
  readonly addForm = () => this.page.getByRole("form", { name: /Lägg till ett mål|Add a goal/ });
  readonly parentField = () => this.page.getByRole("combobox", { name: /Bryter ned målet|Breaks down the goal/ });
  /** The owner is chosen in the organisation's tree. */
  readonly ownerTree = () => this.page.getByRole("tree", { name: /^Ägare|^Owner/ });
  readonly ownerSearch = () => this.page.getByRole("textbox", { name: /^Sök i Ägare|^Search Owner/ });
  readonly owner = (name: string) => this.ownerTree().getByRole("treeitem", { name });
  readonly titleField = () => this.page.getByRole("textbox", { name: /Målet, formulerat|The goal, phrased/ });
  readonly addButton = () => this.page.getByRole("button", { name: /Lägg till målet|Add the goal/ });

  async open(): Promise<void> {
    await this.page.getByRole("tab", { name: /^Mål$|^Goals$/ }).click();
    await this.page.getByText(/^Vision:/).waitFor();
    await this.page
      .getByRole("region", { name: /^Mål$|^Goals$/ })
      .getByRole("article")
      .first()
      .waitFor();
  }
}
