import type { InvocationContext, Timer } from "@azure/functions";
import { describe, expect, it } from "vitest";
import alertTimer from "../../functions/src/internal-control/internal-control-alerts-timer.js";
import { pitea } from "../support/catalogue.js";
import { personId, useHarness } from "../support/harness.js";

const clock = { at: new Date("2026-12-02T04:00:00Z"), now: () => clock.at };
const t = useHarness({ clock });
const context = { log: () => undefined } as unknown as InvocationContext;
const fire = () => alertTimer.handler({ isPastDue: false } as Timer, context);
const sent = async () =>
  (await t.h.runtime.services.notifier.listSent(pitea.id, { since: "2026-01-01" })).filter((n) => n.id.startsWith("internalControl."));

describe("the daily digest of late controls and overdue actions (issue 14)", () => {
  it("sends nothing before 06:00 in Stockholm", async () => {
    await fire();
    expect(await sent()).toHaveLength(0);
  });

  it("tells each responsible person once about a late control and each owner once about an overdue action, one digest a day", async () => {
    clock.at = new Date("2026-12-02T07:00:00Z");
    await fire();
    const first = await sent();
    const to = (slug: string) => first.filter((n) => n.recipientPersonId === personId(pitea, slug));
    const maria = to("maria.berg");
    expect(maria).toHaveLength(1);
    expect(maria[0]?.subjectKeys).toEqual(["ic.actionOverdue.bun-a1.2026-09-30"]);
    expect(maria[0]?.templateParameters).toEqual({
      itemName: "Utbilda alla attestanter i attestreglementet och kraven på underlag",
      dueDate: "2026-09-30",
    });
    const lina = to("lina.forsberg")[0];
    expect(lina?.subjectKeys).toEqual(
      expect.arrayContaining([
        "ic.controlLate.bun-c2.interim2",
        "ic.controlLate.bun-c4.interim2",
        "ic.controlLate.bun-c-representation.interim2",
      ]),
    );
    expect(lina?.templateParameters.itemName).toBe("3 saker i internkontrollen");
    // Socialnämnden's own control of the second interim period is in: only the common one is late.
    expect(to("peter.strand")[0]?.subjectKeys).toEqual(["ic.controlLate.socn-c-representation.interim2"]);
    // A control without a responsible person alerts nobody; BUN's reviewed results are not late.
    const keys = first.flatMap((n) => n.subjectKeys);
    expect(keys.some((k) => k.includes("fkn-c-representation") || k.includes("interim1"))).toBe(false);
    expect(new Set(keys).size).toBe(keys.length);

    // Later the same day, and the next day: nothing again.
    clock.at = new Date("2026-12-02T14:00:00Z");
    await fire();
    clock.at = new Date("2026-12-03T07:00:00Z");
    await fire();
    expect(await sent()).toHaveLength(first.length);
  });

  it("alerts again when a re-planned action passes its new due date", async () => {
    const action = await t.h.request("GET", "/api/plan-years/2026/internal-control/bun", { token: t.admin });
    const a1 = action.json.actions.find((a: { id: string }) => a.id === "bun-a1");
    const replanned = await t.h.request("PATCH", "/api/internal-control/actions/bun-a1", {
      token: t.admin,
      body: { dueOn: "2026-12-04" },
      headers: { "if-match": a1.etag },
    });
    expect(replanned.status).toBe(200);
    clock.at = new Date("2026-12-05T07:00:00Z");
    await fire();
    const latest = (await sent()).filter((n) => n.id.endsWith("2026-12-05"));
    expect(latest.map((n) => n.subjectKeys)).toEqual([["ic.actionOverdue.bun-a1.2026-12-04"]]);
  });
});
