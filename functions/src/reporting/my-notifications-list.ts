import { MyNotifications, myNotificationsListRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...myNotificationsListRoute,
  summary: "The notifications sent to the caller in the last 30 days, newest first (the local outbox, or the ledger in production).",
  tag: "Reporting",
  auth: "user",
  response: MyNotifications,
  async handle({ principal }, { services }) {
    return { body: await services.periodStatus.myNotifications(principal) };
  },
});
