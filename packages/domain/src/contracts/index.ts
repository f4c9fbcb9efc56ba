export * from "./audit.js";
export * from "./common.js";
export * from "./health.js";
export * from "./me.js";
export * from "./org.js";
export * from "./people.js";
export * from "./roles.js";
export * from "./tenant.js";
