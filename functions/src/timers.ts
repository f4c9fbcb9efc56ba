import type { InvocationContext, Timer } from "@azure/functions";
import { app } from "./azure-functions.js";

export interface TimerSpec {
  readonly name: string;
  /** NCRONTAB: `{second} {minute} {hour} {day} {month} {day-of-week}`, UTC. */
  readonly schedule: string;
  readonly handler: (timer: Timer, context: InvocationContext) => Promise<void>;
}

const timers: TimerSpec[] = [];

/** Registers a timer with the Functions runtime and in the table the local host fires. */
export function defineTimer(spec: TimerSpec): TimerSpec {
  timers.push(spec);
  app.timer(spec.name, { schedule: spec.schedule, handler: spec.handler });
  return spec;
}

export const timerTable = (): readonly TimerSpec[] => timers;
