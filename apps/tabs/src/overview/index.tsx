import { lazy } from "react";
import { defineTabModule } from "../shared/tab-module.js";

const OverviewView = lazy(() => import("./overview.js").then((m) => ({ default: m.OverviewView })));

/** Översikt: where the municipality stands, at a glance. */
export const overviewTabModule = defineTabModule({
  name: "overview",
  areas: [{ area: "overview", view: OverviewView }],
});
