#!/usr/bin/env bash
# Vercel applies environment variables only to new deployments, so after `pulumi up` a stack whose
# variables changed since its last redeploy is redeployed:
#   vercel-redeploy.sh <stack> hook      POST the production branch's deploy hook
#   vercel-redeploy.sh <stack> preview   a new preview deployment of the pull request's branch
# "Changed" compares the secret output vercelVariablesDigest with the stack tag
# infra-vercel-redeployed, which is set only after a successful redeploy: a failed redeploy is
# retried by the next run. The tag holds a SHA-256 of the digest; neither value is printed, nor the
# hook URL. A stack never redeployed has no tag, so its first `up` also redeploys.
set -euo pipefail

stack="$1" target="$2"
tag=infra-vercel-redeployed
current=$({ pulumi stack output --stack "$stack" vercelVariablesDigest --show-secrets 2>/dev/null || true; } | sha256sum | cut -d' ' -f1)
last=$(pulumi stack tag get "$tag" --stack "$stack" 2>/dev/null || true)
if [ "$current" = "$last" ]; then
  echo "Vercel variables of $stack unchanged since its last redeploy: no redeploy"
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
    # A new deployment of the branch's head from Git (Vercel's create-deployment API with a
    # gitSource): it works whether or not the branch's first preview, built before this stack set
    # its database, succeeded.
    project=$(pulumi stack output --stack "$stack" vercelProject)
    repository=$(pulumi stack output --stack "$stack" gitRepository)
    branch=$(pulumi stack output --stack "$stack" gitBranch)
    scope=$(pulumi stack output --stack "$stack" vercelScope 2>/dev/null || true)
    body=$(jq -n --arg project "$project" --arg org "${repository%%/*}" --arg repo "${repository#*/}" --arg ref "$branch" \
      '{name: $project, project: $project, target: "preview", gitSource: {type: "github", org: $org, repo: $repo, ref: $ref}}')
    curl --fail --silent --show-error --max-time 60 -X POST "https://api.vercel.com/v13/deployments${scope:+?slug=$scope}" \
      -H "Authorization: Bearer $VERCEL_API_TOKEN" -H "Content-Type: application/json" -d "$body" > /dev/null
    echo "Vercel variables of $stack changed: a new preview of $branch is building"
    ;;
  *)
    echo "unknown target: $target (hook or preview)" >&2
    exit 2
    ;;
esac

pulumi stack tag set "$tag" "$current" --stack "$stack"
