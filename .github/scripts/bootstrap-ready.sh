#!/usr/bin/env bash
# Whether CI can update (or preview) the bootstrap stack: prints deploy=true or deploy=false for
# $GITHUB_OUTPUT. Before the admin's first `pulumi up --stack bootstrap` from a laptop (README,
# step 4) there is nothing to update: a notice, deploy=false. Without an encrypted github:token in
# the stack's config, or with the committed placeholder secrets, the update would fail on the
# first GitHub call or on decryption: an error with the fix, exit 1. A failing `pulumi stack ls`
# (backend, login) fails too: never read as "no stack".
set -euo pipefail
file=${1:-Pulumi.bootstrap.yaml}

# `name` is the stack reference as the backend prints it: `bootstrap` or `org/project/bootstrap`; a
# deployed stack has resources (at least its pulumi:pulumi:Stack). Not `lastUpdate`: `stack init` with a
# secrets provider already writes a first state stamped with the time (pulumi pkg/cmd/pulumi/stack/io.go,
# CreateStack; diy's summary reports it, pkg/backend/diy/stack.go), and `infra secrets` creates the stack.
stacks=$(pulumi stack ls --json)
if ! jq -e '.[] | select((.name == "bootstrap" or (.name | endswith("/bootstrap"))) and (.resourceCount // 0) > 0)' <<<"$stacks" >/dev/null; then
  echo "::notice::The bootstrap stack is not deployed yet: an admin deploys it once from a laptop (README, step 4)." >&2
  echo "deploy=false"
  exit 0
fi
if ! grep -A1 -E '^  github:token:' "$file" | grep -Eq '^    secure: '; then
  echo "::error file=$file::github:token is not an encrypted value of the bootstrap stack's config, and the workflow's token cannot administer the repository: pulumi config set --secret --stack bootstrap github:token <token>" >&2
  exit 1
fi
# The committed placeholders (base64 of REPLACE-WITH-...) cannot be decrypted.
if grep -q 'UkVQTEFDRS1' "$file"; then
  echo "::error file=$file::placeholder secrets are still in the bootstrap stack's config: run infra secrets (README, step 3), or pulumi config set --secret --stack bootstrap <KEY> for each" >&2
  exit 1
fi
echo "deploy=true"
