#!/usr/bin/env bash
# The benchmark table behind the README's targets: builds Release, runs tests/Schwab.Benchmarks.
# Usage: scripts/bench.sh [--json] [--only NAME] [--runs N]
#   --json   print only a JSON array of {"name","value","unit","baseline","ratio"} objects on stdout
#   --only   run the benchmarks whose name starts with NAME (e.g. chain.store)
# Build output and progress go to stderr; a full run (stream first, then the chain benchmarks) takes 1–2 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build tests/Schwab.Benchmarks/Schwab.Benchmarks.csproj -c Release -nologo -clp:ErrorsOnly -v:quiet >&2
exec dotnet artifacts/bin/Schwab.Benchmarks/release/Schwab.Benchmarks.dll "$@"
