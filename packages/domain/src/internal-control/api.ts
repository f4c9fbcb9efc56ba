// The internal control module's routes in the API's catalogue (see shared/api-route.ts).
import type { z } from "zod";
import type { InternalControlSettings, InternalControlSettingsBody } from "../index.js";
import { apiRoute } from "../shared/api-route.js";

export const internalControlSettingsGetRoute = apiRoute<undefined, undefined, undefined, z.output<typeof InternalControlSettings>>(
  "internal-control-settings-get",
  "GET",
  "internal-control/settings",
);
export const internalControlSettingsUpdateRoute = apiRoute<
  undefined,
  undefined,
  z.input<typeof InternalControlSettingsBody>,
  z.output<typeof InternalControlSettings>
>("internal-control-settings-update", "PUT", "internal-control/settings");
