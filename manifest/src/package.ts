// `npm run package`: fills the manifest from the environment, validates it, writes the zip.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildAppPackage, readSettings } from "./package-app.js";
import { validateAppPackage } from "./validate.js";

const settings = readSettings(process.env);
const pkg = await buildAppPackage(settings);
const errors = validateAppPackage(pkg.manifest, pkg.localization);
if (errors.length > 0) {
  console.error(`The manifest does not validate:\n${errors.join("\n")}`);
  process.exit(1);
}
const out = join(dirname(fileURLToPath(import.meta.url)), "..", "build", "kvalitetskedjan.zip");
await mkdir(dirname(out), { recursive: true });
await writeFile(out, pkg.zip);
console.log(`Wrote ${out} (${pkg.zip.length} bytes) for ${settings.TAB_HOST}`);
