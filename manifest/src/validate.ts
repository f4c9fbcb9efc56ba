import { createRequire } from "node:module";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);

/** The newest GA manifest schema that @microsoft/app-manifest ships (not devPreview). */
export const schemaVersion = "v1.30";

function validator(file: string) {
  const schema = require(`@microsoft/app-manifest/build/json-schemas/teams/${schemaVersion}/${file}`) as object;
  // The localisation schema has patterns that are invalid in unicode mode (`\]` unescaped).
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Schema errors of a manifest and its localisation file; empty when both are valid. */
export function validateAppPackage(manifest: unknown, localization: unknown): string[] {
  const errors: string[] = [];
  const m = validator("MicrosoftTeams.schema.json");
  if (!m(manifest)) errors.push(...(m.errors ?? []).map((e) => `manifest${e.instancePath}: ${e.message}`));
  const l = validator("MicrosoftTeams.Localization.schema.json");
  if (!l(localization)) errors.push(...(l.errors ?? []).map((e) => `en-us.json${e.instancePath}: ${e.message}`));
  return errors;
}
