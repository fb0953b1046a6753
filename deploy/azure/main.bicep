// PCC contact bot on Azure: one resource group holds the whole service.
//
//   Azure Bot (single tenant) ── Teams channel, Direct Line channel (the web page's DIRECTLINE_SECRET)
//        │  https://<web>/api/messages
//   Container Apps environment
//        ├─ <appName>-web     the image's CMD: node --no-deprecation dist/src/server.js, WORKERS=none, ingress :3978
//        ├─ <appName>-worker-urgent    the same image, command node --no-deprecation dist/src/worker.js, WORKER_QUEUES=urgent, no ingress
//        └─ <appName>-worker-ordinary  the same, WORKER_QUEUES=ordinary
//   Azure Cache for Redis (Premium: AOF persistence, TLS only, maxmemory-policy noeviction)
//   Azure AI Language (kind TextAnalytics)   Storage (Redis AOF, and the web's urgent journal on Azure Files)
//   Log Analytics (the containers' logs: references and codes, never a resident's words)
//
// Why Container Apps rather than two Web Apps on one App Service plan: App Service starts a custom
// container only once it answers HTTP on its port ("didn't respond to HTTP pings ... failing site start"),
// and the worker process serves no HTTP at all. A container app with no ingress runs it as it is.
//
// Before deploying: an Entra app registration (single tenant) and its secret; an Azure Container Registry in
// this resource group with the image pushed (README, "Deploying to Azure", step by step). The deploying account
// needs to create role assignments (Owner or User Access Administrator): the apps pull with AcrPull.
//
// Not checked here: no Bicep CLI or Azure was reachable where this was written, so neither `az bicep build`
// nor a what-if has run on it. Run `az bicep build --file deploy/azure/main.bicep` and
// `az deployment group what-if` first. API versions are the GA ones of each resource provider's Bicep types.

targetScope = 'resourceGroup'

@description('Short lower-case name for the office\'s deployment; prefixes every resource (e.g. pcc-lancashire).')
@minLength(3)
@maxLength(18)
param appName string

@description('Azure region of everything but the bot itself.')
param location string = resourceGroup().location

@description('The container image, e.g. <registry>.azurecr.io/pcc-contact-bot:2026-12-04. The registry must be acrName.')
param image string

@description('Name of the Azure Container Registry (in this resource group) that holds the image.')
param acrName string

@description('Entra app registration (single tenant): its Application (client) id, the bot\'s MicrosoftAppId.')
param msaAppId string

@description('The tenant of that app registration (MicrosoftAppTenantId).')
param msaAppTenantId string = tenant().tenantId

@description('A client secret of that app registration (MicrosoftAppPassword). Pass it from Key Vault (main.parameters.example.json shows how).')
@secure()
param msaAppPassword string

@description('Outgoing mail, a nodemailer URL (SMTP_URL), e.g. smtp://user:pass@smtp.azurecomm.net:587 for Azure Communication Services Email.')
@secure()
param smtpUrl string

@description('Sender of the office\'s e-mails (MAIL_FROM), e.g. "Lancashire PCC <contact-bot@lancashire-pcc.gov.uk>".')
param mailFrom string

@description('Office profile to load: offices/<office>.json in the image (OFFICE).')
param office string = 'lancashire'

@description('The office\'s Microsoft 365 tenant: adding the bot to one of its teams registers the staff channel (STAFF_TENANT_ID).')
param staffTenantId string = msaAppTenantId

@description('Public host name of the web app if you bind a custom domain to it (then also set it up on the container app); empty: the Container Apps default name.')
param customHostName string = ''

@description('Where the bot resource lives: global, or westeurope for a regional (EU data residency) bot, whose Direct Line is europe.directline.botframework.com.')
@allowed([
  'global'
  'westeurope'
])
param botLocation string = 'global'

