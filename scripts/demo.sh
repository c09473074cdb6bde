#!/usr/bin/env bash
# The README's first command: the whole pipeline on a fresh SQLite file against the built-in Schwab simulator, with no
# credentials, no root and no systemd.
#   scripts/demo.sh [--duration SECONDS] [--data DIR] [--no-build] [--configuration Release|Debug]
# Ctrl-C stops everything cleanly; with --duration it stops by itself and exits 0, leaving DIR/schwab.db and
# DIR/schwab.json (so 'schwabctl health --config DIR/schwab.json' and 'sqlite3 DIR/schwab.db' work afterwards).
# The work is done by 'schwabctl demo' (cli/Schwab.Cli/Commands/Demo/); this script builds and hands over to it.
set -euo pipefail
cd "$(dirname "$0")/.."

args=()
build=1
configuration=Release
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) args+=(--duration "${2:?--duration needs a number of seconds}"); shift 2 ;;
    --data) args+=(--data "${2:?--data needs a folder}"); shift 2 ;;
    --no-build) build=0; shift ;;
    --configuration) configuration="${2:?--configuration needs Release or Debug}"; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "demo.sh: unknown argument '$1' (use --duration SECONDS, --data DIR)" >&2; exit 2 ;;
  esac
done
case "$configuration" in Release|Debug) ;; *) echo "demo.sh: --configuration must be Release or Debug (got '$configuration')" >&2; exit 2 ;; esac

if [ "$build" -eq 1 ]; then
  # A first build takes about two minutes on two cores: say so, and show each project as it is built.
  total=$(grep -c '\.csproj"' Schwab.sln)
  echo "building $total projects ($configuration; the first build takes about 2 minutes, later ones seconds)…" >&2
  log=$(mktemp)
  trap 'rm -f "$log"' EXIT
  built=0
  set +e
  dotnet build Schwab.sln -c "$configuration" -nologo -v minimal -tl:off -clp:NoSummary 2>&1 | tee "$log" | while IFS= read -r line; do
    case "$line" in
      *" -> "*) built=$((built + 1)); name="${line%% -> *}"; printf '  [%d/%d] %s\n' "$built" "$total" "${name#"${name%%[! ]*}"}" >&2 ;;
    esac
  done
  status=${PIPESTATUS[0]}
  set -e
  if [ "$status" -ne 0 ]; then
    grep -E 'error|Error' "$log" | sort -u >&2 || cat "$log" >&2
    echo "demo.sh: the build failed" >&2
    exit 1
  fi
fi
schwabctl="$PWD/artifacts/bin/Schwab.Cli/$(tr '[:upper:]' '[:lower:]' <<<"$configuration")/schwabctl"
[ -x "$schwabctl" ] || { echo "demo.sh: $schwabctl is not built (run without --no-build)" >&2; exit 1; }

# exec: Ctrl-C and SIGTERM reach schwabctl itself, which stops every daemon it started before it exits.
exec "$schwabctl" demo "${args[@]}"
