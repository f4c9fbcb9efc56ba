import type { Page } from "playwright-core";

export class AdministrationPage {
  constructor(private readonly page: Page) {}

  readonly unitButton = (name: string) =>
    this.page.getByRole("navigation", { name: "Organisation" }).getByRole("button", { name, exact: true });
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
}
