import type { Page } from "playwright-core";

/** The follow-up screen's panels for the quality network: cost and quality, the Word report, benchmark and publishing. */
export class FollowUpPanels {
  constructor(private readonly page: Page) {}

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
