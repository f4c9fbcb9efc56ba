import { ManagedIdentityCredential } from "@azure/identity";
import { useAzureMonitor } from "@azure/monitor-opentelemetry";

/**
 * Sends the app's OpenTelemetry spans to Application Insights (the Azure Monitor
 * distribution) when the Function App names one, signed in with its managed identity.
 * Only our own request spans go (see telemetry.ts): the distribution's automatic
 * instrumentations are off, because they would record URLs (a calendar subscription's
 * address carries its secret) and Cosmos DB document ids (a person's object id).
 */
export function startAzureMonitor(env: Record<string, string | undefined>): boolean {
  const connectionString = env.APPLICATIONINSIGHTS_CONNECTION_STRING;
  if (!connectionString) return false;
  const off = { enabled: false };
  useAzureMonitor({
    azureMonitorExporterOptions: {
      connectionString,
      // Local authentication is off on the resource: ingestion with Entra ID.
      ...(env.APPLICATIONINSIGHTS_AUTHENTICATION_STRING
        ? { credential: new ManagedIdentityCredential(env.AZURE_CLIENT_ID ? { clientId: env.AZURE_CLIENT_ID } : {}) }
        : {}),
    },
    instrumentationOptions: {
      http: off,
      azureSdk: off,
      mongoDb: off,
      mySql: off,
      postgreSql: off,
      redis: off,
      redis4: off,
      bunyan: off,
      winston: off,
    },
    enableLiveMetrics: false,
  });
  return true;
}