@description('Azure Bot pricing tier: F0 (free, limited premium-channel messages) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'S1'

@description('Premium cache size P1..P5 (AOF persistence needs the Premium tier).')
@minValue(1)
@maxValue(5)
param redisCapacity int = 1

@description('Azure AI Language tier: S, or F0 (one free resource per subscription).')
@allowed([
  'F0'
  'S'
])
param languageSku string = 'S'

@description('Web replicas: at least 1 always (a resident must never wait for a cold start).')
@minValue(1)
param webMinReplicas int = 1

@minValue(1)
param webMaxReplicas int = 3

@description('Worker replicas (jobs are idempotent, so any number may run).')
@minValue(1)
param workerReplicas int = 1

@description('Jobs per queue at once in each worker (WORKER_CONCURRENCY).')
@minValue(1)
@maxValue(100)
param workerConcurrency int = 5

// ---------------------------------------------------------------- names

var suffix = take(uniqueString(resourceGroup().id, appName), 6)
var webAppName = '${appName}-web'
var workerAppName = '${appName}-worker'
var publicHost = empty(customHostName) ? '${webAppName}.${containerEnv.properties.defaultDomain}' : customHostName
var publicUrl = 'https://${publicHost}'
var directLineUrl = botLocation == 'westeurope' ? 'https://europe.directline.botframework.com' : 'https://directline.botframework.com'
// AcrPull, a built-in role.
var acrPullRoleId = '7f951dda-4ed3-4680-a7ca-43fe172d538d'
// package.json "worker" is `npm run --silent build && node --no-deprecation dist/src/worker.js`; the image is built already.
var workerCommand = [
  'node'
  '--no-deprecation'
  'dist/src/worker.js'
]

// ---------------------------------------------------------------- identity and registry

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${appName}-id'
  location: location
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = {
  name: acrName
}

resource acrPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, identity.id, acrPullRoleId)
  scope: registry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPullRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// ---------------------------------------------------------------- storage: Redis AOF files and the urgent journal

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take(toLower('st${replace(appName, '-', '')}${suffix}'), 24)
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
  }
}

// Soft delete with Redis persistence makes storage costs soar (Azure's persistence docs warn of it): off.
resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: false
    }
  }
}

resource fileService 'Microsoft.Storage/storageAccounts/fileServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource journalShare 'Microsoft.Storage/storageAccounts/fileServices/shares@2023-05-01' = {
  parent: fileService
  name: 'urgent-journal'
  properties: {
    shareQuota: 1
  }
}

var storageConnectionString = 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${az.environment().suffixes.storage}'

// ---------------------------------------------------------------- Redis: queues, conversation state, case references

// Azure Cache for Redis offers no `appendfsync` setting: its AOF persistence writes the log at least once
// per second, which is the `appendfsync everysec` that compose.yaml sets on the local redis-server.
// `noeviction`: BullMQ's queues and the reference counter must never be evicted.
// Note: Microsoft has announced the retirement of Azure Cache for Redis (Basic, Standard and Premium on
// 30 September 2028) in favour of Azure Managed Redis (Microsoft.Cache/redisEnterprise: port 10000,
// evictionPolicy NoEviction, persistence aofFrequency 1s); subscriptions that never had a cache may
// already be refused a new one. Moving is a change of this resource and of REDIS_URL's port only.
resource redis 'Microsoft.Cache/redis@2024-11-01' = {
  name: '${appName}-redis-${suffix}'
  location: location
  properties: {
    sku: {
      name: 'Premium'
      family: 'P'
      capacity: redisCapacity
    }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    redisVersion: '6'
    publicNetworkAccess: 'Enabled'
    redisConfiguration: {
      'maxmemory-policy': 'noeviction'
      'aof-backup-enabled': 'true'
      'aof-storage-connection-string-0': storageConnectionString
    }
  }
}

// TLS only (port 6380); the access key is URL-encoded, as it may hold '/', '+' and '='.
var redisUrl = 'rediss://:${uriComponent(redis.listKeys().primaryKey)}@${redis.properties.hostName}:${redis.properties.sslPort}/0'

