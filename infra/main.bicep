// ResumeFlow on Azure: the Functions app (Durable Functions, Azure Storage backend) on a Flex
// Consumption plan, Blob Storage for artifacts, Cosmos DB (serverless) for documents, Azure OpenAI
// for the LLM. Every connection uses the app's managed identity: no keys, no secrets in settings.
//
//   az deployment group create -g <resource-group> -f infra/main.bicep -p namePrefix=resumeflow
//
// Then publish the app: func azure functionapp publish <functionAppName> (output below).
targetScope = 'resourceGroup'

@description('Region for every resource.')
param location string = resourceGroup().location

@description('Prefix of resource names (lowercase letters and digits).')
@minLength(3)
@maxLength(11)
param namePrefix string = 'resumeflow'

@description('Azure OpenAI model deployed for scoring and analysis.')
param openAiModelName string = 'gpt-4o-mini'

@description('Version of that model.')
param openAiModelVersion string = '2024-07-18'

@description('Deployment capacity in thousands of tokens per minute.')
@minValue(1)
param openAiCapacity int = 100

@description('Maximum number of Flex Consumption instances.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 100

var suffix = uniqueString(resourceGroup().id, namePrefix)
var storageAccountName = take('${namePrefix}${suffix}', 24)
var deploymentContainerName = 'app-package'
var artifactContainers = [
  'cvs'
  'cv-text'
  'cv-profiles'
  'cv-features'
  'reports'
  'batch-files'
]
var documentContainers = [
  { name: 'candidates', partitionKeyPath: '/id' }
  { name: 'jobs', partitionKeyPath: '/id' }
  { name: 'screenings', partitionKeyPath: '/screeningId' }
  { name: 'indexes', partitionKeyPath: '/partition' }
]
var cosmosDatabaseName = 'resumeflow'
var taskHubName = 'ResumeFlow'

// Built-in role definition ids.
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var cognitiveServicesOpenAiUser = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'
var cosmosBuiltInDataContributor = '00000000-0000-0000-0000-000000000002'

// ---------------------------------------------------------------------------------------------
// Monitoring
resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs-${suffix}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${namePrefix}-ai-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: true
  }
}

// ---------------------------------------------------------------------------------------------
// Storage: artifacts (cvs, cv-text, cv-profiles, cv-features, reports, batch-files), the Durable task hub
// (queues + tables) and the Flex deployment package.
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for name in concat(artifactContainers, [deploymentContainerName]): {
  parent: blobService
  name: name
  properties: {
    publicAccess: 'None'
  }
}]

// ---------------------------------------------------------------------------------------------
// Cosmos DB for NoSQL (serverless): candidates (/id), jobs (/id), screenings (/screeningId), indexes (/partition).
resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: '${namePrefix}-cosmos-${suffix}'
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    locations: [
      { locationName: location, failoverPriority: 0, isZoneRedundant: false }
    ]
    capabilities: [
      { name: 'EnableServerless' }
    ]
    disableLocalAuth: true
    minimalTlsVersion: 'Tls12'
  }
}

resource cosmosDatabase 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: cosmos
  name: cosmosDatabaseName
  properties: {
    resource: { id: cosmosDatabaseName }
  }
}

resource cosmosContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [for container in documentContainers: {
  parent: cosmosDatabase
  name: container.name
  properties: {
    resource: {
      id: container.name
      partitionKey: {
        paths: [ container.partitionKeyPath ]
        kind: 'Hash'
        version: 2
      }
      indexingPolicy: {
        indexingMode: 'consistent'
        includedPaths: [ { path: '/*' } ]
        excludedPaths: [ { path: '/"_etag"/?' } ]
      }
    }
  }
}]

// ---------------------------------------------------------------------------------------------
// Azure OpenAI
resource openAi 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: '${namePrefix}-openai-${suffix}'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: '${namePrefix}-openai-${suffix}'
    publicNetworkAccess: 'Enabled'
    disableLocalAuth: true
  }
}

resource openAiDeployment 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: openAi
  name: openAiModelName
  sku: {
    name: 'GlobalStandard'
    capacity: openAiCapacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: openAiModelName
      version: openAiModelVersion
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The Functions app on Flex Consumption, with a system-assigned identity.
resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${namePrefix}-plan-${suffix}'
  location: location
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: '${namePrefix}-func-${suffix}'
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: 2048
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: [
        // Identity-based connection for the Functions host and the Durable task hub.
        { name: 'AzureWebJobsStorage__accountName', value: storage.name }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'Authorization=AAD' }
        { name: 'DurableTaskHubName', value: taskHubName }
        // ResumeFlow settings (see local.settings.example.json); no keys: the identity is used.
        { name: 'Storage__Artifacts__Provider', value: 'Blob' }
        { name: 'Storage__Artifacts__ServiceUri', value: storage.properties.primaryEndpoints.blob }
        { name: 'Storage__Artifacts__CreateContainers', value: 'false' }
        { name: 'Storage__Documents__Provider', value: 'Cosmos' }
        { name: 'Storage__Documents__Endpoint', value: cosmos.properties.documentEndpoint }
        { name: 'Storage__Documents__Database', value: cosmosDatabaseName }
        { name: 'Storage__Documents__CreateIfNotExists', value: 'false' }
        { name: 'Llm__Provider', value: 'AzureOpenAI' }
        { name: 'Llm__Endpoint', value: openAi.properties.endpoint }
        { name: 'Llm__Deployment', value: openAiDeployment.name }
        { name: 'Llm__TokensPerMinute', value: string(openAiCapacity * 1000) }
        { name: 'Llm__RequestsPerMinute', value: string(openAiCapacity * 6) }
      ]
    }
  }
  dependsOn: [
    containers
    cosmosContainers
  ]
}

// ---------------------------------------------------------------------------------------------
// What the identity may do.
resource blobRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, functionApp.id, storageBlobDataOwner)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataOwner)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource queueRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, functionApp.id, storageQueueDataContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataContributor)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource tableRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, functionApp.id, storageTableDataContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource openAiRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: openAi
  name: guid(openAi.id, functionApp.id, cognitiveServicesOpenAiUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesOpenAiUser)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource cosmosRole 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: cosmos
  name: guid(cosmos.id, functionApp.id, cosmosBuiltInDataContributor)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosBuiltInDataContributor}'
    principalId: functionApp.identity.principalId
    scope: cosmos.id
  }
}

output functionAppName string = functionApp.name
output functionAppUrl string = 'https://${functionApp.properties.defaultHostName}'
output storageAccountName string = storage.name
output cosmosEndpoint string = cosmos.properties.documentEndpoint
output openAiEndpoint string = openAi.properties.endpoint
