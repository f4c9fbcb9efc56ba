import type { Page } from "playwright-core";

export class SignInPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole("heading", { level: 1 });

  async open(baseUrl: string, query = ""): Promise<void> {
    await this.page.goto(`${baseUrl}${query}`);
  }

  userButton(name: string, language: "sv" | "en" = "sv") {
    return this.page.getByRole("button", { name: language === "sv" ? `Logga in som ${name}` : `Sign in as ${name}` });
  }

  async signInAs(name: string, language: "sv" | "en" = "sv"): Promise<void> {
    await this.userButton(name, language).click();
  }
}
