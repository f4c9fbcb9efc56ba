// Writes the tabs' staticwebapp.config.json into the built tabs (the last step of `npm run build`).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { staticWebAppConfig } from "./platform/http/static-web-app-config.js";

const target = join(process.argv[2] ?? "apps/tabs/dist", "staticwebapp.config.json");
writeFileSync(target, `${JSON.stringify(staticWebAppConfig(), null, 2)}\n`);
console.log(`Wrote ${target}`);
