#!/usr/bin/env bash
# Extra CI steps, called by .ci/run: each fuzz target for 15 s
# (scripts/fuzz.sh; 9 targets, about 3 minutes in all with builds).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/fuzz.sh "${FUZZ_SECONDS:-15}"
