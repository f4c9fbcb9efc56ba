import { beforeAll, describe, expect, it } from "vitest";
import { loadLanguage, pluralTranslator, translator } from "../i18n/i18n.js";
import { fileSize, formatDate, formatNumber, periodName } from "./period-name.js";

describe("dates, sizes, numbers and counts as the reader writes them", () => {
  // English loads only when a reader asks for it.
  beforeAll(() => loadLanguage("en"));

  it("writes dates as 2026-09-15 in Swedish and in words in English, moments in Stockholm time", () => {
    expect(formatDate("2026-09-15", "sv")).toBe("2026-09-15");
    expect(formatDate("2026-09-15", "en")).toBe("15 September 2026");
    // Half past midnight in Stockholm is still the evening before in UTC.
    expect(formatDate("2026-12-31T23:30:00Z", "sv")).toBe("2027-01-01");
  });

  it("writes file sizes in byte, kB and MB with one decimal", () => {
    expect(fileSize(830, "sv")).toBe("830 byte");
    expect(fileSize(12_400, "sv")).toBe("12,4 kB");
    expect(fileSize(3_245_000, "sv")).toBe("3,2 MB");
    expect(fileSize(3_245_000, "en")).toBe("3.2 MB");
  });

  it("names periods and counts things by the language's plural rules", () => {
    expect(periodName({ kind: "interim", endsOn: "2026-08-31" }, "sv")).toBe("Delårsrapport per 31 augusti 2026");
    expect(formatNumber(1234.5, "sv")).toBe("1\u00a0234,5");
    const tp = pluralTranslator("sv", translator("sv"));
    expect(tp("revision.dueSoon", 1)).toBe("Ska revideras: 1 dag kvar");
    expect(tp("revision.dueSoon", 2)).toBe("Ska revideras: 2 dagar kvar");
    expect(pluralTranslator("en")("revision.expired", 1)).toBe("Expired 1 day ago");
  });
});

describe("typed dates", () => {
  it("reads 2026-09-15, in English also 15/9/2026, and nothing that is no day", async () => {
    const { parseDay } = await import("./date-field.js");
    expect(parseDay("2026-09-15", "sv")?.getDate()).toBe(15);
    expect(parseDay("15/9/2026", "en")?.getMonth()).toBe(8);
    expect(parseDay("15/9/2026", "sv")).toBeNull();
    expect(parseDay("2026-02-30", "sv")).toBeNull();
    expect(parseDay("i morgon", "sv")).toBeNull();
  });
});
