import type { RegisteredRoute } from "./http/route.js";
import { registerRoute } from "./routes.js";
import { registerTimer, type TimerSpec } from "./timers.js";

/**
 * What a module brings to the Functions app. Each module folder's `index.ts` exports one;
 * `src/modules.ts` lists them, and that list is the only place a module is registered.
 */
export interface AppModule {
  /** The folder name, the same in `packages/domain/src`, here and in `apps/tabs/src`. */
  readonly name: string;
  readonly routes: readonly RegisteredRoute[];
  readonly timers?: readonly TimerSpec[];
  /** The Cosmos DB containers its stores use; each is partitioned by `/tenantId`. */
  readonly containers?: readonly string[];
}

export const defineModule = (module: AppModule): AppModule => module;

let registered = false;

/** Registers every module's routes and timers with the Functions runtime, once per process. */
export function registerModules(modules: readonly AppModule[]): void {
  if (registered) return;
  registered = true;
  for (const module of modules) {
    for (const route of module.routes) registerRoute(route);
    for (const timer of module.timers ?? []) registerTimer(timer);
  }
}
