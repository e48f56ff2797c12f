#!/usr/bin/env bash
# Builds srclint and gencorpus, generates corpora of 1k, 10k and 100k
# articles (seed 1) in a temporary folder, lints each with every rule of the
# default rules.toml and JSON output, and prints a table: articles, MB, wall
# time, CPU time (user + system), peak RSS, findings, recall of the planted
# items.
#   scripts/bench.sh                 # 1000 10000 100000
#   SIZES="1000 10000" scripts/bench.sh
#   JOBS=2 TIMEOUT=900 KEEP=1 scripts/bench.sh
# Needs GNU time at /usr/bin/time (Debian/Ubuntu package "time").
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${SIZES:-"1000 10000 100000"}
jobs=${JOBS:-$(nproc)}
limit=${TIMEOUT:-1800}
[ -x /usr/bin/time ] || { echo "bench.sh: /usr/bin/time (GNU time) is required" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/srclint-bench.XXXXXX")
[ -n "${KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/srclint" ./cmd/srclint
go build -o "$tmp/gencorpus" ./cmd/gencorpus
echo "# $(go version | cut -d' ' -f3), $(nproc) CPUs, -j $jobs, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%9s %8s %9s %8s %10s %9s %8s  %s\n' articles MB wall_s cpu_s peak_RSS_MB findings recall per_kind
for n in $sizes; do
	dir="$tmp/c$n"
	"$tmp/gencorpus" -n "$n" -seed 1 -out "$dir/corpus" -manifest "$dir/manifest.json" >/dev/null
	mb=$(du -sb "$dir/corpus" | awk '{printf "%.1f", $1/1e6}')
	set +e
	( cd "$dir" && timeout "$limit" /usr/bin/time -f '%e %U %S %M' -o "$dir/time" \
		"$tmp/srclint" --format json -j "$jobs" corpus >"$dir/out.json" 2>"$dir/stderr" )
	code=$?
	set -e
	if [ "$code" -gt 2 ]; then
		printf '%9s %8s %9s %8s %10s %9s %8s  %s\n' "$n" "$mb" ">$limit" - - - - "exit $code (timeout or crash; see $dir/stderr)"
		continue
	fi
	read -r wall user sys rss_kb < <(tail -1 "$dir/time")
	score=$("$tmp/gencorpus" score -manifest "$dir/manifest.json" "$dir/out.json")
	findings=$(sed -n 's/^findings: \([0-9]*\).*/\1/p' <<<"$score")
	recall=$(awk '$1=="all"{print $4}' <<<"$score")
	kinds=$(awk 'NR>1 && $1!="all" && $1!="findings:" {printf "%s=%s ", $1, $5}' <<<"$score")
	printf '%9s %8s %9s %8.1f %10.0f %9s %8s  %s\n' "$n" "$mb" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')" "$(awk -v k="$rss_kb" 'BEGIN{print k/1024}')" "$findings" "$recall" "$kinds"
	[ -n "${VERBOSE:-}" ] && echo "$score"
	[ -n "${KEEP:-}" ] || rm -rf "$dir"
done
