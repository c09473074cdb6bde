#!/usr/bin/env bash
# Reverses scripts/install.sh with the package's own maintainer scripts: prerm stops and disables the units, the
# installed files go, postrm reloads systemd. /etc/schwab (token.key decrypts the stored tokens), /var/lib/schwab
# (the data) and the schwab user stay unless --purge is given, as with `dpkg --remove` and `dpkg --purge`.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

usage() {
  cat <<'USAGE'
usage: scripts/uninstall.sh [--root DIR] [--purge]
  --root DIR   uninstall what `install.sh --root DIR` laid out (systemd is then left alone)
  --purge      also delete /etc/schwab, /var/lib/schwab (every collected row) and the schwab user
USAGE
}

root=""; purge=0
while [ $# -gt 0 ]; do
  case "$1" in
    --root) [ $# -ge 2 ] || { echo "uninstall.sh: --root needs a directory" >&2; exit 64; }; root="$(realpath -m "$2")"; shift ;;
    --purge) purge=1 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "uninstall.sh: unknown option '$1'" >&2; usage >&2; exit 64 ;;
  esac
  shift
done
if [ -z "$root" ]; then
  [ "$(id -u)" -eq 0 ] || { echo "uninstall.sh: uninstalling from / needs root (or use --root DIR)" >&2; exit 1; }
  if dpkg-query -W -f='${Status}' schwab-pipeline 2>/dev/null | grep -q 'ok installed'; then
    echo "uninstall.sh: the schwab-pipeline package is installed; use dpkg --remove (or --purge) instead" >&2
    exit 1
  fi
fi

SCHWAB_ROOT="$root" sh "$repo/scripts/debian/prerm" remove

units="$root/lib/systemd/system"
for unit in "$repo"/systemd/*.service "$repo"/systemd/*.target "$repo"/systemd/*.timer; do
  rm -f "$units/$(basename "$unit")"
done
for dropins in "$repo"/systemd/*.d; do
  for conf in "$dropins"/*.conf; do rm -f "$units/$(basename "$dropins")/$(basename "$conf")"; done
  if [ -d "$units/$(basename "$dropins")" ]; then rmdir --ignore-fail-on-non-empty "$units/$(basename "$dropins")"; fi
done
override="$root/etc/systemd/system/schwab-.service.d/50-network.conf"
if [ -f "$override" ] && grep -q '^# install.sh --loopback-only' "$override"; then
  rm -f "$override"
  rmdir --ignore-fail-on-non-empty "$(dirname "$override")"
fi
rm -rf "$root/opt/schwab" "$root/usr/share/doc/schwab-pipeline" "$root/usr/share/schwab-pipeline"
rm -f "$root/usr/bin/schwabctl"

SCHWAB_ROOT="$root" sh "$repo/scripts/debian/postrm" "$([ "$purge" -eq 1 ] && echo purge || echo remove)"
echo "uninstalled from ${root:-/}"
