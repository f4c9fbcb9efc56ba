import { Health, healthGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "./routes.js";

export default defineRoute({
  ...healthGetRoute,
  summary: "Liveness and database reachability. No sign-in, no personal data.",
  tag: "Platform",
  auth: "anonymous",
  response: Health,
  async handle(_caller, { services }) {
    const ok = await services.ping();
    return {
      status: ok ? 200 : 503,
      body: { status: ok ? "ok" : "degraded", version: services.config.APP_VERSION, time: services.clock.now().toISOString() },
    };
  },
});
