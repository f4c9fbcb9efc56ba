import { describe, expect, it } from "vitest";
import { logSafe, safeLog } from "./log-safe.js";

describe("log lines", () => {
  it("escapes CR, LF, TAB, ESC and the Unicode line separators, so a typed name cannot forge a line", () => {
    expect(logSafe("Eve\r\n[outbox] forged")).toBe("Eve\\r\\n[outbox] forged");
    expect(logSafe("a\tb\u001b[31mc\u2028d")).toBe("a\\tb\\u001b[31mc\\u2028d");
    expect(logSafe("Åsa Öberg – ok")).toBe("Åsa Öberg – ok");
  });

  it("changes nothing when applied twice, and gives the sink one line per call", () => {
    const lines: string[] = [];
    const log = safeLog((line) => lines.push(line));
    log(logSafe("x\ny"));
    log("stack\n    at f (file.ts:1)");
    expect(lines).toEqual(["x\\ny", "stack\\n    at f (file.ts:1)"]);
  });
});
