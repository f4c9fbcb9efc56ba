import { randomUUID } from "node:crypto";
import type { Timer } from "@azure/functions";
import { CronExpressionParser } from "cron-parser";
import { InvocationContext } from "../platform/azure-functions.js";
import type { TimerSpec } from "../platform/timers.js";

/**
 * Fires timer functions on their NCRONTAB schedule (six fields, seconds first), the way
 * the Functions host does: one run at a time per timer; a run that starts more than a
 * second late is `isPastDue`.
 */
export function startTimerScheduler(specs: readonly TimerSpec[], log: (line: string) => void, now: () => Date = () => new Date()) {
  const handles: NodeJS.Timeout[] = [];
  let stopped = false;

  for (const spec of specs) {
    const expression = CronExpressionParser.parse(spec.schedule, { tz: "UTC", currentDate: now() });
    let last: Date | null = null;
    const schedule = () => {
      if (stopped) return;
      const next = expression.next().toDate();
      const handle = setTimeout(
        async () => {
          const started = now();
          const timer: Timer = {
            schedule: { adjustForDST: false },
            isPastDue: started.getTime() - next.getTime() > 1000,
            scheduleStatus: { last: (last ?? next).toISOString(), next: next.toISOString(), lastUpdated: started.toISOString() },
          };
          const context = new InvocationContext({ invocationId: randomUUID(), functionName: spec.name });
          try {
            await spec.handler(timer, context);
          } catch (error) {
            log(`timer ${spec.name} failed: ${error instanceof Error ? error.message : String(error)}`);
          }
          last = next;
          schedule();
        },
        Math.max(0, next.getTime() - now().getTime()),
      );
      handles.push(handle);
    };
    schedule();
  }

  return {
    stop() {
      stopped = true;
      for (const h of handles) clearTimeout(h);
    },
  };
}
