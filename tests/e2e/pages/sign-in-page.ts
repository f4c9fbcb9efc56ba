import type { Page } from "playwright-core";
import { HomePage } from "./home-page.js";

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

  /** Starts a fresh session at `baseUrl` (the remembered person forgotten) and signs in as `name`, home loaded. */
  async freshSession(baseUrl: string, name: string): Promise<void> {
    await this.page.goto(baseUrl);
    await this.page.evaluate(() => sessionStorage.clear());
    await this.page.goto(baseUrl);
    await this.signInAs(name);
    await new HomePage(this.page).waitUntilLoaded();
  }
}
