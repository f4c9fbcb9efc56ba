import { services } from "../platform/composition.js";
import { defineTimer } from "../platform/timers.js";

/**
 * Every hour; the first run at or after 06:00 in Stockholm (whatever the season) sends the
 * day's revision alerts, and later runs, late runs (`isPastDue`) and repeated runs find them
 * in the ledger and send nothing twice. NCRONTAB is UTC, hence hourly rather than 06:00.
 */
export default defineTimer({
  name: "document-alerts",
  schedule: "0 5 * * * *",
  async handler(timer, context) {
    const s = services();
    for (const tenantId of await s.tenants.listTenantIds()) {
      const run = await s.documentAlerts.sendDueAlerts(tenantId);
      if (run.digests + run.escalations > 0) {
        context.log(
          `document-alerts tenant=${tenantId} digests=${run.digests} alerts=${run.alerts} escalations=${run.escalations} pastDue=${timer.isPastDue}`,
        );
      }
    }
  },
});
