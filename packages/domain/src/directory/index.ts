// The directory module's public surface.
export * from "./api.js";

export * from "./areas.js";
export * from "./directory-repository.js";
export * from "./directory-service.js";
export * from "./me-contracts.js";
export * from "./org-contracts.js";
export * from "./org-rules.js";
export * from "./people-contracts.js";
export * from "./role-contracts.js";
export * from "./role-rules.js";
export * from "./tenant-contracts.js";
