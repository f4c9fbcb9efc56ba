// Every module of the tabs, in one list: adding a module adds one line here (and its
// messages one line in i18n/catalog.ts). Views load lazily, when first opened.
import type { AppArea } from "@kvalitetskedjan/domain";
import type { ComponentType } from "react";
import { dialogueTabModule } from "./dialogue/index.js";
import { directoryTabModule } from "./directory/index.js";
import { documentsTabModule } from "./documents/index.js";
import { followupTabModule } from "./followup/index.js";
import { goalsTabModule } from "./goals/index.js";
import { homeTabModule } from "./home/index.js";
import { internalControlTabModule } from "./internal-control/index.js";
import { meetingsTabModule } from "./meetings/index.js";
import { notificationsTabModule } from "./notifications/index.js";
import { overviewTabModule } from "./overview/index.js";
import { reportingTabModule } from "./reporting/index.js";
import type { AreaViewProps, DetailScreen, TabModule } from "./shared/tab-module.js";

export const tabModules: readonly TabModule[] = [
  homeTabModule,
  overviewTabModule,
  directoryTabModule,
  goalsTabModule,
  reportingTabModule,
  followupTabModule,
  documentsTabModule,
  notificationsTabModule,
  internalControlTabModule,
  dialogueTabModule,
  meetingsTabModule,
];

export const areaViews = new Map<AppArea, ComponentType<AreaViewProps>>(
  tabModules.flatMap((m) => (m.areas ?? []).map((a) => [a.area, a.view] as const)),
);
export const detailScreens: readonly DetailScreen[] = tabModules.flatMap((m) => m.details ?? []);
