import { services } from "../platform/composition.js";
import { defineTimer } from "../platform/timers.js";

/**
 * Every morning (06:00 UTC, 07:00 or 08:00 in Stockholm) each owner with an unreported
 * report, from a week before its deadline until a month after, gets one digest. The
 * notification ledger makes a second or late run (`isPastDue`) send nothing twice.
 */
export default defineTimer({
  name: "report-reminders",
  schedule: "0 0 6 * * *",
  async handler(timer, context) {
    const s = services();
    for (const tenantId of await s.tenants.listTenantIds()) {
      const { sent, duplicate } = await s.periodStatus.sendDailyDigests(tenantId);
      context.log(`report-reminders tenant=${tenantId} sent=${sent} alreadySent=${duplicate} pastDue=${timer.isPastDue}`);
    }
  },
});
