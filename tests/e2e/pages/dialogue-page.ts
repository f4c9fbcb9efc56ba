import type { Page } from "playwright-core";

/** Medborgardialog: the plan (table and timeline), the activity form, and an activity's screen. */
export class DialoguePage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole("tab", { name: "Medborgardialog" }).click();
    await this.page.getByRole("heading", { level: 1, name: "Medborgardialog" }).waitFor();
  }

  async part(name: "Plan" | "Tidslinje" | "Från dialog till beslut" | "Inställningar"): Promise<void> {
    await this.page.getByRole("tab", { name, exact: true }).click();
  }

  readonly activityForm = () => this.page.getByRole("form", { name: /^Planera en enkät eller dialog$|^Ändra aktiviteten$/ });
  readonly unitTree = () => this.page.getByRole("tree", { name: "Ansvarig enhet" });
  readonly unitSearch = () => this.page.getByRole("textbox", { name: /^Sök i Ansvarig enhet/ });
  readonly planTable = () => this.page.getByRole("region", { name: "Plan" });
  readonly activityLink = (title: string) => this.page.getByRole("link", { name: title, exact: true });
  readonly resultsForm = () => this.page.getByRole("form", { name: /^Registrera resultat$|^Ändra resultaten$/ });
  readonly results = () => this.page.getByRole("region", { name: "Resultat" });
  readonly overlaps = () => this.page.getByRole("region", { name: "Överlapp med andra aktiviteter" });
  readonly button = (name: string) => this.page.getByRole("button", { name, exact: true });

  /** Chooses the responsible unit in the organisation's tree from the keyboard. */
  async chooseUnit(search: string, name: string): Promise<void> {
    await this.unitSearch().fill(search);
    await this.unitTree().getByRole("treeitem", { name }).focus();
    await this.page.keyboard.press("Space");
    await this.page.getByText(`Vald: ${name}`).waitFor();
  }
}
