// The overview module's public surface.
export * from "./api.js";
export * from "./contracts.js";
export * from "./overview-rules.js";
export * from "./overview-service.js";
