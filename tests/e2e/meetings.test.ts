import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pitea } from "../support/catalogue.js";
import { axeViolations, launchBrowser } from "./browser.js";
import { MeetingsPage } from "./pages/meetings-page.js";
import { SignInPage } from "./pages/sign-in-page.js";

const baseUrl = inject("baseUrl");
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
});
afterAll(() => browser?.close());

const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });

describe("a committee's meeting in the app (issue 16)", () => {
  it("the secretary plans BUN's meeting, takes the open assignment from the proposal, publishes, records § 1 and adjusts", async () => {
    const meetings = new MeetingsPage(page);
    await new SignInPage(page).freshSession(baseUrl, "Sofia Nyström");
    await meetings.open();
    // The demo's next meeting is there, a week ahead, with its number in the year.
    await meetings
      .list()
      .getByRole("link", { name: /^Barn- och utbildningsnämnden, sammanträde \d+ \d{4}$/ })
      .first()
      .waitFor();

    // A meeting today, planned from the form.
    await meetings.button("Planera ett sammanträde").click();
    const form = meetings.planForm();
    await form.getByLabel("Datum").fill(today());
    await form.getByLabel("Plats").fill("Stadshuset, sal 1");
    await form.getByRole("combobox", { name: "Sekreterare" }).selectOption({ label: "Sofia Nyström" });
    await form.getByRole("combobox", { name: "Justerare" }).selectOption({ label: "Emma Sjöberg" });
    await form.getByRole("button", { name: "Planera sammanträdet" }).click();
    await page.getByRole("heading", { level: 1, name: /^Barn- och utbildningsnämnden, sammanträde \d+ \d{4}$/ }).waitFor();

    // The proposal holds the assignment the last meeting gave; the secretary adds it and an item of her own.
    const editor = meetings.editor();
    await editor.getByRole("button", { name: "Lägg till Ta fram en handlingsplan för elevernas trygghet i skolan" }).click();
    await editor.getByLabel("Rubrik").fill("Val av justerare");
    await editor.getByRole("button", { name: "Lägg till punkten" }).click();
    await editor.getByRole("button", { name: "Flytta upp Val av justerare" }).click();
    expect(await axeViolations(page)).toEqual([]);
    await editor.getByRole("button", { name: "Spara dagordningen" }).click();
    await page.getByText("Dagordningen är sparad.").first().waitFor();
    await editor.getByRole("button", { name: "Publicera kallelsen" }).click();
    await page.getByText(/^Kallelsen publicerades /).waitFor();

    // In the meeting, in Teams' side panel (320 px): the first item, its decision § 1 of the year, then the next item.
    const meetingId = decodeURIComponent(page.url().split("#/meeting/")[1] ?? "");
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${baseUrl}?surface=sidePanel#/meetingPanel/${encodeURIComponent(meetingId)}`);
    const current = page.getByRole("region", { name: "Val av justerare" });
    await current.getByText("Punkt 1 av 2").waitFor();
    expect(await page.getByRole("navigation").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    const first = meetings.decisionForm(1);
    await first.getByRole("combobox", { name: "Beslut" }).selectOption({ label: "Godkänns" });
    await first.getByLabel("Beslutstext").fill("Emma Sjöberg utses att justera protokollet.");
    await first.getByRole("button", { name: "Protokollför beslutet" }).click();
    await current.getByText("Beslut § 1: Godkänns").waitFor();
    await meetings.button("Nästa punkt").click();
    const assignment = page.getByRole("region", { name: "Ta fram en handlingsplan för elevernas trygghet i skolan" });
    await assignment.getByText("Punkt 2 av 2").waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Shared to the stage, the item is shown at the stage's size for everyone.
    await page.setViewportSize({ width: 1280, height: 720 });
    await assignment.getByRole("link", { name: "Visa på scenen" }).click();
    await page.getByRole("heading", { level: 1, name: "Ta fram en handlingsplan för elevernas trygghet i skolan" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Back in the meeting's own screen, the second decision gets § 2.
    await page.goto(`${baseUrl}#/meeting/${encodeURIComponent(meetingId)}`);
    const second = meetings.decisionForm(2);
    await second.getByRole("combobox", { name: "Beslut" }).selectOption({ label: "Godkänns" });
    await second.getByLabel("Beslutstext").fill("Handlingsplanen godkänns; uppdraget är slutfört.");
    await second.getByRole("button", { name: "Protokollför beslutet" }).click();
    await meetings.agenda().getByText("Beslut § 2: Godkänns").waitFor();
    await meetings.agenda().getByText("Beslut § 1: Godkänns").waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Adjusted, the meeting is final.
    await page.getByRole("button", { name: "Justera", exact: true }).click();
    await page.getByText(/^Protokollet justerades .* av Sofia Nyström\. Besluten är slutliga\.$/).waitFor();
    expect(await page.getByRole("form", { name: /^Besluta om punkt/ }).count()).toBe(0);

    // The minutes and an extract per § are filed in the document library, its columns set.
    await meetings.button("Arkivera protokollet och utdragen i dokumentbiblioteket").click();
    await page.getByText(`Protokoll Barn- och utbildningsnämnden ${today()}.docx`).waitFor();
    const folder = join(inject("dataDir"), "library", pitea.id, "styrande-dokument");
    const columns = JSON.parse(
      await readFile(join(folder, ".columns", `Protokoll Barn- och utbildningsnämnden ${today()}.docx.json`), "utf8"),
    );
    expect(JSON.stringify(columns)).toContain("§ 1–2");
    expect((await readFile(join(folder, `Protokollsutdrag Barn- och utbildningsnämnden ${today()} § 2.docx`))).length).toBeGreaterThan(
      1000,
    );

    // The year's annual cycle holds the meeting, with the demo's conflict and what to move.
    await page.goto(`${baseUrl}#/meetings`);
    await page.getByRole("tab", { name: "Årshjul" }).click();
    await page
      .getByRole("region", { name: /^Årshjul \d{4}$/ })
      .getByRole("link", { name: /Barn- och utbildningsnämnden, sammanträde/ })
      .first()
      .waitFor();
    await page
      .getByText(/^Ett beslut behövs innan organet sammanträder nästa gång \(Kommunstyrelsen\)\. Flytta /)
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${baseUrl}#/meeting/${encodeURIComponent(meetingId)}`);

    // At the side panel's width the meeting reads the same.
    await page.setViewportSize({ width: 320, height: 800 });
    await meetings.agenda().getByText("Beslut § 2: Godkänns").waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
