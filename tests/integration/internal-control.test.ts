import { defaultRiskCategories, defaultRiskScale } from "@kvalitetskedjan/domain";
import { describe, expect, it } from "vitest";
import { alvdala, pitea } from "../support/catalogue.js";
import { useHarness } from "../support/harness.js";

const t = useHarness();
const path = "/api/internal-control/settings";
const reasons = (res: { json: { details?: { reason: string; path?: string }[] } }) =>
  (res.json.details ?? []).map((d) => `${d.path}:${d.reason}`);

/** A scale of 1–5 for probability and 1–3 for consequence, as a municipality might set it. */
const fiveByThree = {
  riskScale: {
    probability: [1, 2, 3, 4, 5].map((value) => ({ value, label: `S${value}` })),
    consequence: [1, 2, 3].map((value) => ({ value, label: `K${value}`, description: "" })),
    thresholds: { medium: 4, high: 8, veryHigh: 12 },
  },
  categories: [...defaultRiskCategories, { key: "environment", name: "Miljö" }],
};

describe("internal control settings (issue 14)", () => {
  it("starts every municipality on the default scale of 1–4 and seven categories, readable by every member", async () => {
    const res = await t.h.request("GET", path, { token: await t.h.tokenFor(pitea, "lars.oberg") });
    expect(res.status).toBe(200);
    expect(res.json.etag).toBe("default");
    expect(res.json.riskScale.probability.map((s: { value: number }) => s.value)).toEqual([1, 2, 3, 4]);
    expect(res.json.riskScale.thresholds).toEqual(defaultRiskScale.thresholds);
    expect(res.json.categories).toHaveLength(7);
  });

  it("lets an administrator set the municipality's own scale and categories, once per version read", async () => {
    const saved = await t.h.request("PUT", path, { token: t.admin, body: fiveByThree, headers: { "if-match": "default" } });
    expect(saved.status).toBe(200);
    expect(saved.json.riskScale.probability).toHaveLength(5);
    expect(saved.json.categories.at(-1)).toEqual({ key: "environment", name: "Miljö" });
    // The version read before is stale now.
    const again = await t.h.request("PUT", path, { token: t.admin, body: fiveByThree, headers: { "if-match": "default" } });
    expect(again.status).toBe(412);
    const read = await t.h.request("GET", path, { token: t.admin });
    expect(read.json.etag).toBe(saved.json.etag);
    const audit = await t.h.request("GET", `/api/audit?objectType=internalControlSettings&objectId=current`, { token: t.admin });
    expect(audit.json.entries[0]).toMatchObject({ action: "internalControlSettings.update" });
  });

  it("refuses a scale with gaps or thresholds that do not rise within it, and keeps the saved one", async () => {
    const before = await t.h.request("GET", path, { token: t.admin });
    const gap = {
      ...fiveByThree,
      riskScale: { ...fiveByThree.riskScale, consequence: [1, 3].map((value) => ({ value, label: `K${value}` })) },
    };
    const res = await t.h.request("PUT", path, { token: t.admin, body: gap, headers: { "if-match": before.json.etag } });
    expect(res.status).toBe(400);
    expect(reasons(res)).toEqual(["body.riskScale.consequence:scale_steps_invalid"]);
    const beyond = { ...fiveByThree, riskScale: { ...fiveByThree.riskScale, thresholds: { medium: 4, high: 8, veryHigh: 16 } } };
    const over = await t.h.request("PUT", path, { token: t.admin, body: beyond, headers: { "if-match": before.json.etag } });
    expect(reasons(over)).toEqual(["body.riskScale.thresholds:thresholds_invalid"]);
    const twice = { ...fiveByThree, categories: [...fiveByThree.categories, { key: "it", name: "IT igen" }] };
    expect((await t.h.request("PUT", path, { token: t.admin, body: twice, headers: { "if-match": before.json.etag } })).status).toBe(400);
    expect((await t.h.request("GET", path, { token: t.admin })).json).toEqual(before.json);
  });

  it("lets no one but a municipality administrator change them, and keeps each municipality's apart", async () => {
    const chair = await t.h.tokenFor(pitea, "erik.nilsson");
    const current = await t.h.request("GET", path, { token: chair });
    const res = await t.h.request("PUT", path, { token: chair, body: fiveByThree, headers: { "if-match": current.json.etag } });
    expect(res.status).toBe(403);
    const other = await t.h.request("GET", path, { token: await t.h.tokenFor(alvdala, "ida.norberg") });
    expect(other.json.etag).toBe("default");
    expect(other.json.riskScale.probability).toHaveLength(4);
  });
});
