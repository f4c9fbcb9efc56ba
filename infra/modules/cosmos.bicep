// Cosmos DB for NoSQL: one database, a container per module, every one partitioned by
// /tenantId (one municipality per partition key value; no query crosses it). Keys are off
// (disableLocalAuth): the Function App and, for onboarding, the deploying administrator
// reach the data with Entra ID through data-plane RBAC. Continuous backup allows a
// point-in-time restore of the last 30 days.
param accountName string
param location string
param tags object
param databaseName string

@description('Principals granted the built-in Cosmos DB Data Contributor role on the account.')
param dataPrincipalIds array

@description('Autoscale ceiling of the shared database throughput (RU/s); it scales down to a tenth.')
param maxThroughput int = 1000

// The containers of functions/src/modules.ts (each module's `containers`); the consistency
// test in tests/integration/infra.test.ts fails when the two lists differ.
var containers = [
  'tenants'
  'directory'
  'goals'
  'documents'
  'notifications'
  'internalControl'
  'dialogue'
  'meetings'
]

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: accountName
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    backupPolicy: {
      type: 'Continuous'
      continuousModeProperties: {
        tier: 'Continuous30Days'
      }
    }
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
    options: {
      autoscaleSettings: {
        maxThroughput: maxThroughput
      }
    }
  }
}

// Every query filters on tenantId and type and reads or orders by plain fields (dates,
// names, keys): the consistent index of every path serves them; only the ETag is left out.
resource sqlContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for name in containers: {
    parent: database
    name: name
    properties: {
      resource: {
        id: name
        partitionKey: {
          paths: [
            '/tenantId'
          ]
          kind: 'Hash'
          version: 2
        }
        indexingPolicy: {
          indexingMode: 'consistent'
          automatic: true
          includedPaths: [
            {
              path: '/*'
            }
          ]
          excludedPaths: [
            {
              path: '/"_etag"/?'
            }
          ]
        }
      }
    }
  }
]

// Cosmos DB Built-in Data Contributor (data plane).
var dataContributor = '00000000-0000-0000-0000-000000000002'

resource dataAccess 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = [
  for principalId in dataPrincipalIds: {
    parent: account
    name: guid(account.id, principalId, dataContributor)
    properties: {
      principalId: principalId
      roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributor}'
      scope: account.id
    }
  }
]

output endpoint string = account.properties.documentEndpoint
output databaseName string = database.name
