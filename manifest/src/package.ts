// `npm run package [-- --outputs <azd env values>]`: fills the manifest from the environment
// (or one environment's provisioning outputs), validates it, writes the zip.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildAppPackage, packageFileName, readSettings, settingsFromOutputs } from "./package-app.js";
import { validateAppPackage } from "./validate.js";

// `--outputs <file>`: the provisioning outputs of one environment (azd env get-values).
const { values } = parseArgs({ options: { outputs: { type: "string" } } });
const settings = readSettings(values.outputs ? settingsFromOutputs(await readFile(values.outputs, "utf8"), process.env) : process.env);
const pkg = await buildAppPackage(settings);
const errors = validateAppPackage(pkg.manifest, pkg.localization);
if (errors.length > 0) {
  console.error(`The manifest does not validate:\n${errors.join("\n")}`);
  process.exit(1);
}
const out = join(dirname(fileURLToPath(import.meta.url)), "..", "build", packageFileName(settings));
await mkdir(dirname(out), { recursive: true });
await writeFile(out, pkg.zip);
console.log(`Wrote ${out} (${pkg.zip.length} bytes) for ${settings.TAB_HOST}`);
