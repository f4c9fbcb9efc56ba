import { describe, expect, it } from "vitest";
import { pitea } from "../support/catalogue.js";
import { useHarness } from "../support/harness.js";

const clock = { at: new Date("2026-09-10T08:00:00Z"), now: () => clock.at };
const t = useHarness({ clock });

const path = "2026/interim2/bun";
const submit = (token: string, etag: string, body: object) =>
  t.h.request("POST", `/api/reports/${path}/submit`, { token, body, headers: { "if-match": etag } });

describe("submitting a report is one request (issue 12)", () => {
  it("saves and submits in one write, answers the form as it now stands, and loses nothing on a refusal", async () => {
    const lina = await t.h.tokenFor(pitea, "lina.forsberg");
    const erik = await t.h.tokenFor(pitea, "erik.nilsson");
    const half = { assessments: { "2026-bun-1": { assessment: "partlyFulfilled", analysis: "Matematiken släpar." } } };

    const incomplete = await submit(lina, "new", half);
    expect(incomplete.status).toBe(400);
    expect(incomplete.json.details).toEqual([{ path: "report.assessments.2026-bun-2", reason: "assessment_missing" }]);
    expect((await submit(erik, "new", half)).status).toBe(403);
    const untouched = await t.h.request("GET", `/api/reports/${path}`, { token: lina });
    expect(untouched.json.report).toMatchObject({ status: "notStarted", etag: "new" });

    const full = { assessments: { ...half.assessments, "2026-bun-2": { assessment: "fulfilled" } } };
    const submitted = await submit(lina, "new", full);
    expect(submitted.status).toBe(200);
    expect(submitted.json.report).toMatchObject({ status: "submitted", assessments: full.assessments });
    expect(submitted.json.report.events).toEqual([expect.objectContaining({ action: "submit", byName: "Lina Forsberg" })]);
    expect(submitted.json.allowed).toEqual({ edit: false, submit: false, approve: false, review: false, return: false });
    expect(submitted.json.goals).toHaveLength(2);
    expect(submitted.headers.get("etag")).toBe(submitted.json.report.etag);
    expect((await submit(lina, submitted.json.report.etag, full)).json.details[0].reason).toBe("report_not_editable");

    const trail = await t.h.request("GET", "/api/audit?objectType=report&objectId=2026.interim2.bun", { token: t.admin });
    expect(trail.json.entries.map((e: { action: string }) => e.action)).toEqual(["report.submit"]);

    const maria = await t.h.tokenFor(pitea, "maria.berg");
    const approved = await t.h.request("POST", `/api/reports/${path}/transitions`, {
      token: maria,
      body: { action: "approve" },
      headers: { "if-match": submitted.json.report.etag },
    });
    expect(approved.json.status).toBe("approved");
  });
});