// ---------------------------------------------------------------- Azure AI Language

resource language 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: '${appName}-language-${suffix}'
  location: location
  kind: 'TextAnalytics'
  sku: {
    name: languageSku
  }
  properties: {
    customSubDomainName: '${appName}-language-${suffix}'
    publicNetworkAccess: 'Enabled'
  }
}

// ---------------------------------------------------------------- the Azure Bot and its channels

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${appName}-bot-${suffix}'
  location: botLocation
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: appName
    endpoint: '${publicUrl}/api/messages'
    msaAppId: msaAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: msaAppTenantId
    publicNetworkAccess: 'Enabled'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: botLocation
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
      acceptedTerms: true
    }
  }
}

// The web page runs Microsoft's Web Chat over Direct Line 3.0: the service exchanges this site's secret for a
// per-conversation token (POST /v3/directline/tokens/generate) and the secret never reaches the browser.
// (Azure also gives every bot a "Web Chat" channel of its own; the page does not use its embed code.)
resource directLineChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: botLocation
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'web-chat-page'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
        }
      ]
    }
  }
}

// ---------------------------------------------------------------- Container Apps

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${appName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource containerEnv 'Microsoft.App/managedEnvironments@2025-01-01' = {
  name: '${appName}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

resource journalStorage 'Microsoft.App/managedEnvironments/storages@2025-01-01' = {
  parent: containerEnv
  name: 'urgent-journal'
  properties: {
    azureFile: {
      accountName: storage.name
      accountKey: storage.listKeys().keys[0].value
      shareName: journalShare.name
      accessMode: 'ReadWrite'
    }
  }
}

// Secrets both apps hold (Container Apps secret names: lower case and dashes). To take them from Key Vault
// instead, give an entry `keyVaultUrl: '<vault>/secrets/<name>'` and `identity: identity.id` in place of `value`
// (the identity then needs the Key Vault Secrets User role).
var secrets = [
  {
    name: 'microsoft-app-password'
    value: msaAppPassword
  }
  {
    name: 'redis-url'
    value: redisUrl
  }
  {
    name: 'smtp-url'
    value: smtpUrl
  }
  {
    name: 'directline-secret'
    value: directLineChannel.listChannelWithKeys().setting.sites[0].key
  }
  {
    name: 'language-key'
    value: language.listKeys().key1
  }
]

// The environment both processes read (src/config.ts; README "Configuration"). The worker reads the same
// configuration as the web process, and in production that includes credentials and DIRECTLINE_SECRET.
var sharedEnv = [
  {
    name: 'NODE_ENV'
    value: 'production'
  }
  {
    name: 'LOG_LEVEL'
    value: 'info'
  }
  {
    name: 'OFFICE'
    value: office
  }
  {
    name: 'MAIL_FROM'
    value: mailFrom
  }
  {
    name: 'REDIS_URL'
    secretRef: 'redis-url'
  }
  {
    name: 'SMTP_URL'
    secretRef: 'smtp-url'
  }
  {
    name: 'MicrosoftAppType'
    value: 'SingleTenant'
  }
  {
    name: 'MicrosoftAppId'
    value: msaAppId
  }
  {
    name: 'MicrosoftAppPassword'
    secretRef: 'microsoft-app-password'
  }
  {
    name: 'MicrosoftAppTenantId'
    value: msaAppTenantId
  }
  {
    name: 'DIRECTLINE_SECRET'
    secretRef: 'directline-secret'
  }
  {
    name: 'DIRECTLINE_URL'
    value: directLineUrl
  }
  {
    name: 'AZURE_LANGUAGE_ENDPOINT'
    value: language.properties.endpoint
  }
  {
    name: 'AZURE_LANGUAGE_KEY'
    secretRef: 'language-key'
  }
  {
    name: 'STAFF_TENANT_ID'
    value: staffTenantId
  }
]

var webEnv = concat(sharedEnv, [
  {
    name: 'WORKERS'
    value: 'none'
  }
  {
    name: 'PUBLIC_URL'
    value: publicUrl
  }
  {
    // The Container Apps ingress is one proxy in front: the resident's address is the last in X-Forwarded-For.
    name: 'TRUST_PROXY_HOPS'
    value: '1'
  }
  {
    name: 'DATA_DIR'
    value: '/app/.data'
  }
])

var workerEnv = concat(sharedEnv, [
  {
    name: 'WORKER_CONCURRENCY'
    value: string(workerConcurrency)
  }
])

var registries = [
  {
    server: registry.properties.loginServer
    identity: identity.id
  }
]

resource web 'Microsoft.App/containerApps@2025-01-01' = {
  name: webAppName
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    managedEnvironmentId: containerEnv.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: 3978
        transport: 'auto'
        allowInsecure: false
      }
      registries: registries
      secrets: secrets
    }
    template: {
      containers: [
        {
          name: 'web'
          image: image
          // No command: the image's CMD, node --no-deprecation dist/src/server.js.
          env: webEnv
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          // /healthz for liveness and readiness. /readyz is for alerting, not for taking traffic away: it answers
          // 503 while e-mail is failing, and an SMTP outage must not take the chat (and its 999 advice) down.
          probes: [
            {
              type: 'Startup'
              httpGet: {
                path: '/healthz'
                port: 3978
              }
              periodSeconds: 2
              failureThreshold: 30
            }
            {
              type: 'Liveness'
              httpGet: {
                path: '/healthz'
                port: 3978
              }
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              type: 'Readiness'
              httpGet: {
                path: '/healthz'
                port: 3978
              }
              periodSeconds: 10
              failureThreshold: 3
            }
          ]
          volumeMounts: [
            {
              volumeName: 'data'
              mountPath: '/app/.data'
            }
          ]
        }
      ]
      scale: {
        minReplicas: webMinReplicas
        maxReplicas: webMaxReplicas
      }
      volumes: [
        {
          // DATA_DIR: the urgent journal (README "Disclosures of risk": give DATA_DIR a persistent volume).
          // uid/gid 1000 is the image's `node` user.
          name: 'data'
          storageType: 'AzureFile'
          storageName: journalStorage.name
          mountOptions: 'uid=1000,gid=1000,dir_mode=0700,file_mode=0600'
        }
      ]
    }
  }
  dependsOn: [
    acrPull
  ]
}

