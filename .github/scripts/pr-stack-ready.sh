#!/usr/bin/env bash
# Whether a pull request's stack can be brought up (prints ready=true|false for $GITHUB_OUTPUT). A
# pr-<n> stack reads staging's outputs (its Neon project, its Vercel project) and branches off
# staging's Neon project with NEON_PR_API_KEY, a key the bootstrap stack creates once staging exists.
# Before staging's first deploy (the setup's own pull request) there is nothing to branch from: the
# job is skipped with a notice, and passes. A deployed staging with Neon but without the key fails.
#   usage: pr-stack-ready.sh      (run from the repository root, ./out/infra built, NEON_API_KEY set from NEON_PR_API_KEY)
set -euo pipefail

# `name` is `staging` or `org/project/staging` (pulumi pkg/cmd/pulumi/stack/stack_list.go,
# stackSummaryJSON); a deployed stack has resources, a created one (infra secrets) none.
stacks=$(pulumi stack ls --json)
if ! jq -e '.[] | select((.name == "staging" or (.name | endswith("/staging"))) and (.resourceCount // 0) > 0)' <<<"$stacks" >/dev/null; then
  echo "::notice::staging is not deployed yet: a pull request's stack branches off it, so none is brought up until after staging's first deploy" >&2
  echo "ready=false"
  exit 0
fi
KEY_NAME=NEON_PR_API_KEY exec .github/scripts/preview-ready.sh staging
