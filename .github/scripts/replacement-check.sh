#!/usr/bin/env bash
# Refuses a pull request whose program would replace a database or change what is never applied,
# against the base branch's program (infra check --base; INF301, INF302). A base stack that was never
# deployed from here has nothing to replace: the base branch belongs to another project (a fork's
# first pull request replaces the example app), or its stack file still holds placeholder secrets
# (`infra init` writes them; a deploy cannot decrypt them). Such a stack is checked without --base.
#   usage: replacement-check.sh <stack>...   (from the workspace: head/ and base/ checkouts, head/out/infra built,
#          diff/base-<stack>.yaml synthesized from the base branch)
set -uo pipefail

project() { sed -n 's/^name:[[:space:]]*//p' "$1/Pulumi.yaml" 2>/dev/null | head -n 1; }
head_project=$(project head)
base_project=$(project base)
status=0
for stack in "$@"; do
  if [ "$base_project" != "$head_project" ]; then
    echo "::notice::${stack}: the base branch is project '${base_project:-none}', this pull request '${head_project}': nothing deployed from here to replace" >&2
    head/out/infra check "$stack" -C head || status=1
  elif [ -f "base/Pulumi.${stack}.yaml" ] && grep -q 'UkVQTEFDRS1' "base/Pulumi.${stack}.yaml"; then
    echo "::notice::${stack}: the base branch's stack file holds placeholder secrets, so it was never deployed: nothing to replace" >&2
    head/out/infra check "$stack" -C head || status=1
  else
    head/out/infra check "$stack" -C head --base "$PWD/diff/base-${stack}.yaml" || status=1
  fi
done
exit "$status"
