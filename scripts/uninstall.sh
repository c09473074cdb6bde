#!/usr/bin/env bash
# Reverses scripts/install.sh: stops and disables the units, removes them (with their schwab-network.conf drop-ins)
# and /opt/schwab, and reloads systemd. Keeps /etc/schwab (token.key decrypts the stored tokens) and /var/lib/schwab
# (the data) and the schwab user unless --purge is given.
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
    --root) [ $# -ge 2 ] || { echo "uninstall.sh: --root needs a directory" >&2; exit 2; }; root="$(realpath -m "$2")"; shift ;;
    --purge) purge=1 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "uninstall.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$root" ] && [ "$(id -u)" -ne 0 ]; then
  echo "uninstall.sh: uninstalling from / needs root (or use --root DIR)" >&2
  exit 1
fi

units="$root/etc/systemd/system"
names=()
for unit in "$repo"/systemd/*.service "$repo"/systemd/*.target "$repo"/systemd/*.timer; do names+=("$(basename "$unit")"); done

live=0
if [ -z "$root" ] && [ -d /run/systemd/system ]; then live=1; fi
if [ "$live" -eq 1 ]; then
  systemctl disable --now schwab.target schwab-health.timer >/dev/null 2>&1 || true
  systemctl stop 'schwab-*' >/dev/null 2>&1 || true
  systemctl disable "${names[@]}" >/dev/null 2>&1 || true
fi

for name in "${names[@]}"; do
  rm -f "$units/$name"
  rm -f "$units/$name.d/schwab-network.conf"
  if [ -d "$units/$name.d" ]; then rmdir --ignore-fail-on-non-empty "$units/$name.d"; fi
done
rm -rf "$root/opt/schwab"

if [ "$purge" -eq 1 ]; then
  rm -rf "$root/etc/schwab" "$root/var/lib/schwab"
  if [ -z "$root" ] && getent passwd schwab >/dev/null; then userdel schwab; fi
  echo "purged configuration, key and data"
else
  echo "kept ${root}/etc/schwab and ${root}/var/lib/schwab (use --purge to delete them)"
fi

if [ "$live" -eq 1 ]; then
  systemctl daemon-reload
  systemctl reset-failed 'schwab-*' >/dev/null 2>&1 || true
fi
echo "uninstalled from ${root:-/}"
