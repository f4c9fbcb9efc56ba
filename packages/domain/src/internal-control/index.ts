// The internal control module's public surface (issue 14).
export * from "./api.js";
export * from "./contracts.js";
export * from "./control-rules.js";
export * from "./internal-control-repository.js";
export * from "./internal-control-settings-service.js";
export * from "./risk-rules.js";
