import { defineTabModule } from "../shared/tab-module.js";

/** Internal control (issue 14): so far its settings panel, which loads inside Administration. */
export const internalControlTabModule = defineTabModule({ name: "internalControl" });
