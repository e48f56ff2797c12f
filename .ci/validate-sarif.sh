#!/usr/bin/env bash
# Validates srclint's SARIF output for the seeds twice:
#   1. with Microsoft's SARIF multitool and the rule kinds GitHub code scanning
#      applies (--rule-kind "Sarif;Ghas"); it exits 0 even when it finds errors,
#      so its output log is read and any error fails this script;
#   2. against the OASIS SARIF 2.1.0 JSON schema (draft-04) with ajv:
#      ../shared/sarif/sarif-schema-2.1.0.json, or SARIF_SCHEMA, or else the
#      same file downloaded from docs.oasis-open.org.
# Tools are installed with npm into a cache folder (SRCLINT_TOOLS_CACHE,
# default ~/.cache/srclint-ci), never globally. Needs Go, Node.js and npm.
set -euo pipefail
cd "$(dirname "$0")/.."

MULTITOOL=@microsoft/sarif-multitool@5.7.0
AJV=ajv@8.20.0
AJV_DRAFT04=ajv-draft-04@1.0.0
AJV_FORMATS=ajv-formats@3.0.1
SCHEMA=${SARIF_SCHEMA:-../shared/sarif/sarif-schema-2.1.0.json}
CACHE=${SRCLINT_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/srclint-ci}
TOOLS="$CACHE/sarif-tools"

fail() { echo "validate-sarif: $*" >&2; exit 1; }

command -v npm >/dev/null || fail "npm is required (install Node.js)"
SCHEMA_URL=https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json
if [ ! -f "$SCHEMA" ]; then
	# Outside the team's CI (../shared missing), fetch the same OASIS schema once.
	[ -z "${SARIF_SCHEMA:-}" ] || fail "SARIF schema not found at $SCHEMA"
	SCHEMA="$CACHE/sarif-schema-2.1.0.json"
	if [ ! -s "$SCHEMA" ]; then
		echo "validate-sarif: ../shared/sarif is missing; downloading $SCHEMA_URL" >&2
		mkdir -p "$CACHE"
		curl -fsSL "$SCHEMA_URL" -o "$SCHEMA.tmp" || fail "cannot download the SARIF schema"
		mv "$SCHEMA.tmp" "$SCHEMA"
	fi
fi

case "$(uname -s)" in
	Linux) platform=linux ;;
	Darwin) platform=darwin ;;
	*) fail "unsupported platform $(uname -s)" ;;
esac
bin="$TOOLS/node_modules/@microsoft/sarif-multitool-$platform/Sarif.Multitool"
if [ ! -f "$bin" ] || [ ! -d "$TOOLS/node_modules/ajv-draft-04" ]; then
	mkdir -p "$TOOLS"
	npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error \
		"$MULTITOOL" "$AJV" "$AJV_DRAFT04" "$AJV_FORMATS" >&2
fi
[ -f "$bin" ] || fail "the multitool binary is missing: $bin"
chmod u+x "$bin" # npm may skip the package's postinstall that does this

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sarif="$work/seeds.sarif"
log="$work/validation.sarif"

go build -o "$work/srclint" ./cmd/srclint
set +e
"$work/srclint" --format "sarif=$sarif" fixtures/seeds
code=$?
set -e
[ "$code" = 0 ] || [ "$code" = 1 ] || fail "srclint exited $code"
[ -s "$sarif" ] || fail "srclint wrote no SARIF"

echo "== SARIF multitool validate --rule-kind \"Sarif;Ghas\""
# DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: the self-contained binary then runs
# without libicu.
DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$bin" validate --rule-kind "Sarif;Ghas" \
	--level "Error;Warning;Note" --output "$log" "$sarif" >"$work/multitool.out" 2>&1 || {
	cat "$work/multitool.out"; fail "the multitool failed to run"; }
[ -s "$log" ] || { cat "$work/multitool.out"; fail "the multitool wrote no log"; }

# The console lines name each problem in words; show errors and warnings.
grep -E ': (error|warning) ' "$work/multitool.out" || true
node - "$log" <<'JS'
const log = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
const counts = { error: 0, warning: 0, note: 0 };
const byRule = {};
for (const run of log.runs || []) {
  for (const n of (run.invocations || []).flatMap(i => i.toolExecutionNotifications || [])) {
    if ((n.level || "warning") === "error") { counts.error++; console.log(`error (tool): ${n.message && n.message.text}`); }
  }
  for (const r of run.results || []) {
    const level = r.level || "warning";
    counts[level] = (counts[level] || 0) + 1;
    const key = `${level} ${r.ruleId}`;
    byRule[key] = (byRule[key] || 0) + 1;
  }
}
for (const k of Object.keys(byRule).sort()) console.log(`  ${byRule[k]} × ${k}`);
console.log(`multitool: ${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes`);
process.exit(counts.error > 0 ? 1 : 0);
JS

echo "== JSON schema $SCHEMA"
NODE_PATH="$TOOLS/node_modules" node - "$SCHEMA" "$sarif" <<'JS'
const fs = require("fs");
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");
const [schemaPath, dataPath] = process.argv.slice(2);
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")));
if (!validate(JSON.parse(fs.readFileSync(dataPath, "utf8")))) {
  for (const e of validate.errors) console.log(`schema error at ${e.instancePath || "/"}: ${e.message}`);
  process.exit(1);
}
console.log("schema: valid");
JS
echo "validate-sarif: ok"
