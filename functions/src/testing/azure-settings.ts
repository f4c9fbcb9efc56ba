/** The settings of a deployment in Azure with nothing of a laptop's in it (production mode's tests start from it). */
export const azureSettings = {
  APP_ENVIRONMENT: "production",
  COSMOS_ENDPOINT: "https://kvk-test.documents.azure.com:443/",
  AUTH_AUDIENCES: "11111111-1111-4111-8111-111111111111",
  NOTIFY_CHANNEL: "graph",
  DOCUMENT_LIBRARY: "graph",
  GRAPH_CLIENT_ID: "11111111-1111-4111-8111-111111111111",
  GRAPH_CREDENTIAL: "managedIdentity",
  TEAMS_APP_ID: "22222222-2222-4222-8222-222222222222",
} as const;
