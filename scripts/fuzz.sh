#!/usr/bin/env bash
# Runs every fuzz target for a while (default 15 s each; CI uses that).
#   scripts/fuzz.sh [SECONDS]
# Add a target: one line "package-path FuzzName" in TARGETS below.
# A failing input is written under the package's testdata/fuzz/FuzzName/;
# commit it so that `go test` replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-15}

TARGETS='
./rules/load     FuzzParse
./rules/config   FuzzParse
./rules/text     FuzzWords
./rules          FuzzPipeline
./rules/sentence FuzzSplit
./rules/quote    FuzzExtract
./rules/mention  FuzzAnalyze
./rules/claim    FuzzExtract
./rules/boilerplate FuzzDetect
./rules/format   FuzzJSONString
'

fail=0
while read -r pkg name; do
	[ -n "$pkg" ] || continue
	printf '==> %s %s (%ss)\n' "$pkg" "$name" "$secs"
	if ! go test -run '^$' -fuzz "^${name}\$" -fuzztime "${secs}s" "$pkg"; then
		echo "FAIL: $pkg $name"
		fail=1
	fi
done <<<"$TARGETS"
exit $fail
