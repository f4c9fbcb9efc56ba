// The internal control module's public surface (issue 14).
export * from "./api.js";
export * from "./contracts.js";
export * from "./control-plan-service.js";
export * from "./control-report-service.js";
export * from "./control-rules.js";
export * from "./internal-control-access.js";
export * from "./internal-control-alert-service.js";
export * from "./internal-control-context.js";
export * from "./internal-control-report-service.js";
export * from "./internal-control-repository.js";
export * from "./internal-control-settings-service.js";
export * from "./my-internal-control-service.js";
export * from "./oversight-service.js";
export * from "./risk-rules.js";
export * from "./risk-service.js";
export * from "./rsa-contracts.js";
export * from "./rsa-service.js";
