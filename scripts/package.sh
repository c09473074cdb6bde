#!/usr/bin/env bash
# Builds the Debian package artifacts/package/schwab-pipeline_<version>_amd64.deb with dpkg-deb and prints its path.
# The tree is scripts/lib/stage.sh's (the one install.sh installs too); the maintainer scripts are scripts/debian/.
# linux-x64, self-contained: the host needs the Depends: packages only, no .NET SDK or runtime.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

usage() {
  cat <<'USAGE'
usage: scripts/package.sh [--version V] [--configuration NAME] [--no-build] [--no-ready-to-run]
  --version V          package version (default 0.1.<commits on this branch>)
  --configuration C    build configuration to publish (default Release)
  --no-build           reuse the last publish of each executable (see scripts/lib/stage.sh)
  --no-ready-to-run    IL only (slower start-up; to measure what ReadyToRun buys)
Prints the .deb's path on stdout; progress goes to stderr.
USAGE
}

version=""; stage_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --version) [ $# -ge 2 ] || { echo "package.sh: --version needs a value" >&2; exit 64; }; version="$2"; shift ;;
    --configuration) [ $# -ge 2 ] || { echo "package.sh: --configuration needs a name" >&2; exit 64; }; stage_args+=("$1" "$2"); shift ;;
    --no-build|--no-ready-to-run) stage_args+=("$1") ;;
    -h|--help) usage; exit 0 ;;
    *) echo "package.sh: unknown option '$1'" >&2; usage >&2; exit 64 ;;
  esac
  shift
done
[ -n "$version" ] || version="0.1.$(git -C "$repo" rev-list --count HEAD)"
for tool in dpkg-deb jq ldd; do
  command -v "$tool" >/dev/null 2>&1 || { echo "package.sh: '$tool' is missing (apt-get install dpkg jq libc-bin)" >&2; exit 1; }
done

out="$repo/artifacts/package"
tree="$out/tree"
bash "$repo/scripts/lib/stage.sh" --out "$tree" "${stage_args[@]}"

# Nothing under /etc: settings, secrets and the token key are the host's, made by postinst.
if [ -e "$tree/etc" ]; then echo "package.sh: the tree has an etc/ folder; postinst makes /etc/schwab" >&2; exit 1; fi
# Every native library must load on the host with the Depends: packages.
missing="$(find "$tree/opt/schwab/lib" -type f \( -name '*.so' -o -perm -u+x \) -print0 \
  | xargs -0 file -N -F '|' | awk -F'|' '/ELF/ { print $1 }' \
  | while read -r elf; do ldd "$elf" 2>&1 | sed -n "s|^\s*\(.*not found\)|${elf#"$tree"}: \1|p"; done)"
if [ -n "$missing" ]; then echo "package.sh: unresolved native libraries:" >&2; echo "$missing" >&2; exit 1; fi

mkdir -p "$tree/DEBIAN"
installed_kib="$(du -sk --exclude=DEBIAN "$tree" | cut -f1)"
sed -e "s/@VERSION@/$version/" -e "s/@INSTALLED_SIZE@/$installed_kib/" "$repo/scripts/debian/control.in" >"$tree/DEBIAN/control"
for script in postinst prerm postrm; do install -m 0755 "$repo/scripts/debian/$script" "$tree/DEBIAN/$script"; done
(cd "$tree" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum >DEBIAN/md5sums)

deb="$out/schwab-pipeline_${version}_amd64.deb"
rm -f "$out"/schwab-pipeline_*.deb
dpkg-deb --root-owner-group -Zxz --build "$tree" "$deb" >&2
echo "package: $(du -h "$deb" | cut -f1) .deb, $((installed_kib / 1024)) MiB installed ($(du -sh --exclude=DEBIAN "$tree" | cut -f1) on disk)" >&2
echo "$deb"