// Two kinds of worker (README, "Production layout"): one that works only the urgent queue, so a flood of
// residents or of ordinary mail can never slow an alert, and one for every other queue.
var workerLanes = [
  'urgent'
  'ordinary'
]
var workerLaneEnv = {
  urgent: [
    {
      name: 'WORKER_QUEUES'
      value: 'urgent'
    }
  ]
  ordinary: [
    {
      name: 'WORKER_QUEUES'
      value: 'ordinary'
    }
  ]
}

resource worker 'Microsoft.App/containerApps@2025-01-01' = [for lane in workerLanes: {
  name: '${workerAppName}-${lane}'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    managedEnvironmentId: containerEnv.id
    configuration: {
      activeRevisionsMode: 'Single'
      // No ingress: the worker serves no HTTP; it shares nothing with the web process but Redis.
      registries: registries
      secrets: secrets
    }
    template: {
      containers: [
        {
          name: 'worker'
          image: image
          command: workerCommand
          env: concat(workerEnv, workerLaneEnv[lane])
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
        }
      ]
      scale: {
        minReplicas: workerReplicas
        maxReplicas: workerReplicas
      }
    }
  }
  dependsOn: [
    acrPull
  ]
}]

// ---------------------------------------------------------------- outputs

output publicUrl string = publicUrl
output messagingEndpoint string = bot.properties.endpoint
output botName string = bot.name
output webAppName string = web.name
output workerAppNames array = [for (lane, i) in workerLanes: worker[i].name]
output redisHostName string = redis.properties.hostName
output languageEndpoint string = language.properties.endpoint
