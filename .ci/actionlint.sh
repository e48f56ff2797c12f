#!/usr/bin/env bash
# Lints the GitHub workflows with actionlint; action.yml is checked through
# the ci.yml job that uses it (uses: ./). shellcheck, when installed, checks
# the workflows' run: scripts too.
set -euo pipefail
cd "$(dirname "$0")/.."
go run github.com/rhysd/actionlint/cmd/actionlint@v1.7.12 .github/workflows/*.yml
echo "actionlint: ok"
