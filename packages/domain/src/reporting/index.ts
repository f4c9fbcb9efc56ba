// The reporting module's public surface.
export * from "./contracts.js";
export * from "./reporting-rules.js";
export * from "./reporting-service.js";
export * from "./rollup.js";
