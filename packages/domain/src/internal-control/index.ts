// The internal control module's public surface (issue 14): so far its contracts and rules.
export * from "./contracts.js";
export * from "./control-rules.js";
export * from "./internal-control-repository.js";
export * from "./risk-rules.js";
