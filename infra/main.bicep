// Kvalitetskedjan in one Azure subscription: one resource group per environment (dev, test,
// prod), provisioned by `azd up` (see azure.yaml and README.md). Nothing here holds a secret:
// the Function App reaches storage, Cosmos DB, Key Vault and Application Insights with its
// managed identity, and Microsoft Graph through the app registration's federated credential.
targetScope = 'subscription'

@minLength(1)
@maxLength(24)
@description('The azd environment name (dev, test, prod or a municipality-specific one); names every resource.')
param environmentName string

@description('Azure region of every resource. Sweden Central keeps the data in Sweden.')
param location string = 'swedencentral'

@description('The Entra app registration of the API and the tabs (multi-tenant), from infra/scripts/register-app.sh.')
param apiClientId string

@description('The Teams app id (the manifest id).')
param teamsAppId string

@description('How notifications are delivered: graph (Teams activity feed, else mail) or outbox (recorded only; refused in production unless allowed).')
@allowed([
  'graph'
  'outbox'
])
param notifyChannel string = 'graph'

@description('Where governing documents are filed: graph (each municipality\'s SharePoint library) or local (refused in production unless allowed).')
@allowed([
  'graph'
  'local'
])
param documentLibrary string = 'graph'

@description('How the app authenticates to Graph in the municipalities\' tenants: managedIdentity (federated credential, no secret) or certificate (from Key Vault).')
@allowed([
  'managedIdentity'
  'certificate'
])
param graphCredential string = 'managedIdentity'

@description('Laptop-only parts production may use anyway, comma-separated; empty in a real deployment. See infra/README.md.')
param allowInProduction string = ''

@description('The object id of the person running azd, granted data access for onboarding (npm run onboard); empty to grant none.')
param principalId string = ''

@description('Maximum Function App instances (Flex Consumption).')
param maximumInstanceCount int = 40

@description('Instances kept warm for HTTP: 1 in production spares the first tab of the morning a cold start (about 25 USD a month).')
param alwaysReadyHttp int = environmentName == 'prod' ? 1 : 0

var tags = {
  'azd-env-name': environmentName
  application: 'kvalitetskedjan'
}
var token = toLower(uniqueString(subscription().id, environmentName, location))
// The Function App serves the tabs and the API on one host (its default host name, or a
// custom domain the municipality adds later; see README.md).
var functionAppName = 'func-kvk-${token}'
var tabHost = '${functionAppName}.azurewebsites.net'

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-kvalitetskedjan-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: group
  params: {
    name: 'id-kvk-${environmentName}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: group
  params: {
    workspaceName: 'log-kvk-${environmentName}'
    insightsName: 'appi-kvk-${environmentName}'
    location: location
    tags: tags
    publisherPrincipalId: identity.outputs.principalId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: group
  params: {
    name: 'stkvk${token}'
    location: location
    tags: tags
    deploymentContainerName: 'app-package'
    dataPrincipalId: identity.outputs.principalId
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  scope: group
  params: {
    accountName: 'cosmos-kvk-${token}'
    location: location
    tags: tags
    databaseName: 'kvalitetskedjan'
    dataPrincipalIds: empty(principalId) ? [identity.outputs.principalId] : [identity.outputs.principalId, principalId]
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  scope: group
  params: {
    name: 'kv-kvk-${token}'
    location: location
    tags: tags
    readerPrincipalId: identity.outputs.principalId
  }
}

module api 'modules/function-app.bicep' = {
  name: 'function-app'
  scope: group
  params: {
    name: functionAppName
    planName: 'plan-kvk-${environmentName}'
    location: location
    tags: union(tags, { 'azd-service-name': 'app' })
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    insightsConnectionString: monitoring.outputs.connectionString
    maximumInstanceCount: maximumInstanceCount
    alwaysReadyHttp: alwaysReadyHttp
    appSettings: {
      // Every environment in Azure runs in production mode: laptop-only parts are refused.
      APP_ENVIRONMENT: 'production'
      ALLOW_IN_PRODUCTION: allowInProduction
      COSMOS_ENDPOINT: cosmos.outputs.endpoint
      COSMOS_DATABASE: cosmos.outputs.databaseName
      AUTH_AUDIENCES: '${apiClientId},api://${tabHost}/${apiClientId}'
      AUTH_REQUIRED_SCOPE: 'access_as_user'
      AUTH_JWKS_URI: 'https://login.microsoftonline.com/common/discovery/v2.0/keys'
      API_PUBLIC_URL: 'https://${tabHost}'
      NOTIFY_CHANNEL: notifyChannel
      DOCUMENT_LIBRARY: documentLibrary
      GRAPH_CLIENT_ID: apiClientId
      GRAPH_CREDENTIAL: graphCredential
      GRAPH_CLIENT_CERTIFICATE: graphCredential == 'certificate' ? '@Microsoft.KeyVault(VaultName=${keyVault.outputs.name};SecretName=graph-client-certificate)' : ''
      TEAMS_APP_ID: teamsAppId
    }
  }
}

output AZURE_LOCATION string = location
output AZURE_RESOURCE_GROUP string = group.name
output TAB_HOST string = tabHost
output API_CLIENT_ID string = apiClientId
output APP_ID_URI string = 'api://${tabHost}/${apiClientId}'
output TEAMS_APP_ID string = teamsAppId
output FUNCTION_APP_NAME string = api.outputs.name
output MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output MANAGED_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output COSMOS_ENDPOINT string = cosmos.outputs.endpoint
output COSMOS_DATABASE string = cosmos.outputs.databaseName
output KEY_VAULT_NAME string = keyVault.outputs.name
