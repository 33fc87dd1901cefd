#!/usr/bin/env bash
# Creates or edits in place the pull-request comment that carries MARKER (an HTML comment).
# usage: upsert-comment.sh <pr-number> <marker> <body-file>; needs GH_TOKEN and GITHUB_REPOSITORY.
set -euo pipefail
pr="$1"; marker="$2"; body_file="$3"
body="$(printf '%s\n\n' "$marker"; head -c 60000 "$body_file")"
id="$(gh api "repos/${GITHUB_REPOSITORY}/issues/${pr}/comments" --paginate \
  --jq ".[] | select(.body | startswith(\"${marker}\")) | .id" | head -n 1)"
if [ -n "$id" ]; then
  gh api --method PATCH "repos/${GITHUB_REPOSITORY}/issues/comments/${id}" -f body="$body" > /dev/null
else
  gh api --method POST "repos/${GITHUB_REPOSITORY}/issues/${pr}/comments" -f body="$body" > /dev/null
fi
