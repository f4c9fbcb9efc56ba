import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pitea } from "../support/catalogue.js";
import { axeViolations, launchBrowser } from "./browser.js";
import { DialoguePage } from "./pages/dialogue-page.js";
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

const survey = "Enkät om förskolans utemiljö";
const goal = "Alla elever når kunskapskraven och känner sig trygga i skolan";

describe("dialogue planning from plan to results and decision (issue 15: done when)", () => {
  it("a unit plans a preschool survey and is warned of the other one, the coordinator coordinates them, a 3-person cell reads 'fewer than 5', the feedback is due in My items, and the result shows in the goal's detail and the trace", async () => {
    const dialogue = new DialoguePage(page);

    await signIn("Maria Berg");
    await dialogue.open();
    await dialogue.button("Planera en enkät eller dialog").click();
    const form = dialogue.activityForm();
    await form.getByRole("textbox", { name: "Titel" }).fill(survey);
    await form.getByRole("combobox", { name: "Perspektiv" }).selectOption({ label: "Kund- och brukardialog (service)" });
    await form.getByRole("combobox", { name: "Metod" }).selectOption({ label: "Enkät" });
    // From consultation up the promise is needed: left out, it is named next to its field.
    await form.getByRole("checkbox", { name: "Invånare › Vårdnadshavare till förskolebarn", exact: true }).check();
    await form.getByLabel("Startdatum").fill("2026-11-16");
    await form.getByLabel("Slutdatum").fill("2026-11-27");
    await dialogue.chooseUnit("utbildningsförv", "Barn- och utbildningsförvaltningen");
    await form.getByRole("combobox", { name: "Ansvarig person" }).selectOption({ label: "Maria Berg" });
    await form.getByRole("checkbox", { name: goal }).check();
    await form.getByRole("combobox", { name: "Beslut som aktiviteten ger underlag till" }).selectOption({ label: "Verksamhetsplan 2027" });
    await form.getByRole("button", { name: "Spara aktiviteten" }).click();
    await form.getByText("Fältet måste fyllas i.").first().waitFor();
    await form.getByRole("textbox", { name: "Vad deltagarna kan påverka" }).fill("Vad som byggs på förskolegårdarna 2027.");
    await form.getByRole("textbox", { name: "Vad deltagarna inte kan påverka" }).fill("Budgetramen.");
    await form.getByRole("button", { name: "Spara aktiviteten" }).click();
    // Saved, and warned of the other surveys to the same guardians: it warns, it does not block.
    const warning = page.getByRole("status").filter({ hasText: "Överlapp med 2 andra aktiviteter" });
    await warning.waitFor();
    expect(await warning.textContent()).toContain("Förskoleenkät till vårdnadshavare");
    expect(await axeViolations(page)).toEqual([]);
    await dialogue.button("Avbryt").click();
    await dialogue
      .planTable()
      .getByRole("row", { name: new RegExp(survey) })
      .getByText("Föreslagen")
      .waitFor();

    // The quality group coordinates it with BUN's survey and puts it in the plan.
    await signIn("Helena Marklund");
    await dialogue.open();
    await dialogue.activityLink(survey).click();
    await page.getByRole("heading", { level: 1, name: survey }).waitFor();
    const overlaps = dialogue.overlaps();
    const withBun = overlaps.getByRole("form", { name: "Markera som samordnad: Förskoleenkät till vårdnadshavare" });
    await withBun
      .getByRole("textbox", { name: "Hur aktiviteterna samordnas" })
      .fill("Frågorna om utemiljön läggs i förskoleenkäten nästa år.");
    await withBun.getByRole("button", { name: "Markera som samordnad" }).click();
    await overlaps.getByText(/^Samordnad av Helena Marklund/).waitFor();
    await dialogue.button("Flytta till: I planen").click();
    await page.getByText("I planen", { exact: true }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The department runs it and records results with a group of three.
    await signIn("Maria Berg");
    await dialogue.open();
    await dialogue.activityLink(survey).click();
    await dialogue.button("Flytta till: Pågår").click();
    await dialogue.button("Registrera resultat").click();
    const results = dialogue.resultsForm();
    await results.getByRole("spinbutton", { name: "Antal deltagare" }).fill("64");
    await results.getByRole("spinbutton", { name: "Kvinna" }).fill("38");
    await results.getByRole("spinbutton", { name: "Man" }).fill("23");
    await results.getByRole("spinbutton", { name: "Annat" }).fill("3");
    await results.getByRole("button", { name: "Lägg till en fråga" }).click();
    await results.getByRole("textbox", { name: "Frågans text" }).fill("Mitt barn trivs på gården");
    for (const [value, count] of [
      ["2", "3"],
      ["4", "11"],
      ["6", "30"],
      ["8", "20"],
    ] as const) {
      await results.getByRole("spinbutton", { name: `Antal som svarade ${value}` }).fill(count);
    }
    // The same question per gender, for the equality analysis the policy asks for.
    await results.getByRole("button", { name: /^Svar per grupp för fråga 1/ }).click();
    for (const [group, counts] of [
      ["Kvinna", ["1", "6", "18", "13"]],
      ["Annat", ["0", "0", "2", "1"]],
    ] as const) {
      const answers = results.getByRole("group", { name: `Svar från ${group}` });
      for (const [v, value] of ["2", "4", "6", "8"].entries()) {
        await answers.getByRole("spinbutton", { name: `Antal som svarade ${value}` }).fill(counts[v] ?? "");
      }
    }
    await results.getByRole("button", { name: "Spara resultaten" }).click();
    const gender = dialogue.results().getByRole("region", { name: "Deltagare: Kön" });
    await gender
      .getByRole("row", { name: /^Annat/ })
      .getByText("färre än 5")
      .waitFor();
    expect(await gender.getByRole("row", { name: /^Man/ }).textContent()).toContain("dolt");
    expect(await dialogue.results().textContent()).not.toMatch(/Annat\s*3\b/);
    const perGroup = dialogue.results().getByRole("region", { name: "Medelvärde per grupp: Mitt barn trivs på gården" });
    expect(await perGroup.getByRole("row", { name: /^Kvinna/ }).textContent()).toContain("6,3");
    expect(await perGroup.getByRole("row", { name: /^Annat/ }).textContent()).toContain("färre än 5");

    // The survey's report is filed with the results, in the municipality's document library.
    const report = Buffer.from("%PDF-1.7\n% Utemiljöenkätens rapport\n1 0 obj <<>> endobj\nstartxref\n0\n%%EOF\n", "latin1");
    await dialogue
      .results()
      .locator('input[type="file"]')
      .setInputFiles({ name: "Utemiljö rapport.pdf", mimeType: "application/pdf", buffer: report });
    await dialogue.button("Bifoga filen").click();
    await dialogue
      .results()
      .getByText(/^Utemiljö rapport\.pdf \(.+\), bifogad .+ av Maria Berg$/)
      .waitFor();
    await dialogue.results().getByRole("button", { name: "Ladda ned Utemiljö rapport.pdf" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The survey has ended: its feedback is among the responsible person's items.
    await page.getByRole("tab", { name: "Mina uppgifter" }).click();
    await page.getByRole("link", { name: `${survey}: Barn- och utbildningsförvaltningen` }).waitFor();

    // The result informed the goal and the operational plan: the goal's detail and the trace say so.
    await page.goto(`${baseUrl}#/goal/2026-bun-1`);
    await page.getByRole("region", { name: "Dialoger bakom målet" }).getByRole("link", { name: survey }).waitFor();
    await dialogue.open();
    await dialogue.part("Från dialog till beslut");
    await page.getByRole("combobox", { name: "Beslut" }).selectOption({ label: "Verksamhetsplan 2027" });
    await page.getByRole("region", { name: "Från dialog till beslut" }).getByRole("link", { name: survey }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Residents see the same cell as "fewer than 5" on the public page and in the CSV.
    await page.goto(`${baseUrl}open.html?tenant=${pitea.id}&view=dialogues`);
    const published = page.getByRole("article", { name: survey });
    await published
      .getByRole("region", { name: "Deltagare: Kön" })
      .getByRole("row", { name: /^Annat/ })
      .getByText("färre än 5")
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const csv = await (await fetch(`${baseUrl}api/public/${pitea.id}/dialogues?planYear=2026&format=csv&dataset=results`)).text();
    expect(csv).toContain(`"${survey}","participants","gender","other","färre än 5"`);
    expect(csv).not.toContain(`"${survey}","participants","gender","other","3"`);
  });
});
