// The followup module's public surface.
export * from "./contracts.js";
export * from "./finance.js";
export * from "./followup-service.js";
export * from "./kolada.js";
export * from "./kolada-source.js";
