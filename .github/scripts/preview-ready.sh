#!/usr/bin/env bash
# Whether a preview of <stack> can run (prints ready=true|false for $GITHUB_OUTPUT). Previews read
# Neon with a key scoped to the stack's project (NEON_API_KEY, from NEON_PREVIEW_API_KEY_<STACK>),
# which can only be created once the project exists: before the stack's first `up` a missing key
# skips the preview with a notice. A stack without Neon needs no key. A deployed Neon stack without
# its key is a misconfiguration: an error with the fix, exit 1.
#   usage: preview-ready.sh <stack>     (run from the repository root, ./out/infra built)
set -euo pipefail
stack=$1

# The whole program first: a failing compile fails here, and grep -q cannot cut the pipe short.
program=$(./out/infra synth "$stack")
if [ -n "${NEON_API_KEY:-}" ] || ! grep -q 'type: neon:' <<<"$program"; then
  echo "ready=true"
  exit 0
fi
# `name` is `<stack>` or `org/project/<stack>`; a stack never updated has no lastUpdate
# (pulumi pkg/cmd/pulumi/stack/stack_list.go, stackSummaryJSON).
stacks=$(pulumi stack ls --json)
if jq -e --arg s "$stack" '.[] | select((.name == $s or (.name | endswith("/" + $s))) and .lastUpdate != null)' <<<"$stacks" >/dev/null; then
  echo "::error::NEON_PREVIEW_API_KEY_$(tr '[:lower:]-' '[:upper:]_' <<<"$stack") is not set: create a key scoped to the stack's Neon project (docs/credentials.md) and add it as a repository secret" >&2
  exit 1
fi
echo "::notice::$stack is not deployed yet, so its Neon project and its scoped key do not exist: no preview until after its first deploy (docs/credentials.md)" >&2
echo "ready=false"
