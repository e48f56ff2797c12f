#!/usr/bin/env bash
# Side-by-side timing of srclint (every rule, JSON output) and Vale 3.21 with
# a substitution style holding the same [[variants]] pairs as srclint's
# default rules.toml, on the same generated corpus, alternating A B A B.
#   scripts/compare-vale.sh            # 10k articles
#   N=1000 ROUNDS=2 scripts/compare-vale.sh
# Installs Vale with `go install` (about 2.5 minutes the first time) unless
# VALE points at a vale binary. Needs GNU time at /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${N:-10000}
rounds=${ROUNDS:-2}
[ -x /usr/bin/time ] || { echo "compare-vale.sh: /usr/bin/time (GNU time) is required" >&2; exit 2; }

vale=${VALE:-}
if [ -z "$vale" ]; then
	vale="$(go env GOPATH)/bin/vale"
	# `go install` builds report "vale version master": check the module version.
	if ! go version -m "$vale" 2>/dev/null | grep -q 'vale/v3[[:space:]]*v3\.21\.0'; then
		echo "installing Vale v3.21.0 (go install; a few minutes)..." >&2
		go install github.com/vale-cli/vale/v3/cmd/vale@v3.21.0
	fi
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/srclint-vale.XXXXXX")
[ -n "${KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/srclint" ./cmd/srclint
go build -o "$tmp/gencorpus" ./cmd/gencorpus
"$tmp/gencorpus" -n "$n" -seed 1 -out "$tmp/corpus" -manifest "$tmp/manifest.json" >&2

mkdir -p "$tmp/styles/Srclint"
"$tmp/gencorpus" vale-style >"$tmp/styles/Srclint/Variants.yml" 2>"$tmp/pairs"
cat >"$tmp/.vale.ini" <<INI
StylesPath = styles
MinAlertLevel = suggestion

[*.md]
BasedOnStyles = Srclint
INI

# run NAME CMD...: runs CMD in $tmp under GNU time; prints "wall rss_kb".
run() {
	local name=$1; shift
	( cd "$tmp" && /usr/bin/time -f '%e %M' -o "$tmp/time.$name" "$@" >"$tmp/out.$name" 2>"$tmp/err.$name" ) || true
	tail -1 "$tmp/time.$name"
}

echo "# Vale $(go version -m "$vale" | awk '$1=="mod"{print $3}'), $(cut -d' ' -f1 "$tmp/pairs") substitution pairs; $n articles, $(du -sb "$tmp/corpus" | awk '{printf "%.1f MB", $1/1e6}'); $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %5s %8s %12s\n' tool round wall_s peak_RSS_MB
s_sum=0; v_sum=0
for r in $(seq 1 "$rounds"); do
	read -r w m < <(run srclint "$tmp/srclint" --format json corpus)
	printf '%-8s %5s %8s %12.0f\n' srclint "$r" "$w" "$(awk -v k="$m" 'BEGIN{print k/1024}')"
	s_sum=$(awk -v a="$s_sum" -v b="$w" 'BEGIN{print a+b}')
	read -r w m < <(run vale "$vale" --no-exit --output=line corpus)
	printf '%-8s %5s %8s %12.0f\n' vale "$r" "$w" "$(awk -v k="$m" 'BEGIN{print k/1024}')"
	v_sum=$(awk -v a="$v_sum" -v b="$w" 'BEGIN{print a+b}')
done
echo "srclint findings: $(grep -o '"rule"' "$tmp/out.srclint" | wc -l); vale alerts: $(wc -l <"$tmp/out.vale")"
awk -v s="$s_sum" -v v="$v_sum" 'BEGIN{printf "ratio vale/srclint (mean wall time): %.2fx (target >= 4x)\n", v/s}'
