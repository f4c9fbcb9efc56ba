#!/usr/bin/env bash
# The Entra app registration of Kvalitetskedjan, with the Azure CLI signed in as an
# administrator of the tenant that hosts the app (az login). Two steps around `azd up`:
#
#   infra/scripts/register-app.sh create <env>      before the first `azd up`: the
#       multi-tenant registration, its `access_as_user` scope with the Teams and Microsoft
#       365 clients pre-authorised, and the Graph application permissions; stores
#       API_CLIENT_ID in the azd environment.
#   infra/scripts/register-app.sh configure <env>   after `azd up`: the App ID URI on the
#       tab host, the Function App's managed identity as the registration's federated
#       credential (no client secret), and the admin-consent link for each municipality.
#
# Nothing here creates a secret. Safe to run again: every step sets, none appends twice.
set -euo pipefail

step="${1:-}"
env_name="${2:-}"
if [[ -z "$step" || -z "$env_name" ]]; then
  echo "usage: $0 create|configure <azd environment>" >&2
  exit 2
fi

graph_app="00000003-0000-0000-c000-000000000000"
# Teams (desktop, mobile; web), Microsoft 365 (web; desktop; mobile and Outlook desktop), Outlook (web; mobile).
teams_clients=(
  1fec8e78-bce4-4aaf-ab1b-5451cc387264
  5e3ce6c0-2b1f-4285-8d4b-75ee78787346
  4765445b-32c6-49b0-83e6-1d93765276ca
  0ec893e0-5785-4de6-99da-4ed124e5296c
  d3590ed6-52b3-4102-aeff-aad2292ab01c
  bc59ab01-8403-45c6-8796-ac3ef710b3e3
  27922004-5251-4030-b22d-91ecd9a37ea4
)
# What the features need (infra/README.md says which feature needs which).
graph_roles=(TeamsActivity.Send TeamsAppInstallation.ReadForUser.All Mail.Send Sites.Selected AppCatalog.Read.All)

env_value() { azd env get-value "$1" --environment "$env_name"; }

graph_role_id() {
  az ad sp show --id "$graph_app" --query "appRoles[?value=='$1'].id | [0]" -o tsv
}

create() {
  local name="Kvalitetskedjan ($env_name)"
  local app_id
  app_id="$(az ad app list --display-name "$name" --query '[0].appId' -o tsv)"
  if [[ -z "$app_id" ]]; then
    app_id="$(az ad app create --display-name "$name" --sign-in-audience AzureADMultipleOrgs --query appId -o tsv)"
    echo "Created the app registration $name: $app_id"
  else
    echo "The app registration $name exists: $app_id"
  fi
  local object_id
  object_id="$(az ad app show --id "$app_id" --query id -o tsv)"

  # The delegated scope the tabs ask for through Teams SSO; its id is kept once made.
  local scope_id
  scope_id="$(az ad app show --id "$app_id" --query "api.oauth2PermissionScopes[?value=='access_as_user'].id | [0]" -o tsv)"
  [[ -n "$scope_id" ]] || scope_id="$(cat /proc/sys/kernel/random/uuid)"
  local preauthorized=""
  for client in "${teams_clients[@]}"; do
    preauthorized+="${preauthorized:+,}{\"appId\":\"$client\",\"delegatedPermissionIds\":[\"$scope_id\"]}"
  done
  az rest --method PATCH --uri "https://graph.microsoft.com/v1.0/applications/$object_id" --headers "Content-Type=application/json" \
    --body "{\"api\":{\"requestedAccessTokenVersion\":2,\"oauth2PermissionScopes\":[{\"id\":\"$scope_id\",\"value\":\"access_as_user\",\"type\":\"User\",\"isEnabled\":true,\"adminConsentDisplayName\":\"Use Kvalitetskedjan as the signed-in user\",\"adminConsentDescription\":\"Lets Teams sign the user in to Kvalitetskedjan.\",\"userConsentDisplayName\":\"Use Kvalitetskedjan as you\",\"userConsentDescription\":\"Lets Teams sign you in to Kvalitetskedjan.\"}],\"preAuthorizedApplications\":[$preauthorized]}}" >/dev/null

  # Graph application permissions, looked up by name (their ids are Graph's).
  local roles=""
  for role in "${graph_roles[@]}"; do
    roles+="${roles:+,}{\"id\":\"$(graph_role_id "$role")\",\"type\":\"Role\"}"
  done
  az rest --method PATCH --uri "https://graph.microsoft.com/v1.0/applications/$object_id" --headers "Content-Type=application/json" \
    --body "{\"requiredResourceAccess\":[{\"resourceAppId\":\"$graph_app\",\"resourceAccess\":[$roles]}]}" >/dev/null
  az ad sp show --id "$app_id" >/dev/null 2>&1 || az ad sp create --id "$app_id" >/dev/null

  azd env set API_CLIENT_ID "$app_id" --environment "$env_name"
  echo "API_CLIENT_ID=$app_id is set in the azd environment $env_name. Next: azd up, then $0 configure $env_name."
}

configure() {
  local app_id tab_host principal tenant object_id
  app_id="$(env_value API_CLIENT_ID)"
  tab_host="$(env_value TAB_HOST)"
  principal="$(env_value MANAGED_IDENTITY_PRINCIPAL_ID)"
  tenant="$(az account show --query tenantId -o tsv)"
  object_id="$(az ad app show --id "$app_id" --query id -o tsv)"

  az ad app update --id "$app_id" --identifier-uris "api://$tab_host/$app_id"
  echo "App ID URI: api://$tab_host/$app_id"

  # The Function App's managed identity signs Graph requests as this registration.
  local existing
  existing="$(az ad app federated-credential list --id "$object_id" --query "[?name=='function-app-identity'].name | [0]" -o tsv)"
  if [[ -z "$existing" ]]; then
    az ad app federated-credential create --id "$object_id" --parameters "{\"name\":\"function-app-identity\",\"issuer\":\"https://login.microsoftonline.com/$tenant/v2.0\",\"subject\":\"$principal\",\"audiences\":[\"api://AzureADTokenExchange\"],\"description\":\"The Function App's managed identity ($env_name)\"}" >/dev/null
    echo "Federated credential: the managed identity $principal."
  fi

  echo
  echo "Each municipality's Global Administrator (or Privileged Role Administrator) consents once:"
  echo "  https://login.microsoftonline.com/<the municipality's tenant id>/adminconsent?client_id=$app_id"
}

case "$step" in
  create) create ;;
  configure) configure ;;
  *)
    echo "usage: $0 create|configure <azd environment>" >&2
    exit 2
    ;;
esac
