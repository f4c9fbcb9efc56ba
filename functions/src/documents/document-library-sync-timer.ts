import { services } from "../platform/composition.js";
import { defineTimer } from "../platform/timers.js";

/**
 * Every 15 minutes: finishes uploads nobody heard back from (recorded when the file is in
 * the library, dropped when it is not) and writes library columns a failure left stale,
 * so the register and SharePoint agree without anyone retrying.
 */
export default defineTimer({
  name: "document-library-sync",
  schedule: "0 */15 * * * *",
  async handler(_timer, context) {
    const s = services();
    for (const tenantId of await s.tenants.listTenantIds()) {
      const run = await s.librarySettings.settleLibrary(tenantId);
      if (run.concluded + run.dropped + run.columns + run.failed > 0) {
        context.log(
          `document-library-sync tenant=${tenantId} concluded=${run.concluded} dropped=${run.dropped} columns=${run.columns} failed=${run.failed}`,
        );
      }
    }
  },
});
