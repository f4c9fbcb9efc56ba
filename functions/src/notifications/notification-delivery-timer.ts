import { services } from "../platform/composition.js";
import { defineTimer } from "../platform/timers.js";

/**
 * Every five minutes, the notifications that are still pending (Graph throttled or down,
 * a person's per-minute limit reached, a deliverer that crashed) are tried again once
 * their wait is over. A claim with `If-Match` keeps two runs from delivering one twice.
 */
export default defineTimer({
  name: "notification-delivery",
  schedule: "0 */5 * * * *",
  async handler(_timer, context) {
    const s = services();
    for (const tenantId of await s.tenants.listTenantIds()) {
      const { delivered, pending, failed } = await s.notifier.deliverPending(tenantId);
      if (delivered + pending + failed > 0) {
        context.log(`notification-delivery tenant=${tenantId} delivered=${delivered} stillPending=${pending} failed=${failed}`);
      }
    }
  },
});
