import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { z } from "zod";
import { colorIcon, outlineIcon } from "./icons.js";

const templateDir = join(dirname(fileURLToPath(import.meta.url)), "..", "template");

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "a GUID");
const tunnelHosts = /(ngrok|devtunnels\.ms|loca\.lt|trycloudflare\.com|localhost|127\.0\.0\.1)/i;

/** What the package needs from the environment. Read once, validated, every problem named. */
export const PackageSettings = z
  .object({
    TEAMS_APP_ID: guid,
    ENTRA_CLIENT_ID: guid,
    TAB_HOST: z
      .string()
      .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, "a host name such as kvalitet.example.se, without scheme or path")
      .refine((h) => !tunnelHosts.test(h), "not a tunnel or local host"),
    APP_ID_URI: z.string().min(1).optional(),
    /** The azd environment (`AZURE_ENV_NAME`): any but prod/production labels the package as a trial (name, icon, file). */
    ENVIRONMENT_NAME: z
      .string()
      .regex(/^[a-z0-9-]{1,12}$/i, "letters, digits and dashes, at most 12")
      .optional(),
    PUBLISHER_NAME: z.string().min(1).max(32).default("Kvalitetskedjan"),
    VERSION: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/)
      .default("0.1.0"),
  })
  .transform((s) => ({ ...s, APP_ID_URI: s.APP_ID_URI ?? `api://${s.TAB_HOST}/${s.ENTRA_CLIENT_ID}` }))
  .refine((s) => s.APP_ID_URI === `api://${s.TAB_HOST}/${s.ENTRA_CLIENT_ID}`, {
    message: "APP_ID_URI must be api://<TAB_HOST>/<ENTRA_CLIENT_ID> for Teams SSO",
    path: ["APP_ID_URI"],
  });
export type PackageSettings = z.infer<typeof PackageSettings>;

/** Whether a package is for a trial environment (dev, test…): everything but prod/production, when named. */
export const isTrial = (s: PackageSettings): boolean => s.ENVIRONMENT_NAME !== undefined && !/^prod(uction)?$/i.test(s.ENVIRONMENT_NAME);

/** The zip's file name: the environment's in it when one is named. */
export const packageFileName = (s: PackageSettings): string =>
  s.ENVIRONMENT_NAME ? `kvalitetskedjan-${s.ENVIRONMENT_NAME.toLowerCase()}.zip` : "kvalitetskedjan.zip";

/**
 * The settings from the provisioning outputs (`azd env get-values`: KEY="value" lines), named
 * as the package reads them; the environment's own variables fill what the file leaves out.
 */
export function settingsFromOutputs(text: string, env: Record<string, string | undefined>): Record<string, string | undefined> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m?.[1]) continue;
    values[m[1]] = (m[2] ?? "").replace(/^"(.*)"$/, "$1");
  }
  const pick = (key: string) => values[key] ?? env[key];
  return {
    ...env,
    TEAMS_APP_ID: pick("TEAMS_APP_ID"),
    ENTRA_CLIENT_ID: values.API_CLIENT_ID ?? env.ENTRA_CLIENT_ID,
    TAB_HOST: pick("TAB_HOST"),
    APP_ID_URI: pick("APP_ID_URI"),
    ENVIRONMENT_NAME: values.AZURE_ENV_NAME ?? env.ENVIRONMENT_NAME,
  };
}

export function readSettings(env: Record<string, string | undefined>): PackageSettings {
  const parsed = PackageSettings.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Cannot package the Teams app: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  return parsed.data;
}

const fill = (template: string, settings: PackageSettings) =>
  template.replace(/\{\{([A-Z_]+)\}\}/g, (_, key: string) => {
    const value = (settings as Record<string, string>)[key];
    if (value === undefined) throw new Error(`The manifest template names an unknown setting ${key}`);
    return value;
  });

export interface AppPackage {
  readonly manifest: Record<string, unknown>;
  readonly localization: Record<string, unknown>;
  readonly zip: Buffer;
}

/** Fills the template and zips manifest, localisation and icons. */
export async function buildAppPackage(settings: PackageSettings): Promise<AppPackage> {
  const manifest = JSON.parse(fill(await readFile(join(templateDir, "manifest.json"), "utf8"), settings)) as Record<string, unknown>;
  const localization = JSON.parse(await readFile(join(templateDir, "en-us.json"), "utf8")) as Record<string, unknown>;
  if (isTrial(settings)) {
    // A trial package says so wherever Teams shows the app's name, so nobody takes it for production.
    const label = ` (${settings.ENVIRONMENT_NAME})`;
    const name = manifest.name as { short: string; full: string };
    manifest.name = { short: `${name.short}${label}`, full: `${name.full}${label}` };
    localization["name.short"] = `${String(localization["name.short"])}${label}`;
    localization["name.full"] = `${String(localization["name.full"])}${label}`;
  }
  const zip = new JSZip();
  zip.file("manifest.json", JSON.stringify(manifest, null, 2));
  zip.file("en-us.json", JSON.stringify(localization, null, 2));
  zip.file("color.png", colorIcon(isTrial(settings)));
  zip.file("outline.png", outlineIcon());
  return { manifest, localization, zip: await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }) };
}
