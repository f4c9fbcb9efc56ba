import { defineTabModule } from "../shared/tab-module.js";

/** Notification delivery: its panel loads inside Administration. */
export const notificationsTabModule = defineTabModule({ name: "notifications" });
