import type { Page } from "playwright-core";

/** Internkontroll: the parts (risk analysis, plan, actions, oversight), their forms, and a control's report. */
export class InternalControlPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole("tab", { name: "Internkontroll" }).click();
    await this.page.getByRole("heading", { level: 1, name: "Internkontroll" }).waitFor();
  }

  async chooseOwner(name: string): Promise<void> {
    await this.page.getByRole("combobox", { name: "Nämnd eller bolag" }).first().selectOption({ label: name });
  }

  async part(name: "Riskanalys" | "Plan och uppföljning" | "Åtgärder" | "Kommunstyrelsens uppsikt" | "RSA"): Promise<void> {
    await this.page.getByRole("tab", { name, exact: true }).click();
  }

  readonly riskForm = () => this.page.getByRole("form", { name: "Registrera en risk" });
  readonly controlForm = () => this.page.getByRole("form", { name: /^Lägg till en kontroll/ });
  readonly adoptForm = () => this.page.getByRole("form", { name: /^Anteckna att .* har antagit planen$/ });
  readonly resultForm = () => this.page.getByRole("form", { name: "Resultat" });
  readonly actionForm = () => this.page.getByRole("form", { name: "Lägg till en åtgärd" });
  readonly risksTable = () => this.page.getByRole("region", { name: "Risker" });
  readonly oversightTable = () => this.page.getByRole("region", { name: "Internkontroll per nämnd och bolag" });
  readonly matrixCell = (probability: number, consequence: number) =>
    this.page.getByRole("button", { name: new RegExp(`sannolikhet ${probability} [^,]+, konsekvens ${consequence} `, "i") });
  readonly button = (name: string) => this.page.getByRole("button", { name, exact: true });
}
