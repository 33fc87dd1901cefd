#!/usr/bin/env bash
# Tells the bootstrap stack which app stacks exist, so that it reads their outputs (backup roles,
# bucket, database URL) only from stacks that are deployed: sets bootstrap.deployedStacks in the
# bootstrap stack's config (this run's checkout only, never committed) to those of the given stacks
# that `pulumi stack ls` lists with resources. A stack that exists but was never deployed
# (`infra secrets` creates them all before the first deploy) has no outputs to read yet. Before the
# app stacks' first `up` (an admin's first bootstrap from a laptop) the list stays empty and the
# bootstrap stack declares no stack reference.
#   usage: deployed-stacks.sh <stack>...    (the deploy workflow: staging prod)
set -euo pipefail

# `name` is the stack reference as the backend prints it: `prod` or `org/project/prod`
# (pulumi pkg/cmd/pulumi/stack/stack_list.go, stackSummaryJSON). A deployed stack has resources (at
# least its pulumi:pulumi:Stack); not `lastUpdate`: `stack init` with a secrets provider already writes a
# first state stamped with the time (pkg/cmd/pulumi/stack/io.go, CreateStack; pkg/backend/diy/stack.go).
stacks=$(pulumi stack ls --json)
if pulumi config get --stack bootstrap --path bootstrap.deployedStacks >/dev/null 2>&1; then
  pulumi config rm --stack bootstrap --path bootstrap.deployedStacks
fi
index=0
for stack in "$@"; do
  if jq -e --arg s "$stack" '.[] | select((.name == $s or (.name | endswith("/" + $s))) and (.resourceCount // 0) > 0)' <<<"$stacks" >/dev/null; then
    # A key without a namespace is the project's (pkg/cmd/pulumi/config/io.go, parseConfigKey).
    pulumi config set --stack bootstrap --path "bootstrap.deployedStacks[$index]" "$stack"
    index=$((index + 1))
  fi
done
echo "bootstrap.deployedStacks: ${index} of $# stack(s) deployed" >&2
