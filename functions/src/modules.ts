// Every module of the Functions app, in one list: adding a module adds one line here.
// Importing this file registers their routes and timers with the Functions runtime.
import { dialogueModule } from "./dialogue/index.js";
import { directoryModule } from "./directory/index.js";
import { documentsModule } from "./documents/index.js";
import { followupModule } from "./followup/index.js";
import { goalsModule } from "./goals/index.js";
import { homeModule } from "./home/index.js";
import { internalControlModule } from "./internal-control/index.js";
import { meetingsModule } from "./meetings/index.js";
import { notificationsModule } from "./notifications/index.js";
import { overviewModule } from "./overview/index.js";
import { platformModule } from "./platform/index.js";
import { type AppModule, registerModules } from "./platform/module.js";
import { reportingModule } from "./reporting/index.js";

export const modules: readonly AppModule[] = [
  platformModule,
  directoryModule,
  goalsModule,
  reportingModule,
  followupModule,
  documentsModule,
  notificationsModule,
  homeModule,
  overviewModule,
  internalControlModule,
  dialogueModule,
  meetingsModule,
];

/** Every Cosmos DB container the modules use. */
export const containerNames: readonly string[] = modules.flatMap((m) => m.containers ?? []);

registerModules(modules);
