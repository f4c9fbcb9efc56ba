// Entry point of the Azure Functions app: the routes and timers, and telemetry to Application
// Insights. The local identity provider and the local host are not part of this bundle;
// production mode (platform/production-mode.ts) refuses laptop-only settings on the first request.
import "./modules.js";
import { startAzureMonitor } from "./platform/azure-monitor.js";

// Our spans take the global tracer through a proxy, so starting the exporter after the
// modules load still sends every request's span.
startAzureMonitor(process.env);
