// The notifications module's public surface.
export * from "./api.js";
export * from "./contracts.js";
export * from "./delivery.js";
export * from "./notification-service.js";
export * from "./notifier.js";
