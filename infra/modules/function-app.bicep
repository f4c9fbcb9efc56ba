// The API and the tabs on one host: a Function App on Flex Consumption (Linux, Node 22 LTS),
// deployed from a blob container and running as the user-assigned identity; the tabs are
// served from the package's www/ with tabPageHeaders (functions/src/platform/tabs.ts). Its settings are the production
// configuration of functions/src/platform/config.ts; the consistency test checks that every
// required one is set here.
param name string
param planName string
param location string
param tags object
param identityId string
param identityClientId string
param storageAccountName string
param deploymentContainerUrl string
param insightsConnectionString string
param maximumInstanceCount int

@description('Instances kept warm for HTTP (0: the first request after a quiet spell waits for a cold start).')
param alwaysReadyHttp int = 0

@description('The app\'s own settings (name to value), beside the platform\'s below.')
param appSettings object

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

var platformSettings = {
  // The host's storage by identity: no connection string.
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: insightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  // DefaultAzureCredential (Cosmos DB, Graph's federated credential) picks this identity.
  AZURE_CLIENT_ID: identityClientId
  // The tabs answer at / (the tabs function), not the Functions host's own home page.
  AzureWebJobsDisableHomepage: 'true'
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      // No platform CORS: the app sets its own (Access-Control-Allow-Origin: * on open data
      // only); App Service CORS would override it. The tabs call /api on their own host.
      // (Static Web Apps with a linked backend was the other choice; its proxy may replace
      // the Authorization header, which carries the Teams SSO token.)
      appSettings: [
        for setting in items(union(platformSettings, appSettings)): {
          name: setting.key
          value: setting.value
        }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: 2048
        alwaysReady: alwaysReadyHttp > 0
          ? [
              {
                name: 'http'
                instanceCount: alwaysReadyHttp
              }
            ]
          : []
      }
      runtime: {
        name: 'node'
        version: '22'
      }
    }
  }
}

output id string = site.id
output name string = site.name
output hostname string = site.properties.defaultHostName
