import { DomainError } from "@kvalitetskedjan/domain";
import type { AppConfig, LaptopPart } from "./config.js";

/** What only the host knows: whether it brought its own stand-ins (the local host does). */
export interface HostParts {
  /** The in-process Cosmos DB stand-in. */
  readonly cosmosStandIn?: boolean;
  /** The development identity provider's signing keys. */
  readonly devIdentity?: boolean;
  /** The `/dev/*` routes (demo sign-in, test clock). */
  readonly devRoutes?: boolean;
}

export interface LaptopPartInUse {
  readonly part: LaptopPart;
  /** The setting that chose it, or `host` when the host itself brings it. */
  readonly setting: string;
  readonly message: string;
}

const loopback = (url: string): boolean => {
  try {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
    return host === "localhost" || host === "::1" || host.startsWith("127.");
  } catch {
    return false;
  }
};

/** Every laptop-only part this configuration and host use, with the setting to change. */
export function laptopPartsInUse(config: AppConfig, host: HostParts = {}): LaptopPartInUse[] {
  const found: LaptopPartInUse[] = [];
  if (host.cosmosStandIn || loopback(config.COSMOS_ENDPOINT)) {
    found.push({
      part: "cosmosStandIn",
      setting: host.cosmosStandIn ? "host" : "COSMOS_ENDPOINT",
      message: "The Cosmos DB stand-in keeps data on this machine only. Set COSMOS_ENDPOINT to the Cosmos DB account.",
    });
  }
  if (host.devIdentity || new URL(config.AUTH_JWKS_URI).hostname !== "login.microsoftonline.com") {
    found.push({
      part: "devIdentity",
      setting: host.devIdentity ? "host" : "AUTH_JWKS_URI",
      message: "Sign-in tokens are not checked against Microsoft Entra ID. Use Entra ID's keys (AUTH_JWKS_URI).",
    });
  }
  if (host.devRoutes) {
    found.push({
      part: "devRoutes",
      setting: "host",
      message: "The /dev/* routes let anyone sign in as any demo user. Run the Functions app (dist/main.cjs), not the local host.",
    });
  }
  if (config.NOTIFY_CHANNEL === "outbox") {
    found.push({
      part: "consoleNotifier",
      setting: "NOTIFY_CHANNEL",
      message: "Notifications would only be written to the log. Set NOTIFY_CHANNEL=graph.",
    });
  }
  if (config.DOCUMENT_LIBRARY === "local") {
    found.push({
      part: "localLibrary",
      setting: "DOCUMENT_LIBRARY",
      message: "Governing documents would be filed on the server's disk, which Azure may wipe. Set DOCUMENT_LIBRARY=graph.",
    });
  }
  return found;
}

/** The laptop-only parts production refuses: those in use and not named in `ALLOW_IN_PRODUCTION`. */
export function productionRefusals(config: AppConfig, host: HostParts = {}): LaptopPartInUse[] {
  if (config.APP_ENVIRONMENT !== "production") return [];
  return laptopPartsInUse(config, host).filter((x) => !config.ALLOW_IN_PRODUCTION.includes(x.part));
}

/** The error every route answers with while production refuses to run: 503, naming each part and its setting. */
export function refusalError(refusals: readonly LaptopPartInUse[]): DomainError {
  return new DomainError(
    "service_unavailable",
    `Production mode refuses parts meant only for a laptop: ${refusals.map((r) => r.part).join(", ")}. ${refusals.map((r) => r.message).join(" ")} To run with one anyway, name it in ALLOW_IN_PRODUCTION.`,
    { details: refusals.map((r) => ({ path: `config.${r.setting}`, reason: r.part })) },
  );
}

/** The laptop-only parts production runs with because `ALLOW_IN_PRODUCTION` names them. */
export function allowedParts(config: AppConfig, host: HostParts = {}): LaptopPartInUse[] {
  if (config.APP_ENVIRONMENT !== "production") return [];
  return laptopPartsInUse(config, host).filter((x) => config.ALLOW_IN_PRODUCTION.includes(x.part));
}

/** One warning line a part production was allowed to run with, at start (visible in the log stream). */
export function warnAllowedParts(config: AppConfig, host: HostParts = {}, warn: (line: string) => void = console.warn): void {
  for (const x of allowedParts(config, host)) warn(`[config] production runs with ${x.part} (ALLOW_IN_PRODUCTION): ${x.message}`);
}

/** The health details' check: production without laptop-only parts, or which ones were allowed. */
export function laptopPartsCheck(config: AppConfig, host: HostParts = {}): { name: string; ok: boolean; message: string } {
  if (config.APP_ENVIRONMENT !== "production") {
    return { name: "productionMode", ok: true, message: "Development mode: laptop-only parts are allowed." };
  }
  const allowed = allowedParts(config, host);
  return allowed.length === 0
    ? { name: "productionMode", ok: true, message: "Production mode with no laptop-only part." }
    : {
        name: "productionMode",
        ok: false,
        message: `Production runs with laptop-only parts allowed by ALLOW_IN_PRODUCTION: ${allowed.map((x) => x.part).join(", ")}.`,
      };
}
