// What every module uses: errors, the principal, storage metadata, clock and ids, audit, common contracts.
export * from "./api.js";
export * from "./api-route.js";
export * from "./audit-contracts.js";
export * from "./audit-service.js";
export * from "./common-contracts.js";
export * from "./dates.js";
export * from "./errors.js";
export * from "./health-contracts.js";
export * from "./params.js";
export * from "./principal.js";
export * from "./records.js";
export * from "./roles.js";
export * from "./store.js";
