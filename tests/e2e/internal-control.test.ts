import { stockholmDate } from "@kvalitetskedjan/domain";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser } from "./browser.js";
import { InternalControlPage } from "./pages/internal-control-page.js";
import { SignInPage } from "./pages/sign-in-page.js";

const baseUrl = inject("baseUrl");
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
});
afterAll(() => browser?.close());

const signIn = (name: string) => new SignInPage(page).freshSession(baseUrl, name);

const risk = "Inköp görs utanför avtal i hemtjänsten";
const control = "Inköp i hemtjänsten görs från avtalade leverantörer";
const action = "Utbilda hemtjänstens beställare i avtalen";

describe("internal control from risk to oversight (issue 14: done when)", () => {
  it("a coordinator registers a high risk and its control, the committee adopts the plan, the responsible reports a significant deviation with an action, its owner sees it, and the executive board's chair sees it all", async () => {
    const ic = new InternalControlPage(page);

    // The executive board's coordinator keeps Socialnämnden's analysis too.
    await signIn("Mats Wikström");
    await ic.open();
    await ic.chooseOwner("Socialnämnden");
    await ic.button("Registrera en risk").click();
    const riskForm = ic.riskForm();
    await riskForm.getByRole("textbox", { name: "Risk" }).fill(risk);
    await riskForm.getByRole("combobox", { name: "Kategori" }).selectOption({ label: "Ekonomi" });
    // A probability off the scale cannot be chosen; an empty one is named next to its field.
    await riskForm.getByRole("button", { name: "Registrera risken" }).click();
    await riskForm.getByText("Fältet måste fyllas i.").first().waitFor();
    await riskForm.getByRole("combobox", { name: "Sannolikhet" }).selectOption("3");
    await riskForm.getByRole("combobox", { name: "Konsekvens" }).selectOption("3");
    await riskForm.getByRole("combobox", { name: "Beslut" }).selectOption({ label: "Kontrolleras i planen" });
    await riskForm.getByRole("button", { name: "Registrera risken" }).click();
    await ic
      .risksTable()
      .getByRole("row", { name: new RegExp(risk) })
      .getByText("Hög")
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await ic.part("Plan och uppföljning");
    await ic.button("Lägg till en kontroll").click();
    const controlForm = ic.controlForm();
    await controlForm.getByRole("textbox", { name: "Vad som kontrolleras" }).fill(control);
    await controlForm.getByRole("textbox", { name: "Omfattning" }).fill("20 inköp");
    await controlForm.getByRole("combobox", { name: "Ansvarig" }).selectOption({ label: "Peter Strand" });
    await controlForm.getByRole("checkbox", { name: "Årsredovisning 2026" }).check();
    await controlForm.getByRole("checkbox", { name: risk }).check();
    await controlForm.getByRole("button", { name: "Lägg till kontrollen" }).click();
    await page.getByRole("region", { name: "Kontroller" }).getByText(control).waitFor();

    // The committee's decision is recorded; from then on the plan is frozen.
    const adopt = ic.adoptForm();
    await adopt.getByLabel("Beslutsdatum").fill(stockholmDate(new Date()));
    await adopt.getByRole("textbox", { name: "Paragraf" }).fill("§ 88");
    await adopt.getByRole("button", { name: "Anteckna beslutet" }).click();
    await page.getByText(/^Antagen .*§ 88/).waitFor();
    await ic.button("Lägg till en kontroll genom ändringsbeslut").waitFor();

    // The person responsible reports a significant deviation and an action.
    await signIn("Peter Strand");
    await ic.open();
    await ic.chooseOwner("Socialnämnden");
    await ic.part("Plan och uppföljning");
    await page.getByRole("link", { name: `Rapportera eller läs ${control}, Årsredovisning 2026` }).click();
    await page.getByRole("heading", { level: 1, name: control }).waitFor();
    const result = ic.resultForm();
    await result.getByRole("textbox", { name: "Vad som granskades" }).fill("Inköp september–november");
    await result.getByRole("textbox", { name: "Antal granskade" }).fill("20");
    await result.getByRole("textbox", { name: "Antal fel" }).fill("6");
    await result.getByRole("combobox", { name: "Bedömning" }).selectOption({ label: "Väsentlig avvikelse" });
    await result.getByRole("button", { name: "Spara resultatet" }).click();
    await result.getByText("Beskriv avvikelsen: vad som hittades och varför.").first().waitFor();
    await result.getByRole("textbox", { name: "Analys" }).fill("Sex av tjugo inköp gjordes hos leverantörer utan avtal.");
    await result.getByRole("button", { name: "Spara resultatet" }).click();
    await page.getByText("Resultatet är sparat som utkast.").first().waitFor();
    const actionForm = ic.actionForm();
    await actionForm.getByRole("textbox", { name: "Åtgärd" }).fill(action);
    await actionForm.getByRole("combobox", { name: "Ansvarig" }).selectOption({ label: "Peter Strand" });
    await actionForm.getByLabel("Klar senast").fill("2027-02-28");
    await actionForm.getByRole("button", { name: "Lägg till åtgärden" }).click();
    await page.getByRole("region", { name: "Åtgärder" }).getByRole("cell", { name: action, exact: true }).waitFor();
    await ic.button("Lämna in").click();
    await page.getByText("Rapporten är inlämnad.").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The action's owner has it among his items.
    await page.getByRole("tab", { name: "Mina uppgifter" }).click();
    await page.getByRole("link", { name: `${action}: Socialnämnden` }).waitFor();

    // The executive board's chair sees the deviation, and the risk in its cell of the matrix.
    await signIn("Karin Lund");
    await ic.open();
    await ic.part("Kommunstyrelsens uppsikt");
    await ic
      .oversightTable()
      .getByRole("row", { name: /^Socialnämnden/ })
      .getByText("1 väsentlig")
      .waitFor();
    await page.getByRole("combobox", { name: "Nämnd eller bolag" }).selectOption({ label: "Socialnämnden" });
    await ic.matrixCell(3, 3).click();
    await page.getByRole("heading", { name: "Risker med sannolikhet 3 och konsekvens 3" }).waitFor();
    await page.getByRole("listitem").filter({ hasText: risk }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
