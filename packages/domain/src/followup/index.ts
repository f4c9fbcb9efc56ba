// The followup module's public surface.
export * from "./api.js";
export * from "./contracts.js";
export * from "./finance.js";
export * from "./finance-service.js";
export * from "./followup-context.js";
export * from "./followup-repository.js";
export * from "./goal-detail-service.js";
export * from "./kolada.js";
export * from "./kolada-service.js";
export * from "./kolada-source.js";
export * from "./public-results-service.js";
export * from "./report-document-service.js";
