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

/** The parts of the product only a laptop should run; production refuses each unless `ALLOW_IN_PRODUCTION` names it. */
export const laptopParts = ["cosmosStandIn", "devIdentity", "devRoutes", "consoleNotifier", "localLibrary"] as const;
export type LaptopPart = (typeof laptopParts)[number];

const optionalCsv = z
  .string()
  .default("")
  .transform((s) =>
    s
      .split(",")
      .map((x) => x.trim())
      .filter((x) => x.length > 0),
  );

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Settings the functions app needs in every environment. Read once, at start. */
export const AppConfig = z
  .object({
    /**
     * `production` refuses the laptop-only parts (see `laptopParts`); the default is
     * `production` wherever Azure App Service or Functions runs the app (it sets
     * `WEBSITE_INSTANCE_ID`), else `development`.
     */
    APP_ENVIRONMENT: z.enum(["development", "production"]),
    /** Laptop-only parts production may use anyway, comma-separated (a demo environment); shown in the health details. */
    ALLOW_IN_PRODUCTION: optionalCsv.pipe(z.array(z.enum(laptopParts))),
    COSMOS_ENDPOINT: z.url(),
    /** The account key, locally only; without it the app signs in to Cosmos DB with its managed identity (Entra ID). */
    COSMOS_KEY: z.string().min(1).optional(),
    /** The user-assigned managed identity's client id, for Cosmos DB and Graph's federated credential in Azure. */
    AZURE_CLIENT_ID: z.uuid().optional(),
    COSMOS_DATABASE: z.string().min(1).default("kvalitetskedjan"),
    /** Accepted `aud` values: the API's client id and its Application ID URI. */
    AUTH_AUDIENCES: csv,
    AUTH_REQUIRED_SCOPE: z.string().min(1).default("access_as_user"),
    AUTH_JWKS_URI: z.url().default("https://login.microsoftonline.com/common/discovery/v2.0/keys"),
    RATE_LIMIT_USER_PER_MINUTE: positiveInt(300),
    RATE_LIMIT_TENANT_PER_MINUTE: positiveInt(6000),
    /** Requests one client address may make in a minute to the routes without sign-in (open data); apart from the staff quota. */
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: positiveInt(120),
    /** Requests one calendar subscription's address may get in a minute, from wherever they come (calendars poll hourly). */
    RATE_LIMIT_CALENDAR_FEED_PER_MINUTE: positiveInt(10),
    MAX_BODY_BYTES: positiveInt(64 * 1024),
    APP_VERSION: z.string().default("0.1.0"),
    /** The API's public address (`https://kk.example.se`), when the platform's own differs (a custom domain); else the request's. */
    API_PUBLIC_URL: z.url().optional(),
    /** Kolada's open API; only its host is fetched, and pages only from that host. */
    KOLADA_BASE_URL: z.url().default("https://api.kolada.se/v3"),
    /** `outbox` records and logs notifications (the default); `graph` delivers them through Microsoft Graph. */
    NOTIFY_CHANNEL: z.enum(["outbox", "graph"]).default("outbox"),
    GRAPH_BASE_URL: z.url().default("https://graph.microsoft.com/v1.0"),
    /** The app registration's client id, for app-only Graph tokens in each municipality's tenant. */
    GRAPH_CLIENT_ID: z.uuid().optional(),
    /**
     * How the app proves it is the app registration: `managedIdentity` (the Function App's
     * identity is the registration's federated credential; no secret), `certificate` (PEM in
     * `GRAPH_CLIENT_CERTIFICATE`, a Key Vault reference) or `secret` (`GRAPH_CLIENT_SECRET`).
     */
    GRAPH_CREDENTIAL: z.enum(["managedIdentity", "certificate", "secret"]).default("secret"),
    GRAPH_CLIENT_SECRET: z.string().min(1).optional(),
    GRAPH_CLIENT_CERTIFICATE: z.string().optional(),
    /** The Teams app's id (the manifest's `id`): found among a person's installed apps, and in deep links. */
    TEAMS_APP_ID: z.uuid().optional(),
    /** `local` files governing documents in a folder (the default); `graph` in the SharePoint library each municipality chooses. */
    DOCUMENT_LIBRARY: z.enum(["local", "graph"]).default("local"),
    /** The local library's folder. */
    LOCAL_LIBRARY_DIR: z.string().min(1).default(".data/library"),
  })
  .superRefine((c, ctx) => {
    const credential = { secret: "GRAPH_CLIENT_SECRET", certificate: "GRAPH_CLIENT_CERTIFICATE", managedIdentity: null }[
      c.GRAPH_CREDENTIAL
    ];
    const graphNeeds = ["GRAPH_CLIENT_ID", ...(credential ? [credential] : [])] as const;
    const require = (keys: readonly string[], why: string) => {
      for (const key of keys) {
        if (!c[key as keyof typeof c]) ctx.addIssue({ code: "custom", path: [key], message: `required when ${why}` });
      }
    };
    if (c.NOTIFY_CHANNEL === "graph") require([...graphNeeds, "TEAMS_APP_ID"], "NOTIFY_CHANNEL is graph");
    if (c.DOCUMENT_LIBRARY === "graph") require(graphNeeds, "DOCUMENT_LIBRARY is graph");
  });
export type AppConfig = z.infer<typeof AppConfig>;

/** Parses `env` or throws one error naming every missing or malformed setting. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const inAzure = Boolean(env.WEBSITE_INSTANCE_ID);
  const parsed = AppConfig.safeParse({ ...env, APP_ENVIRONMENT: env.APP_ENVIRONMENT || (inAzure ? "production" : "development") });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}

/** The delegated scope a client asks Entra ID for: the API's Application ID URI and the required scope. */
export function delegatedScope(config: Pick<AppConfig, "AUTH_AUDIENCES" | "AUTH_REQUIRED_SCOPE">): string {
  const appIdUri = config.AUTH_AUDIENCES.find((a) => a.startsWith("api://")) ?? `api://${config.AUTH_AUDIENCES[0] ?? "kvalitetskedjan"}`;
  return `${appIdUri.replace(/\/$/, "")}/${config.AUTH_REQUIRED_SCOPE}`;
}

/**
 * What can be checked of the configuration without calling anything: Graph sends activity
 * notifications only for the app registration named in the Teams manifest's
 * `webApplicationInfo.id`, which is the API's client id, one of `AUTH_AUDIENCES`.
 */
export function configurationChecks(config: AppConfig): { name: string; ok: boolean; message: string }[] {
  const checks: { name: string; ok: boolean; message: string }[] = [];
  if (config.NOTIFY_CHANNEL === "graph") {
    const id = config.GRAPH_CLIENT_ID ?? "";
    const named = config.AUTH_AUDIENCES.some((a) => a === id || a.endsWith(`/${id}`));
    checks.push({
      name: "graphClientMatchesManifest",
      ok: named,
      message: named
        ? "GRAPH_CLIENT_ID is the app registration the manifest's webApplicationInfo.id names."
        : `GRAPH_CLIENT_ID (${id}) is not among AUTH_AUDIENCES: Graph refuses activity notifications from any app registration but the one in the manifest's webApplicationInfo.id; only mail would arrive.`,
    });
  }
  return checks;
}
