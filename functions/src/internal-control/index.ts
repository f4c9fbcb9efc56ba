import { defineModule } from "../platform/module.js";
import internalControlSettingsGet from "./internal-control-settings-get.js";
import internalControlSettingsUpdate from "./internal-control-settings-update.js";

/** Internal control and RSA (issue 14): so far the municipality's risk scale and categories. */
export const internalControlModule = defineModule({
  name: "internalControl",
  routes: [internalControlSettingsGet, internalControlSettingsUpdate],
  containers: ["internalControl"],
});
