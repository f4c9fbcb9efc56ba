import { lazy } from "react";
import { defineTabModule } from "../shared/tab-module.js";

/** Fetched as soon as someone is signed in, alongside `/api/me`: the first screen waits for neither in turn. */
export const loadHome = () => import("./home.js");
const HomeView = lazy(() => loadHome().then((m) => ({ default: m.HomeView })));

/** My items: the first screen. */
export const homeTabModule = defineTabModule({
  name: "home",
  areas: [{ area: "home", view: HomeView }],
});
