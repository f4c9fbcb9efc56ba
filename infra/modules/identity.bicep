// The Function App's user-assigned managed identity: it reads and writes Cosmos DB, storage
// and Key Vault, publishes telemetry, and is the federated credential of the app
// registration that calls Microsoft Graph (no client secret anywhere).
param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
