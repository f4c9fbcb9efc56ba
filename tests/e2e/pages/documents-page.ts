import type { Page } from "playwright-core";

/** The register of governing documents (`#/documents`) and one document's page (`#/document/{id}`). */
export class DocumentsPage {
  constructor(private readonly page: Page) {}

  readonly register = () => this.page.getByRole("table", { name: /^Styrande dokument$|^Governing documents$/ });
  readonly row = (title: string) => this.register().getByRole("row").filter({ hasText: title });
  readonly link = (title: string) => this.register().getByRole("link", { name: title });
  readonly filter = (label: string) => this.page.getByRole("combobox", { name: label });
  readonly heading = (title: string) => this.page.getByRole("heading", { level: 1, name: title });
  /** On a document's page: the documents that sit under it. */
  readonly children = () => this.page.getByRole("region", { name: /Underordnade dokument|Documents under it/ });
  readonly editForm = () => this.page.getByRole("form", { name: /Ändra uppgifter|Change details/ });
  readonly registerButton = () => this.page.getByRole("button", { name: "Registrera dokument" });
  readonly registerForm = () => this.page.getByRole("form", { name: "Registrera ett styrande dokument" });
  /** On a document's page: filing a file, the decision that adopts a version, and the versions kept. */
  readonly fileLabel = "Nytt utkast";
  readonly upload = () => this.page.getByRole("button", { name: "Ladda upp" });
  readonly decisionForm = () => this.page.getByRole("form", { name: "Registrera beslut" });
  readonly libraryColumns = () => this.page.getByRole("table", { name: "Kolumner i biblioteket" });
  readonly versions = () => this.page.getByRole("table", { name: "Antagna versioner", exact: true });
  readonly libraryVersions = () => this.page.getByRole("table", { name: "Versioner i biblioteket" });

  async open(): Promise<void> {
    await this.page.getByRole("tab", { name: /^Styrande dokument$|^Governing documents$/ }).click();
    await this.register().waitFor();
  }

  /** Opens a document's page by its address, as a link from Teams or a reminder does. */
  async openDocument(id: string): Promise<void> {
    await this.page.goto(`${this.page.url().split("#")[0]}#/document/${encodeURIComponent(id)}`);
  }
}
