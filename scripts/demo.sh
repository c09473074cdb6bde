#!/usr/bin/env bash
# The README's first command: the pipeline on a fresh SQLite file against the built-in Schwab simulator,
# with no credentials and no root.
#   scripts/demo.sh [--duration SECONDS] [--data DIR] [--no-build] [--configuration Release|Debug]
# Ctrl-C stops everything cleanly; with --duration it stops by itself and exits 0, leaving the SQLite file in DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=""
data="var/demo"
build=1
configuration=Release
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="${2:?--duration needs a number of seconds}"; shift 2 ;;
    --data) data="${2:?--data needs a folder}"; shift 2 ;;
    --no-build) build=0; shift ;;
    --configuration) configuration="${2:?--configuration needs Release or Debug}"; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "demo.sh: unknown argument '$1' (use --duration SECONDS, --data DIR)" >&2; exit 2 ;;
  esac
done
if [ -n "$duration" ] && ! [[ "$duration" =~ ^[0-9]+$ ]]; then
  echo "demo.sh: --duration must be a whole number of seconds (got '$duration')" >&2; exit 2
fi

if [ "$build" -eq 1 ]; then
  echo "building ($configuration)…" >&2
  dotnet build Schwab.sln -c "$configuration" -nologo -v quiet -clp:ErrorsOnly >&2
fi
bin="$PWD/artifacts/bin"
flavour="$(tr '[:upper:]' '[:lower:]' <<<"$configuration")"
schwabctl="$bin/Schwab.Cli/$flavour/schwabctl"
daemons=()
for candidate in "$bin"/Schwab.Daemons.*/"$flavour"/schwab-*; do
  # The test project's folder holds copies of the daemons; run each daemon from its own folder only.
  case "$candidate" in *"/Schwab.Daemons.Tests/"*) continue ;; esac
  # schwab-stream is not yet verified against the simulator (issue 6 is open): the demo leaves it out for now.
  case "$(basename "$candidate")" in schwab-stream) continue ;; esac
  # The apphost executables only (schwab-tokens, schwab-chains, …), not their .dll/.json/.pdb companions.
  case "$(basename "$candidate")" in *.*) ;; *) [ -x "$candidate" ] && daemons+=("$candidate") ;; esac
done

mkdir -p "$data"
data="$(cd "$data" && pwd)"
rm -f "$data"/schwab.db "$data"/schwab.db-wal "$data"/schwab.db-shm "$data"/simulator.env
pids=()
stop() {
  trap - INT TERM EXIT
  echo "stopping…" >&2
  # SIGTERM, as systemd sends: background jobs of a script ignore SIGINT.
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap 'stop; exit 0' INT TERM
trap stop EXIT

# 1. The simulator on a free loopback port; it prints the app settings that reach it.
"$schwabctl" simulate --port 0 --demo-calendar >"$data/simulator.env" 2>"$data/simulator.log" &
pids+=($!)
for _ in $(seq 1 150); do grep -q BaseUrl "$data/simulator.env" 2>/dev/null && break; sleep 0.2; done
grep -q BaseUrl "$data/simulator.env" || { echo "demo.sh: the simulator did not start; see $data/simulator.log" >&2; exit 1; }
set -a; source "$data/simulator.env"; set +a
base="$Schwab__Apps__MAIN_DATA__BaseUrl"

# 2. Settings, key and schema, as an operator would make them.
cat >"$data/schwab.json" <<JSON
{
  "Database": { "Provider": "Sqlite", "ConnectionString": "Data Source=$data/schwab.db" },
  "Security": { "KeyFile": "$data/token.key" },
  "Schwab": { "DataApp": "MAIN_DATA", "TradeApp": "MAIN_DATA" }
}
JSON
export SCHWAB_CONFIG="$data/schwab.json"
[ -f "$data/token.key" ] || "$schwabctl" key create --path "$data/token.key" >/dev/null
"$schwabctl" db migrate >&2

# 3. The OAuth login, with the simulator playing the browser's redirect (bash's /dev/tcp: no curl needed).
url="$("$schwabctl" auth --api MAIN_DATA --print-url 2>/dev/null)"
hostport="${base#http://}"; path="${url#"$base"}"
exec 3<>"/dev/tcp/${hostport%:*}/${hostport#*:}"
printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$hostport" >&3
redirect="$(tr -d '\r' <&3 | sed -n 's/^[Ll]ocation: //p' | head -n 1)"
exec 3<&-
"$schwabctl" auth --api MAIN_DATA --redirect-url "$redirect" >&2

# 4. The daemons, in this terminal (no systemd needed).
for daemon in "${daemons[@]}"; do
  name="$(basename "$daemon")"
  "$daemon" --config "$data/schwab.json" 2>"$data/$name.log" &
  pids+=($!)
  echo "started $name (log: $data/$name.log)" >&2
done

# 5. Live progress until Ctrl-C or the duration.
start=$SECONDS
while :; do
  echo "--- $(date -u +%H:%M:%S) UTC, ${SECONDS}s"
  "$schwabctl" tokens || true
  if [ -n "$duration" ] && [ $((SECONDS - start)) -ge "$duration" ]; then break; fi
  sleep 5
done
stop
trap - EXIT
echo "demo data is in $data/schwab.db" >&2
