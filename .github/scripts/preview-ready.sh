#!/usr/bin/env bash
# Whether a preview of <stack> can run (prints ready=true|false for $GITHUB_OUTPUT). Previews read
# Neon with a key scoped to the stack's project (NEON_API_KEY, from NEON_PREVIEW_API_KEY_<STACK>),
# which can only be created once the project exists: before the stack's first `up` a missing key
# skips the preview with a notice. A stack without Neon needs no key. A deployed Neon stack without
# its key (a first deploy that failed before the bootstrap job made it) is a misconfiguration: an
# error with the fix, exit 1; with MISSING_KEY=warn (pull-request previews, the approvers' preview) a
# warning and no preview instead, so that the pull request that fixes it can still merge and the
# next Deploy can run the bootstrap job that creates the key. Drift keeps the error.
#   usage: preview-ready.sh <stack>     (run from the repository root, ./out/infra built; KEY_NAME names
#          the repository secret in the message, default NEON_PREVIEW_API_KEY_<STACK>)
set -euo pipefail
stack=$1

# The whole program first: a failing compile fails here, and grep -q cannot cut the pipe short.
program=$(./out/infra synth "$stack")
if [ -n "${NEON_API_KEY:-}" ] || ! grep -q 'type: neon:' <<<"$program"; then
  echo "ready=true"
  exit 0
fi
# `name` is `<stack>` or `org/project/<stack>` (pulumi pkg/cmd/pulumi/stack/stack_list.go,
# stackSummaryJSON); a deployed stack has resources, a created one none (`stack init` writes a first
# state with a time but no resource: pkg/cmd/pulumi/stack/io.go, CreateStack).
stacks=$(pulumi stack ls --json)
if jq -e --arg s "$stack" '.[] | select((.name == $s or (.name | endswith("/" + $s))) and (.resourceCount // 0) > 0)' <<<"$stacks" >/dev/null; then
  key_name=${KEY_NAME:-NEON_PREVIEW_API_KEY_$(tr '[:lower:]-' '[:upper:]_' <<<"$stack")}
  message="${key_name} is not set, but ${stack} is deployed: the bootstrap stack creates it once ${stack} is in bootstrap.neonStacks and deployed (let Deploy run through its bootstrap job, docs/credentials.md)"
  if [ "${MISSING_KEY:-fail}" = warn ]; then
    echo "::warning::${message}; no preview of ${stack} until then" >&2
    echo "ready=false"
    exit 0
  fi
  echo "::error::${message}" >&2
  exit 1
fi
echo "::notice::$stack is not deployed yet, so its Neon project and its scoped key do not exist: no preview until after its first deploy (docs/credentials.md)" >&2
echo "ready=false"
