import { CosmosClient, type CosmosClientOptions, type PluginConfig } from "@azure/cosmos";
import {
  ClientAssertionCredential,
  ClientCertificateCredential,
  ClientSecretCredential,
  DefaultAzureCredential,
  ManagedIdentityCredential,
  type TokenCredential,
} from "@azure/identity";
import {
  type Clock,
  type DirectoryRepository,
  type DocumentLibrary,
  type NotificationChannel,
  readMailSender,
} from "@kvalitetskedjan/domain";
import type { Client } from "@microsoft/microsoft-graph-client";
import { createGraphDocumentLibrary } from "../documents/graph-document-library.js";
import { createLocalDocumentLibrary } from "../documents/local-document-library.js";
import { createGraphNotificationChannel } from "../notifications/graph-notification-channel.js";
import { createLogChannel } from "../notifications/log-channel.js";
import type { AppConfig } from "./config.js";
import { createGraphClients } from "./graph-client.js";
import { cosmosUsagePlugin } from "./telemetry.js";

// The clients and adapters configuration chooses, for the composition root (and `npm run onboard`'s Cosmos client).

/**
 * A Cosmos DB client for an account: with its key where one is given (locally), else with
 * Entra ID — the managed identity in Azure (`AZURE_CLIENT_ID`), an operator's `az login`
 * elsewhere; the account's keys are disabled in Azure. Each request's round trips and charge
 * go to its telemetry (the SDK's request hook).
 */
export function cosmosClientFor(settings: Pick<AppConfig, "COSMOS_ENDPOINT" | "COSMOS_KEY" | "AZURE_CLIENT_ID">): CosmosClient {
  const options: CosmosClientOptions & { plugins?: PluginConfig[] } = {
    endpoint: settings.COSMOS_ENDPOINT,
    ...(settings.COSMOS_KEY
      ? { key: settings.COSMOS_KEY }
      : {
          aadCredentials: new DefaultAzureCredential(settings.AZURE_CLIENT_ID ? { managedIdentityClientId: settings.AZURE_CLIENT_ID } : {}),
        }),
    connectionPolicy: { retryOptions: { maxRetryAttemptCount: 9, fixedRetryIntervalInMilliseconds: 0, maxWaitTimeInSeconds: 20 } },
    plugins: [cosmosUsagePlugin],
  };
  return new CosmosClient(options);
}

/**
 * The app registration's credential in one municipality's tenant. With `managedIdentity` the
 * Function App's identity is the registration's federated credential: its token for
 * `api://AzureADTokenExchange` is the client assertion, so no secret exists anywhere.
 */
function graphCredential(config: AppConfig, clientId: string): ((tenantId: string) => TokenCredential) | null {
  const { GRAPH_CLIENT_SECRET: secret, GRAPH_CLIENT_CERTIFICATE: certificate } = config;
  switch (config.GRAPH_CREDENTIAL) {
    case "secret":
      return secret ? (tenantId) => new ClientSecretCredential(tenantId, clientId, secret) : null;
    case "certificate":
      return certificate ? (tenantId) => new ClientCertificateCredential(tenantId, clientId, { certificate }) : null;
    case "managedIdentity": {
      const identity = new ManagedIdentityCredential(config.AZURE_CLIENT_ID ? { clientId: config.AZURE_CLIENT_ID } : {});
      const assertion = async () => (await identity.getToken("api://AzureADTokenExchange/.default")).token;
      return (tenantId) => new ClientAssertionCredential(tenantId, clientId, assertion);
    }
  }
}

/** One Graph client per municipality, shared by delivery and the document library; null without credentials. */
export function graphFromConfig(config: AppConfig): ((tenantId: string) => Client) | null {
  const credentialFor = config.GRAPH_CLIENT_ID ? graphCredential(config, config.GRAPH_CLIENT_ID) : null;
  return credentialFor ? createGraphClients({ baseUrl: config.GRAPH_BASE_URL, credentialFor }) : null;
}

/** The configured delivery: Microsoft Graph (activity feed, else mail), or one console line a notification. */
export function channelFromConfig(
  config: AppConfig,
  graph: ((tenantId: string) => Client) | null,
  directory: DirectoryRepository,
): NotificationChannel {
  if (config.NOTIFY_CHANNEL !== "graph" || !graph || !config.TEAMS_APP_ID) return createLogChannel((line) => console.info(line));
  return createGraphNotificationChannel({
    graph,
    teamsAppId: config.TEAMS_APP_ID,
    mailSender: (tenantId) => readMailSender(directory, tenantId),
  });
}

/** The configured document library: SharePoint through Graph, or the local folder. */
export function libraryFromConfig(config: AppConfig, graph: ((tenantId: string) => Client) | null, clock: Clock): DocumentLibrary {
  if (config.DOCUMENT_LIBRARY !== "graph" || !graph) return createLocalDocumentLibrary(config.LOCAL_LIBRARY_DIR, clock);
  return createGraphDocumentLibrary({ graph });
}
