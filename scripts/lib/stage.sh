#!/usr/bin/env bash
# Builds the install tree that scripts/package.sh packs into the .deb and scripts/install.sh copies onto / (or
# --root DIR), so both install the same layout:
#   opt/schwab/lib/                      every executable, published linux-x64 self-contained into one folder, so the
#                                        .NET and ASP.NET Core runtime and every dependency dll exist once
#   opt/schwab/bin/<name>                -> ../lib/<name> (what the units' ExecStart= names)
#   usr/bin/schwabctl                    -> /opt/schwab/bin/schwabctl
#   lib/systemd/system/                  units, target, timer and drop-ins from systemd/
#   usr/share/doc/schwab-pipeline/       README.md, copyright, schwabctl's --help text for every command
#   usr/share/schwab-pipeline/postinst   the maintainer script that install.sh runs too
# Nothing under etc/: settings, secrets and the token key are made on the host by postinst, never shipped.
#
# Each executable is published into artifacts/publish/<configuration>[-nor2r]/<name>/ and republished only when a
# file under lib/, cli/, daemons/ (or the probe) is newer than that publish, so a second run is quick.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"

usage() {
  cat <<'USAGE'
usage: scripts/lib/stage.sh --out DIR [--with-probe] [--configuration NAME] [--no-build] [--no-ready-to-run]
  --out DIR            write the tree here (emptied first)
  --with-probe         also stage the test daemon schwab-probe (tests only)
  --configuration C    build configuration to publish (default Release)
  --no-build           reuse the last publish of each executable even when sources are newer (fails if there is none)
  --no-ready-to-run    publish IL only (to measure what ReadyToRun buys)
USAGE
}

out=""; with_probe=0; configuration="Release"; no_build=0; r2r=true
while [ $# -gt 0 ]; do
  case "$1" in
    --out) [ $# -ge 2 ] || { echo "stage.sh: --out needs a directory" >&2; exit 64; }; out="$(realpath -m "$2")"; shift ;;
    --with-probe) with_probe=1 ;;
    --configuration) [ $# -ge 2 ] || { echo "stage.sh: --configuration needs a name" >&2; exit 64; }; configuration="$2"; shift ;;
    --no-build) no_build=1 ;;
    --no-ready-to-run) r2r=false ;;
    -h|--help) usage; exit 0 ;;
    *) echo "stage.sh: unknown option '$1'" >&2; usage >&2; exit 64 ;;
  esac
  shift
done
[ -n "$out" ] || { echo "stage.sh: --out is required" >&2; usage >&2; exit 64; }

