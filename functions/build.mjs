// Bundles the functions app with esbuild: dist/main.cjs is what Azure runs (routes only);
// dist/local-main.cjs is `npm start` (local host, Cosmos stand-in, dev identity provider).
// dist/app is exactly what is deployed (azd's `api` service zips it): the bundle, host.json,
// a package.json naming it, without dependencies (the bundle holds them; the Functions host
// supplies @azure/functions-core), and the built tabs in www/.
import { existsSync } from "node:fs";
import { copyFile, cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { build } from "esbuild";

// The Node LTS the Function App runs (infra/modules/function-app.bicep, runtime.version).
const azureNodeVersion = "22";
// ES modules bundled to CommonJS lose `import.meta.url`; some (the Azure Monitor
// distribution) resolve files and the worker's modules from it, so it is the bundle's own URL.
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  logLevel: "warning",
  define: { "import.meta.url": "__bundleUrl" },
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
};
await build({ ...common, entryPoints: ["src/main.ts"], outfile: "dist/main.cjs", external: ["@azure/functions-core"] });
await build({ ...common, entryPoints: ["src/local-main.ts"], outfile: "dist/local-main.cjs", external: ["@azure/functions-core"] });

const own = JSON.parse(await readFile("package.json", "utf8"));
await rm("dist/app", { recursive: true, force: true });
await mkdir("dist/app");
await copyFile("dist/main.cjs", "dist/app/main.cjs");
await copyFile("dist/main.cjs.map", "dist/app/main.cjs.map");
await copyFile("host.json", "dist/app/host.json");
// The built tabs, which the same Function App serves at / (platform/tabs.ts).
if (existsSync("../apps/tabs/dist/index.html")) await cp("../apps/tabs/dist", "dist/app/www", { recursive: true });
else console.warn("apps/tabs/dist is missing: dist/app has no tabs (npm run build builds the tabs first).");
const deployed = {
  name: own.name,
  version: own.version,
  private: true,
  main: "main.cjs",
  engines: { node: `^${azureNodeVersion}` },
  dependencies: {},
};
await writeFile("dist/app/package.json", `${JSON.stringify(deployed, null, 2)}\n`);
