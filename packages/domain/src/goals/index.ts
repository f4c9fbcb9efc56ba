// The goals module's public surface.
export * from "./api.js";
export * from "./contracts.js";
export * from "./goal-mappers.js";
export * from "./goal-records.js";
export * from "./goal-repository.js";
export * from "./goal-rules.js";
export * from "./goal-service.js";
export * from "./goal-settings-service.js";
export * from "./indicator-service.js";
export * from "./period-names.js";
export * from "./plan-year-service.js";
export * from "./reporting-period-contracts.js";
