// The tabs: a static web app (Standard, which may link a Function App as its /api). The
// security headers come from apps/tabs/public/staticwebapp.config.json, which every build of
// the tabs copies into dist; a test keeps it equal to tabPageHeaders
// (functions/src/platform/http/security-headers.ts).
param name string
param location string
param tags object

resource site 'Microsoft.Web/staticSites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    allowConfigFileUpdates: true
    stagingEnvironmentPolicy: 'Disabled'
  }
}

output name string = site.name
output hostname string = site.properties.defaultHostname
