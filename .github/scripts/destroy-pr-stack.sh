#!/usr/bin/env bash
# Destroys and removes a pull request's stack. "No such stack" (the CLI's exit code 6,
# ExitStackNotFound in pulumi pkg/cmd/pulumi/cmd/exit_codes.go) means there is nothing to do;
# any other failure (credentials, the backend, the destroy itself) fails the job, so a stack and
# its Neon branch are never left behind silently.
set -uo pipefail

stack="$1"
pulumi stack select "$stack" --non-interactive
code=$?
if [ "$code" -eq 6 ]; then
  echo "No stack ${stack}: nothing to destroy."
  exit 0
elif [ "$code" -ne 0 ]; then
  echo "::error::could not select ${stack} (pulumi exit ${code}); nothing was destroyed"
  exit "$code"
fi

set -e
pulumi destroy --stack "$stack" --yes --non-interactive
pulumi stack rm "$stack" --yes --non-interactive
