#!/usr/bin/env bash
# Vercel applies environment variables only to new deployments, so after `pulumi up` changed a
# stack's variables its deployment is redeployed:
#   vercel-redeploy.sh record <stack> <file>          before `pulumi up`: keep the variables' digest
#   vercel-redeploy.sh apply <stack> <file> hook      after: POST the production branch's deploy hook
#   vercel-redeploy.sh apply <stack> <file> preview   after: redeploy the pull request's preview
# The digest (the secret output vercelVariablesDigest) and the hook URL are never printed. A stack
# without the output (never deployed) has an empty digest, so its first `up` also redeploys.
set -euo pipefail

mode="$1" stack="$2" file="$3"
digest() { pulumi stack output --stack "$stack" vercelVariablesDigest --show-secrets 2>/dev/null || true; }

if [ "$mode" = record ]; then
  digest > "$file"
  exit 0
fi

target="$4"
if [ "$(digest)" = "$(cat "$file" 2>/dev/null || true)" ]; then
  echo "Vercel variables of $stack unchanged: no redeploy"
  exit 0
fi

case "$target" in
  hook)
    hook=$(pulumi stack output --stack "$stack" vercelRedeployHook --show-secrets)
    echo "::add-mask::$hook"
    curl --fail --silent --show-error --max-time 60 -X POST "$hook" > /dev/null
    echo "Vercel variables of $stack changed: production branch redeployed through its deploy hook"
    ;;
  preview)
    if [ "$(pulumi stack output --stack "$stack" releaseBranch 2>/dev/null || echo false)" = true ]; then
      echo "Release pull request: its preview is the base stack's deployment"
      exit 0
    fi
    url=$(pulumi stack output --stack "$stack" previewUrl)
    scope=$(pulumi stack output --stack "$stack" vercelScope 2>/dev/null || true)
    npx --yes vercel@64.0.2 redeploy "$url" --token "$VERCEL_API_TOKEN" ${scope:+--scope "$scope"}
    echo "Vercel variables of $stack changed: $url redeployed"
    ;;
  *)
    echo "unknown target: $target (hook or preview)" >&2
    exit 2
    ;;
esac
