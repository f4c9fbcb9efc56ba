import { appAreas } from "@kvalitetskedjan/domain";
import { describe, expect, it } from "vitest";
import { detailScreens } from "./modules.js";
import { deepLinkHash, parseRoute } from "./route.js";

describe("deep links from Teams", () => {
  it("opens the route a reminder's link carries", () => {
    expect(deepLinkHash("#/report/2026/interim2/socn")).toBe("#/report/2026/interim2/socn");
    expect(parseRoute(deepLinkHash("#/report/2026/interim2/socn") ?? "", appAreas, detailScreens)).toEqual({
      area: "reporting",
      detail: { name: "report", params: ["2026", "interim2", "socn"] },
    });
  });

  it("ignores a sub-entity id that is not an in-app route", () => {
    expect(deepLinkHash(null)).toBeNull();
    expect(deepLinkHash("home")).toBeNull();
    expect(deepLinkHash("javascript:alert(1)")).toBeNull();
    expect(deepLinkHash("#/report/<script>")).toBeNull();
    expect(deepLinkHash(`#/${"a".repeat(400)}`)).toBeNull();
  });
});
