import type { Page } from "playwright-core";

/**
 * Resultat (`#/results`): cost and quality, the Word report, open data and Kolada; and the
 * benchmark and publishing settings, which are in Administration.
 */
export class FollowUpPanels {
  constructor(private readonly page: Page) {}

  readonly period = () => this.page.getByRole("combobox", { name: /^Period$/ });

  async open(periodLabel?: string): Promise<void> {
    await this.page.getByRole("tab", { name: /^Resultat$|^Results$/ }).click();
    await this.period().waitFor();
    if (periodLabel) await this.period().selectOption({ label: periodLabel });
    await this.cost().waitFor();
  }

  readonly cost = () => this.page.getByRole("region", { name: "Kostnad och kvalitet" });
  readonly residents = () => this.cost().getByRole("textbox", { name: "Antal invånare" });
  readonly saveResidents = () => this.cost().getByRole("button", { name: "Spara antal invånare" });
  /** The label of the cost file's input (for `chooseFile`). */
  readonly costFileLabel = "CSV-fil med kostnader";
  readonly importCosts = () => this.cost().getByRole("button", { name: "Importera filen" });
  readonly costRow = (name: RegExp) => this.cost().getByRole("row", { name });

  readonly word = () => this.page.getByRole("region", { name: "Rapport i Word" });
  readonly wordFor = () => this.word().getByRole("combobox", { name: "För" });
  readonly downloadWord = () => this.word().getByRole("button", { name: "Ladda ner Word-dokumentet" });

  readonly settings = () => this.page.getByRole("form", { name: "Jämförelse och publicering" });
  readonly koladaCode = () => this.settings().getByRole("textbox", { name: /^Kommunkod i Kolada/ });
  readonly publish = () => this.settings().getByRole("checkbox", { name: /^Publicera godkända resultat/ });
  readonly saveSettings = () => this.settings().getByRole("button", { name: "Spara inställningarna" });
}
