import { services } from "../platform/composition.js";
import { defineTimer } from "../platform/timers.js";

/**
 * Every hour; the first run at or after 06:00 in Stockholm sends the day's digest of late
 * controls and overdue actions, and later, late and repeated runs find it in the ledger
 * and send nothing twice. NCRONTAB is UTC, hence hourly rather than 06:00.
 */
export default defineTimer({
  name: "internal-control-alerts",
  schedule: "0 10 * * * *",
  async handler(timer, context) {
    const s = services();
    for (const tenantId of await s.tenants.listTenantIds()) {
      const run = await s.internalControlAlerts.sendDueAlerts(tenantId);
      if (run.digests > 0) {
        context.log(`internal-control-alerts tenant=${tenantId} digests=${run.digests} alerts=${run.alerts} pastDue=${timer.isPastDue}`);
      }
    }
  },
});
