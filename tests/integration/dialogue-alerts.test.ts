import type { InvocationContext, Timer } from "@azure/functions";
import { describe, expect, it } from "vitest";
import alertTimer from "../../functions/src/dialogue/dialogue-alerts-timer.js";
import { pitea } from "../support/catalogue.js";
import { personId, useHarness } from "../support/harness.js";

const clock = { at: new Date("2026-12-02T04:00:00Z"), now: () => clock.at };
const t = useHarness({ clock });
const context = { log: () => undefined } as unknown as InvocationContext;
const fire = () => alertTimer.handler({ isPastDue: false } as Timer, context);
const sent = async () =>
  (await t.h.runtime.services.notifier.listSent(pitea.id, { since: "2026-01-01" })).filter((n) => n.id.startsWith("dialogue."));
const items = async (slug: string) =>
  (await t.h.request("GET", "/api/me/items", { token: await t.h.tokenFor(pitea, slug) })).json.items.filter((i: { kind: string }) =>
    i.kind.startsWith("dialogueFeedback"),
  );

describe("feedback to a dialogue's participants: My items and the daily reminder (issue 15)", () => {
  it("shows the responsible person the overdue feedback of the resident panel, and the running meal survey's once it has ended", async () => {
    expect(await items("emma.sjoberg")).toEqual([
      expect.objectContaining({
        kind: "dialogueFeedbackOverdue",
        id: "dlg-panel",
        dueDate: "2026-08-11",
        scopeName: "Samhällsbyggnad",
        href: "#/dialogueActivity/dlg-panel",
      }),
    ]);
    // The meal survey ended 27 November: its feedback is due 26 January.
    expect(await items("lina.forsberg")).toEqual([
      expect.objectContaining({ kind: "dialogueFeedbackDue", id: "dlg-maltider", dueDate: "2027-01-26" }),
    ]);
    expect(await items("maria.berg")).toEqual([
      expect.objectContaining({ kind: "dialogueFeedbackDue", id: "dlg-forskola", dueDate: "2026-12-22" }),
    ]);
    // Given feedback leaves nothing to do.
    expect(await items("helena.marklund")).toEqual([]);
  });

  it("reminds once, from 06:00, only where the due date is two weeks away or past", async () => {
    await fire();
    expect(await sent()).toHaveLength(0);
    clock.at = new Date("2026-12-02T07:00:00Z");
    await fire();
    const first = await sent();
    expect(first.map((n) => [n.recipientPersonId, n.subjectKeys])).toEqual([
      [personId(pitea, "emma.sjoberg"), ["dlg.feedback.dlg-panel.2026-08-11"]],
    ]);
    expect(first[0]?.templateParameters).toEqual({ activityName: "Medborgarpanel om framtidens kollektivtrafik", dueDate: "2026-08-11" });
    await fire();
    // BUN's survey (due 22 December) once its two weeks have come, and the meal survey's two weeks before 26 January: once each.
    clock.at = new Date("2026-12-08T07:00:00Z");
    await fire();
    expect((await sent()).map((n) => n.subjectKeys[0])).toContain("dlg.feedback.dlg-forskola.2026-12-22");
    clock.at = new Date("2027-01-12T07:00:00Z");
    await fire();
    await fire();
    const later = await sent();
    expect(later).toHaveLength(3);
    expect(later.find((n) => n.recipientPersonId === personId(pitea, "lina.forsberg"))?.subjectKeys).toEqual([
      "dlg.feedback.dlg-maltider.2027-01-26",
    ]);
  });
});
