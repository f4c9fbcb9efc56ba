import { lazy } from "react";
import { defineTabModule } from "../shared/tab-module.js";

const AdministrationView = lazy(() => import("./administration.js").then((m) => ({ default: m.AdministrationView })));

/** Administration: the organisation, people and roles, with the other modules' settings panels. */
export const directoryTabModule = defineTabModule({
  name: "directory",

  areas: [{ area: "administration", view: AdministrationView }],
});
