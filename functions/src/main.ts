// Entry point of the Azure Functions app: the API's routes and timers, the tabs (from `www`
// beside this bundle), and telemetry to Application Insights. The local identity provider
// and the local host are not part of this bundle; production mode
// (platform/production-mode.ts) refuses laptop-only settings on the first request.
import { join } from "node:path";
import "./modules.js";
import { startAzureMonitor } from "./platform/azure-monitor.js";
import { registerTabs } from "./platform/tabs.js";

registerTabs(join(__dirname, "www"));
// Our spans take the global tracer through a proxy, so starting the exporter after the
// modules load still sends every request's span.
startAzureMonitor(process.env);
