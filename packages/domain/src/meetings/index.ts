// The meetings module's public surface (issue 16).
export * from "./annual-cycle-rules.js";
export * from "./annual-cycle-service.js";
export * from "./api.js";
export * from "./calendar-feed-service.js";
export * from "./contracts.js";
export * from "./decision-effects.js";
export * from "./decision-service.js";
export * from "./due-source.js";
export * from "./meeting-access.js";
export * from "./meeting-context.js";
export * from "./meeting-filing-service.js";
export * from "./meeting-repository.js";
export * from "./meeting-rules.js";
export * from "./meeting-service.js";
export * from "./meeting-services.js";
export * from "./meeting-session-service.js";
