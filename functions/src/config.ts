import { z } from "zod";

const csv = z
  .string()
  .transform((s) =>
    s
      .split(",")
      .map((x) => x.trim())
      .filter((x) => x.length > 0),
  )
  .pipe(z.array(z.string().min(1)).min(1));

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Settings the functions app needs in every environment. Read once, at start. */
export const AppConfig = z.object({
  COSMOS_ENDPOINT: z.url(),
  COSMOS_KEY: z.string().min(1),
  COSMOS_DATABASE: z.string().min(1).default("kvalitetskedjan"),
  /** Accepted `aud` values: the API's client id and its Application ID URI. */
  AUTH_AUDIENCES: csv,
  AUTH_REQUIRED_SCOPE: z.string().min(1).default("access_as_user"),
  AUTH_JWKS_URI: z.url().default("https://login.microsoftonline.com/common/discovery/v2.0/keys"),
  RATE_LIMIT_USER_PER_MINUTE: positiveInt(300),
  RATE_LIMIT_TENANT_PER_MINUTE: positiveInt(6000),
  MAX_BODY_BYTES: positiveInt(64 * 1024),
  APP_VERSION: z.string().default("0.1.0"),
  /** Kolada's open API; only its host is fetched, and pages only from that host. */
  KOLADA_BASE_URL: z.url().default("https://api.kolada.se/v3"),
});
export type AppConfig = z.infer<typeof AppConfig>;

/** Parses `env` or throws one error naming every missing or malformed setting. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = AppConfig.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}
