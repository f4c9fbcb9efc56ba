import type { InvocationContext, Timer } from "@azure/functions";
import { app } from "./azure-functions.js";

export interface TimerSpec {
  readonly name: string;
  /** NCRONTAB: `{second} {minute} {hour} {day} {month} {day-of-week}`, UTC. */
  readonly schedule: string;
  readonly handler: (timer: Timer, context: InvocationContext) => Promise<void>;
}

/** Declares a timer; it runs once its module lists it and `registerModules` registers the module. */
export const defineTimer = (spec: TimerSpec): TimerSpec => spec;

const timers: TimerSpec[] = [];

/** Registers a timer with the Functions runtime and in the table the local host fires. */
export function registerTimer(spec: TimerSpec): void {
  timers.push(spec);
  app.timer(spec.name, { schedule: spec.schedule, handler: spec.handler });
}

export const timerTable = (): readonly TimerSpec[] => timers;
