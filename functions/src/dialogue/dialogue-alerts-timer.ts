import { services } from "../platform/composition.js";
import { defineTimer } from "../platform/timers.js";

/**
 * Every hour; the first run at or after 06:00 in Stockholm reminds the people responsible
 * for activities whose feedback is due within two weeks (or overdue). The ledger keeps later,
 * late and repeated runs from sending anything twice. NCRONTAB is UTC, hence hourly.
 */
export default defineTimer({
  name: "dialogue-alerts",
  schedule: "0 20 * * * *",
  async handler(timer, context) {
    const s = services();
    for (const tenantId of await s.tenants.listTenantIds()) {
      const run = await s.dialogueFeedback.sendFeedbackReminders(tenantId);
      if (run.reminders > 0) context.log(`dialogue-alerts tenant=${tenantId} reminders=${run.reminders} pastDue=${timer.isPastDue}`);
    }
  },
});
