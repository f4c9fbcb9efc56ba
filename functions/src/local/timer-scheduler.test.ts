import type { Timer } from "@azure/functions";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startTimerScheduler } from "./timer-scheduler.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("local timer scheduler", () => {
  it("fires a timer on its NCRONTAB schedule, seconds first, in UTC", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-23T05:59:58Z") });
    const runs: { at: string; timer: Timer }[] = [];
    const scheduler = startTimerScheduler(
      [{ name: "daily", schedule: "0 0 6 * * *", handler: async (timer) => void runs.push({ at: new Date().toISOString(), timer }) }],
      () => {},
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1500);
    expect(runs.map((r) => r.at)).toEqual(["2026-11-23T06:00:00.000Z"]);
    expect(runs[0]?.timer.isPastDue).toBe(false);
    await vi.advanceTimersByTimeAsync(24 * 3600 * 1000);
    expect(runs.map((r) => r.at)).toEqual(["2026-11-23T06:00:00.000Z", "2026-11-24T06:00:00.000Z"]);
    scheduler.stop();
  });

  it("keeps running after a handler throws, and logs the failure", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-23T00:00:00Z") });
    const log: string[] = [];
    let calls = 0;
    const scheduler = startTimerScheduler(
      [
        {
          name: "flaky",
          schedule: "*/10 * * * * *",
          handler: async () => {
            calls += 1;
            throw new Error("boom");
          },
        },
      ],
      (line) => log.push(line),
    );
    await vi.advanceTimersByTimeAsync(25_000);
    expect(calls).toBe(2);
    expect(log[0]).toContain("timer flaky failed: boom");
    scheduler.stop();
  });
});
