// The reporting module's public surface.
export * from "./api.js";
export * from "./calendar-service.js";
export * from "./contracts.js";
export * from "./goal-tree-service.js";
export * from "./my-reports-service.js";
export * from "./period-status-service.js";
export * from "./report-records.js";
export * from "./report-repository.js";
export * from "./report-service.js";
export * from "./reporting-context.js";
export * from "./reporting-rules.js";
export * from "./rollup.js";
export * from "./rollup-service.js";
