#!/usr/bin/env bash
# Runs every test: the README's test command, and what .ci/run calls.
# Needs only the .NET 10 SDK; tests that need root and a systemd binary skip with a reason otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

configuration="${CONFIGURATION:-Release}"
results="artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

dotnet build Schwab.sln -c "$configuration" -nologo -clp:ErrorsOnly

# A test that hangs fails its project after 10 minutes, naming the test, instead of running into CI's time limit.
status=0
dotnet test Schwab.sln -c "$configuration" --no-build -nologo \
  --logger "trx" --logger "console;verbosity=minimal" \
  --blame-hang --blame-hang-timeout 10m --blame-hang-dump-type none \
  --results-directory "$results" "$@" || status=$?

# The full-disk test needs a real, tiny filesystem: as root, give it a 256 KB tmpfs in a mount namespace of its own
# (nothing is mounted on the host); elsewhere it stays skipped with its reason.
if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null 2>&1; then
  tiny=$(mktemp -d)
  unshare --mount --propagation private sh -c 'mount -t tmpfs -o size=256k tmpfs "$0" && export SCHWAB_TEST_SMALL_FS="$0" && exec "$@"' \
    "$tiny" dotnet test tests/Schwab.Daemons.Tests -c "$configuration" --no-build -nologo \
    --filter "FullyQualifiedName~RunAsync_RealDiskFullWhileTheDatabaseIsDown" \
    --logger "trx;LogFileName=full-disk.trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?
  rmdir "$tiny"
fi

# One closing line in the plain 'N passed, N failed' form, summed over every test project.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  n=$(( ${t:-0} - ${e:-0} ))
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "no test ran" >&2
  status=1
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
