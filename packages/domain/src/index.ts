export * from "./contracts/index.js";
export * from "./errors.js";
export * from "./ports/directory-repository.js";
export * from "./principal.js";
export * from "./rules/org-rules.js";
export * from "./rules/role-rules.js";
export * from "./services/directory-service.js";
