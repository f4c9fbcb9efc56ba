import * as namespace from "@azure/functions";

type Module = typeof namespace;

/**
 * `@azure/functions` is CommonJS. Bundled to CJS its exports are the namespace; loaded
 * from ESM (vitest, tsx) Node may only expose them under `default`. One place resolves both.
 */
const loaded = namespace as Module & { default?: Module };
const azure: Module = loaded.default?.app ? loaded.default : loaded;

export const { app, HttpRequest, InvocationContext } = azure;
