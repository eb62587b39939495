// ResumeFlow self-hosted: the host image (Dockerfile at the repository root) on Azure Container Apps,
// running the same orchestrations on the Durable Task Framework's Azure Storage provider
// (Durable:Backend=AzureStorage) instead of the Functions host. Every replica is front and worker:
// replicas join one task hub, its partition leases spread the orchestrations, all share the activity queue.
// Uses the data plane main.bicep deployed (storage account, Cosmos DB, Azure OpenAI) through a
// user-assigned managed identity: no keys, no secrets.
//
//   az deployment group create -g <resource-group> -f infra/container-apps.bicep \
//     -p image=<registry>/resumeflow-host:<tag> storageAccountName=... cosmosAccountName=... openAiAccountName=...
targetScope = 'resourceGroup'

@description('Region for every resource.')
param location string = resourceGroup().location

@description('Prefix of resource names (lowercase letters and digits).')
@minLength(3)
@maxLength(11)
param namePrefix string = 'resumeflow'

@description('The host image, e.g. myregistry.azurecr.io/resumeflow-host:1.0.')
param image string

@description('Registry server of the image, pulled with the identity (AcrPull on the registry); empty for a public image.')
param registryServer string = ''

@description('Storage account of main.bicep: artifacts and the task hub.')
param storageAccountName string

@description('Cosmos DB account of main.bicep.')
param cosmosAccountName string

@description('Azure OpenAI account of main.bicep.')
param openAiAccountName string

@description('Azure OpenAI deployment name.')
param openAiDeploymentName string = 'gpt-4o-mini'

@description('Task hub name: distinct from the Functions app\'s, so the two never share work.')
param taskHubName string = 'ResumeFlowHosted'

@description('Control-queue partitions: the most replicas that share orchestration work. Fixed once the hub exists.')
@minValue(1)
@maxValue(16)
param partitionCount int = 4

@description('Durable:Role of the replicas: All (front and worker, the default), Front (HTTP + client only) or Worker (health only); the host reads the same setting locally.')
@allowed([
  'All'
  'Front'
  'Worker'
])
param durableRole string = 'All'

@description('Replicas: each runs activities; orchestrations spread over at most partitionCount of them.')
@minValue(1)
@maxValue(30)
param maxReplicas int = 4

var suffix = uniqueString(resourceGroup().id, namePrefix)
var cosmosDatabaseName = 'resumeflow'

// Built-in role definition ids.
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var cognitiveServicesOpenAiUser = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'
var cosmosBuiltInDataContributor = '00000000-0000-0000-0000-000000000002'
var storageRoles = [
  storageBlobDataOwner
  storageQueueDataContributor
  storageTableDataContributor
]

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' existing = {
  name: cosmosAccountName
}

resource openAi 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: openAiAccountName
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${namePrefix}-host-id-${suffix}'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-host-logs-${suffix}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${namePrefix}-env-${suffix}'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'azure-monitor'
    }
  }
}

resource logsDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: environment
  name: 'logs'
  properties: {
    workspaceId: logs.id
    logs: [
      { categoryGroup: 'allLogs', enabled: true }
    ]
  }
}

resource storageRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in storageRoles: {
  scope: storage
  name: guid(storage.id, identity.id, role)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}]

resource openAiRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: openAi
  name: guid(openAi.id, identity.id, cognitiveServicesOpenAiUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesOpenAiUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource cosmosRole 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: cosmos
  name: guid(cosmos.id, identity.id, cosmosBuiltInDataContributor)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosBuiltInDataContributor}'
    principalId: identity.properties.principalId
    scope: cosmos.id
  }
}

resource host 'Microsoft.App/containerApps@2024-03-01' = {
  name: '${namePrefix}-host-${suffix}'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      ingress: {
        external: true
        targetPort: 8080
        transport: 'auto'
      }
      registries: empty(registryServer) ? [] : [
        { server: registryServer, identity: identity.id }
      ]
    }
    template: {
      containers: [
        {
          name: 'host'
          image: image
          resources: {
            cpu: json('1.0')
            memory: '2Gi'
          }
          env: [
            // DefaultAzureCredential picks the user-assigned identity by its client id.
            { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
            { name: 'Durable__Backend', value: 'AzureStorage' }
            { name: 'Durable__Role', value: durableRole }
            { name: 'Durable__AzureStorage__AccountName', value: storage.name }
            { name: 'Durable__AzureStorage__TaskHubName', value: taskHubName }
            { name: 'Durable__AzureStorage__PartitionCount', value: string(partitionCount) }
            { name: 'Storage__Artifacts__Provider', value: 'Blob' }
            { name: 'Storage__Artifacts__ServiceUri', value: storage.properties.primaryEndpoints.blob }
            { name: 'Storage__Artifacts__CreateContainers', value: 'false' }
            { name: 'Storage__Documents__Provider', value: 'Cosmos' }
            { name: 'Storage__Documents__Endpoint', value: cosmos.properties.documentEndpoint }
            { name: 'Storage__Documents__Database', value: cosmosDatabaseName }
            { name: 'Storage__Documents__CreateIfNotExists', value: 'false' }
            { name: 'Llm__Provider', value: 'AzureOpenAI' }
            { name: 'Llm__Endpoint', value: openAi.properties.endpoint }
            { name: 'Llm__Deployment', value: openAiDeploymentName }
          ]
          probes: [
            {
              type: 'Liveness'
              tcpSocket: { port: 8080 }
            }
          ]
        }
      ]
      scale: {
        minReplicas: 1
        maxReplicas: maxReplicas
      }
    }
  }
  dependsOn: [
    storageRoleAssignments
    openAiRole
    cosmosRole
  ]
}

output hostUrl string = 'https://${host.properties.configuration.ingress.fqdn}'
output identityPrincipalId string = identity.properties.principalId
