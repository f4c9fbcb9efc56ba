// The documents module's public surface.
export * from "./api.js";
export * from "./contracts.js";
export * from "./document-alert-service.js";
export * from "./document-context.js";
export * from "./document-file-service.js";
export * from "./document-library.js";
export * from "./document-library-sync.js";
export * from "./document-repository.js";
export * from "./document-rules.js";
export * from "./document-service.js";
export * from "./document-type-service.js";
export * from "./file-rules.js";
export * from "./library-contracts.js";
export * from "./library-settings-service.js";
export * from "./records-service.js";
export * from "./register-service.js";