rid="linux-x64"
publish_root="$repo/artifacts/publish/$configuration$([ "$r2r" = true ] || echo -nor2r)"
# The CLI first: it carries the ASP.NET Core runtime (the simulator), a superset of what the daemons bring.
projects=("$repo/cli/Schwab.Cli/Schwab.Cli.csproj")
for proj in "$repo"/daemons/*/*.csproj; do [ -e "$proj" ] && projects+=("$proj"); done
if [ "$with_probe" -eq 1 ]; then projects+=("$repo/tests/Schwab.Systemd.Probe/Schwab.Systemd.Probe.csproj"); fi
sources=("$repo/lib" "$repo/cli" "$repo/daemons" "$repo/Directory.Build.props" "$repo/Directory.Packages.props" "$repo/global.json")
[ "$with_probe" -eq 1 ] && sources+=("$repo/tests/Schwab.Systemd.Probe")

# publish PROJECT: leaves the executable's self-contained publish in $publish_root/<name>/ and prints <name>.
publish() {
  local proj="$1" name dir stamp
  name="$(basename "$(dirname "$proj")")"
  case "$name" in
    Schwab.Cli) name=schwabctl ;;
    Schwab.Daemons.*) name="schwab-$(echo "${name#Schwab.Daemons.}" | tr '[:upper:]' '[:lower:]')" ;;
    Schwab.Systemd.Probe) name=schwab-probe ;;
  esac
  dir="$publish_root/$name"; stamp="$dir/.published"
  if [ -e "$stamp" ] && { [ "$no_build" -eq 1 ] || [ -z "$(find "${sources[@]}" -newer "$stamp" -type f -print -quit)" ]; }; then
    echo "$name"; return
  fi
  [ "$no_build" -eq 0 ] || { echo "stage.sh: --no-build, but $name was never published (run without --no-build)" >&2; exit 1; }
  echo "publishing $name (linux-x64, self-contained, ReadyToRun=$r2r)" >&2
  rm -rf "$dir"
  local output
  if ! output="$(dotnet publish "$proj" -c "$configuration" -r "$rid" --self-contained -p:PublishReadyToRun="$r2r" \
      -nologo -v quiet -o "$dir" 2>&1)"; then
    echo "$output" >&2
    echo "stage.sh: publishing $name failed" >&2
    exit 1
  fi
  [ -x "$dir/$name" ] || { echo "stage.sh: $proj did not produce an executable named $name" >&2; exit 1; }
  touch "$stamp"
  echo "$name"
}

# versions DIR: "file<TAB>assemblyVersion/fileVersion" for every asset the executables in DIR list in their deps.json.
versions() {
  jq -r '.targets | to_entries[] | select(.key | contains("/")) | .value[] | ((.runtime // {}) + (.native // {}))
         | to_entries[] | "\(.key | split("/") | last)\t\(.value.assemblyVersion // "-")/\(.value.fileVersion // "-")"' \
    "$1"/*.deps.json | sort -u
}

rm -rf "$out"
lib="$out/opt/schwab/lib"
mkdir -p "$lib" "$out/opt/schwab/bin"
names=()
for proj in "${projects[@]}"; do names+=("$(publish "$proj")"); done

# Merge: a file two executables share must be the same file. Identical bytes are fine; different bytes are fine only
# when both deps.json name the same assembly and file version (ReadyToRun code compiled in two publishes); anything
# else is a real conflict, and the build stops.
conflicts=0; recompiled=0
for name in "${names[@]}"; do
  src="$publish_root/$name"
  versions "$src" >"$out/.versions-$name"
  while IFS= read -r -d '' file; do
    rel="${file#"$src"/}"
    case "$rel" in .published|*.xml|*.pdb) continue ;; esac
    # LTTng tracing provider: needs liblttng-ust, which the package does not depend on; the runtime runs without it.
    [ "$rel" = libcoreclrtraceptprovider.so ] && continue
    if [ ! -e "$lib/$rel" ]; then
      mkdir -p "$(dirname "$lib/$rel")"; cp -p "$file" "$lib/$rel"; continue
    fi
    cmp -s "$file" "$lib/$rel" && continue
    mine="$(awk -F'\t' -v f="$(basename "$rel")" '$1 == f { print $2 }' "$out/.versions-$name")"
    theirs="$(cat "$out"/.versions-* | awk -F'\t' -v f="$(basename "$rel")" '$1 == f { print $2 }' | sort -u)"
    if [ -n "$mine" ] && [ "$mine" = "$theirs" ]; then
      recompiled=$((recompiled + 1)); continue
    fi
    echo "stage.sh: conflict: $rel differs between $name (${mine:-not in its deps.json}) and an earlier executable (${theirs:-?})" >&2
    conflicts=$((conflicts + 1))
  done < <(find "$src" -type f -print0)
  ln -s "../lib/$name" "$out/opt/schwab/bin/$name"
done
rm -f "$out"/.versions-*
if [ "$conflicts" -gt 0 ]; then
  echo "stage.sh: $conflicts conflicting files: the executables disagree on a dependency's version (pin it in Directory.Packages.props)" >&2
  exit 1
fi
[ "$recompiled" -eq 0 ] || echo "stage.sh: $recompiled shared dlls differ only in their ReadyToRun code (same versions); kept the first" >&2

mkdir -p "$out/usr/bin"
ln -s /opt/schwab/bin/schwabctl "$out/usr/bin/schwabctl"

units="$out/lib/systemd/system"
mkdir -p "$units"
for unit in "$repo"/systemd/*.service "$repo"/systemd/*.target "$repo"/systemd/*.timer; do
  install -m 0644 "$unit" "$units/"
done
for dropins in "$repo"/systemd/*.d; do
  mkdir -p "$units/$(basename "$dropins")"
  install -m 0644 "$dropins"/*.conf "$units/$(basename "$dropins")/"
done

doc="$out/usr/share/doc/schwab-pipeline"
mkdir -p "$doc" "$out/usr/share/schwab-pipeline"
install -m 0644 "$repo/README.md" "$doc/README.md"
install -m 0644 "$repo/scripts/debian/copyright" "$doc/copyright"
bash "$repo/scripts/lib/help-doc.sh" "$lib/schwabctl" >"$doc/schwabctl.txt"
install -m 0755 "$repo/scripts/debian/postinst" "$out/usr/share/schwab-pipeline/postinst"
echo "staged ${names[*]} into $out" >&2
