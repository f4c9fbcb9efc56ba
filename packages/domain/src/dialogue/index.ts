// The dialogue planning module's public surface (issue 15).
export * from "./activity-rules.js";
export * from "./activity-service.js";
export * from "./api.js";
export * from "./contracts.js";
export * from "./dialogue-access.js";
export * from "./dialogue-context.js";
export * from "./dialogue-plan-service.js";
export * from "./dialogue-repository.js";
export * from "./dialogue-results-service.js";
export * from "./dialogue-settings-service.js";
export * from "./feedback-service.js";
export * from "./public-dialogue-service.js";
export * from "./result-rules.js";
export * from "./summary-service.js";
export * from "./suppression.js";
export * from "./target-group-rules.js";
export * from "./trace-service.js";
