// The domain package: one folder a module (contracts, rules, services, ports), and `shared`
// for what every module uses. Adding a module adds one line here.

export * from "./dialogue/index.js";
export * from "./directory/index.js";
export * from "./documents/index.js";
export * from "./followup/index.js";
export * from "./goals/index.js";
export * from "./internal-control/index.js";
export * from "./meetings/index.js";
export * from "./notifications/index.js";
export * from "./overview/index.js";
export * from "./reporting/index.js";
export * from "./shared/index.js";
