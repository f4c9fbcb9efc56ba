import type { Page } from "playwright-core";

/** The administration screen: the organisation and its roles, notification settings and document types. */
export class AdministrationPage {
  constructor(private readonly page: Page) {}

  readonly tab = () => this.page.getByRole("tab", { name: /^Administration$/ });

  readonly notifications = () => this.page.getByRole("region", { name: "Aviseringar" });
  readonly senderForm = () => this.notifications().getByRole("form", { name: "E-post när appen inte är installerad" });
  readonly sender = () => this.senderForm().getByRole("textbox", { name: /^Avsändarens e-postadress/ });
  readonly saveSender = () => this.senderForm().getByRole("button", { name: "Spara avsändaren" });

  readonly documentTypes = () => this.page.getByRole("region", { name: "Dokumenttyper", exact: true });
  readonly typesTable = () => this.documentTypes().getByRole("table", { name: "Dokumenttyper och giltighetstid" });
  readonly typeRow = (name: string) => this.documentTypes().getByRole("row").filter({ hasText: name });
  readonly newType = () => this.documentTypes().getByRole("textbox", { name: "Ny dokumenttyp" });
  readonly validity = () => this.documentTypes().getByRole("combobox", { name: "Giltighet" });
  readonly validityYears = () => this.documentTypes().getByRole("spinbutton", { name: "Antal" });
  readonly addType = () => this.documentTypes().getByRole("button", { name: "Lägg till typen" });
  readonly removeType = (name: string) => this.documentTypes().getByRole("button", { name: `Ta bort ${name}` });
  readonly saveTypes = () => this.documentTypes().getByRole("button", { name: "Spara", exact: true });

  async open(): Promise<void> {
    await this.tab().click();
  }

  readonly unitButton = (name: string) =>
    this.page.getByRole("navigation", { name: "Organisation" }).getByRole("button", { name, exact: true });
  readonly search = () => this.page.getByRole("navigation", { name: "Organisation" }).getByRole("searchbox", { name: /^Sök enhet/ });
  readonly searchStatus = () => this.page.getByRole("navigation", { name: "Organisation" }).getByRole("status");
  readonly toggle = (name: string) => this.page.getByRole("button", { name: new RegExp(`^(Visa|Dölj) enheterna under ${name}$`) });
  readonly unitHeading = (name: string) => this.page.getByRole("heading", { level: 2, name });
  readonly personField = () => this.page.getByRole("combobox", { name: /Person/ });
  readonly roleField = () => this.page.getByRole("combobox", { name: /^Roll|^Role/ });
  readonly grantButton = () => this.page.getByRole("button", { name: /Ge roll|Grant role/ });
  readonly status = () => this.page.getByText(/har nu rollen|now holds the role|Rollen togs bort|The role was revoked/);
  readonly assignment = (person: string) => this.page.getByRole("listitem").filter({ hasText: person });
  readonly revokeButton = (role: string, person: string) => this.page.getByRole("button", { name: `Ta bort rollen ${role} för ${person}` });

  readonly renameField = () => this.page.getByRole("form", { name: /Byt namn|Rename/ }).getByRole("textbox");
  readonly renameButton = () => this.page.getByRole("button", { name: /Spara namnet|Save the name/ });

  async selectUnit(name: string): Promise<void> {
    await this.unitButton(name).click();
    await this.unitHeading(name).waitFor();
  }

  /** Internal control's risk scale and categories. */
  readonly riskScaleForm = () => this.page.getByRole("form", { name: "Internkontroll: riskskala och kategorier" });
  readonly riskScaleField = (label: string) => this.riskScaleForm().getByLabel(label, { exact: true });
  readonly saveRiskScale = () => this.riskScaleForm().getByRole("button", { name: "Spara riskskalan" });
}
