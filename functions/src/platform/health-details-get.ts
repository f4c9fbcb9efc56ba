import { HealthDetails, healthDetailsGetRoute, requireRole } from "@kvalitetskedjan/domain";
import { configurationChecks } from "./config.js";
import { laptopPartsCheck } from "./production-mode.js";
import { defineRoute } from "./routes.js";

export default defineRoute({
  ...healthDetailsGetRoute,
  summary:
    "Health with the checks of this deployment's set-up (the Graph app registration against the manifest's; laptop-only parts production was allowed to run with), for municipality administrators.",
  tag: "Platform",
  auth: "user",
  response: HealthDetails,
  async handle({ principal, tenant }, { services }) {
    requireRole(principal, ["administrator"], [tenant.rootOrgUnitId], "health.details");
    const database = await services.ping();
    const checks = [
      { name: "database", ok: database, message: database ? "Cosmos DB answers." : "Cosmos DB does not answer." },
      ...configurationChecks(services.config),
      laptopPartsCheck(services.config, services.hostParts),
    ];
    return {
      body: {
        status: checks.every((c) => c.ok) ? "ok" : "degraded",
        version: services.config.APP_VERSION,
        time: services.clock.now().toISOString(),
        checks,
      },
    };
  },
});
