// Bundles the functions app with esbuild: dist/main.cjs is what Azure runs (routes only);
// dist/local-main.cjs is `npm start` (local host, Cosmos stand-in, dev identity provider).
import { build } from "esbuild";

const common = { bundle: true, platform: "node", target: "node20", format: "cjs", sourcemap: true, logLevel: "warning" };
await build({ ...common, entryPoints: ["src/main.ts"], outfile: "dist/main.cjs", external: ["@azure/functions-core"] });
await build({ ...common, entryPoints: ["src/local-main.ts"], outfile: "dist/local-main.cjs", external: ["@azure/functions-core"] });
