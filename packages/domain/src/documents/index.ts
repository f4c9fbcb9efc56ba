// The documents module's public surface.
export * from "./contracts.js";
export * from "./document-alert-service.js";
export * from "./document-library.js";
export * from "./document-library-sync.js";
export * from "./document-repository.js";
export * from "./document-rules.js";
export * from "./document-service.js";
export * from "./file-rules.js";
