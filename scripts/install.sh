#!/usr/bin/env bash
# Installs Schwab Pipeline from source (needs the .NET SDK), in the same layout as the .deb from scripts/package.sh:
# scripts/lib/stage.sh builds the tree, this script copies it onto / (or --root DIR) and runs the package's postinst.
#   /opt/schwab/lib/                  every executable, self-contained linux-x64, sharing one runtime
#   /opt/schwab/bin/<name>            a link to each executable (what the units' ExecStart= names)
#   /usr/bin/schwabctl                a link to /opt/schwab/bin/schwabctl
#   /lib/systemd/system/              units, target, timer, drop-ins (schwab-.service.d/ applies to every unit)
#   /usr/share/doc/schwab-pipeline/   README.md, copyright, schwabctl.txt (every command's --help)
# postinst then creates the schwab user, /etc/schwab (settings skeleton, secrets template, a fresh token key; each
# only if absent), /var/lib/schwab, and runs `systemctl daemon-reload`.
#
# Under --root DIR everything lands below DIR (tests) and neither the user is created nor systemd reloaded unless
# --create-user / --daemon-reload ask for it; no token key is made there (a key belongs to a host, not to a tree).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

usage() {
  cat <<'USAGE'
usage: scripts/install.sh [--root DIR] [--with-probe] [--configuration NAME] [--no-build] [--no-ready-to-run]
                          [--create-user] [--daemon-reload] [--loopback-only]
  --root DIR          install below DIR instead of /
  --with-probe        also install the test daemon schwab-probe (tests only)
  --configuration C   build configuration to publish (default Release)
  --no-build          reuse the last publish of each executable (see scripts/lib/stage.sh)
  --no-ready-to-run   IL only (slower start-up; to measure what ReadyToRun buys)
  --create-user       under --root, still create the schwab user on this machine
  --daemon-reload     under --root, still run systemctl daemon-reload
  --loopback-only     keep the units on loopback: an empty /etc/systemd/system/schwab-.service.d/50-network.conf
                      replaces the shipped network opening
USAGE
}

root=""; stage_args=(); create_user=""; reload=""; loopback=0
while [ $# -gt 0 ]; do
  case "$1" in
    --root) [ $# -ge 2 ] || { echo "install.sh: --root needs a directory" >&2; exit 64; }; root="$(realpath -m "$2")"; shift ;;
    --configuration) [ $# -ge 2 ] || { echo "install.sh: --configuration needs a name" >&2; exit 64; }; stage_args+=("$1" "$2"); shift ;;
    --with-probe|--no-build|--no-ready-to-run) stage_args+=("$1") ;;
    --create-user) create_user=1 ;;
    --daemon-reload) reload=1 ;;
    --loopback-only) loopback=1 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown option '$1'" >&2; usage >&2; exit 64 ;;
  esac
  shift
done
if [ -z "$root" ]; then
  [ "$(id -u)" -eq 0 ] || { echo "install.sh: installing into / needs root (or use --root DIR)" >&2; exit 1; }
  if dpkg-query -W -f='${Status}' schwab-pipeline 2>/dev/null | grep -q 'ok installed'; then
    echo "install.sh: the schwab-pipeline package is installed; upgrade it with dpkg -i instead" >&2
    exit 1
  fi
fi

# One staged tree per configuration and probe choice; stage.sh republishes only what changed.
stage="$repo/artifacts/stage/$(printf '%s' "${stage_args[*]:-default}" | tr -c 'A-Za-z0-9' '_')"
bash "$repo/scripts/lib/stage.sh" --out "$stage" "${stage_args[@]}"

previous=""
[ -e "$root/opt/schwab/bin/schwabctl" ] && previous="source-install"

# The layout before the package: one folder per executable, units in /etc/systemd/system (where they would shadow
# the new ones) with a schwab-network.conf drop-in each.
for old in "$root"/opt/schwab/schwabctl "$root"/opt/schwab/schwab-*; do [ -d "$old" ] && rm -rf "$old"; done
rm -f "$root/opt/schwab/README.md"
for unit in "$stage"/lib/systemd/system/*.service "$stage"/lib/systemd/system/*.target "$stage"/lib/systemd/system/*.timer; do
  name="$(basename "$unit")"
  [ -f "$root/etc/systemd/system/$name" ] && [ ! -L "$root/etc/systemd/system/$name" ] && rm -f "$root/etc/systemd/system/$name"
  rm -f "$root/etc/systemd/system/$name.d/schwab-network.conf"
  [ -d "$root/etc/systemd/system/$name.d" ] && rmdir --ignore-fail-on-non-empty "$root/etc/systemd/system/$name.d"
done

mkdir -p "$root/opt/schwab"
rm -rf "$root/opt/schwab/.new"
mkdir -p "$root/opt/schwab/.new"
cp -a "$stage/opt/schwab/lib" "$stage/opt/schwab/bin" "$root/opt/schwab/.new/"
rm -rf "$root/opt/schwab/lib" "$root/opt/schwab/bin"
mv "$root/opt/schwab/.new/lib" "$root/opt/schwab/.new/bin" "$root/opt/schwab/"
rmdir "$root/opt/schwab/.new"
mkdir -p "$root/usr" "$root/lib/systemd/system"
cp -a "$stage/usr/." "$root/usr/"
cp -a "$stage/lib/systemd/system/." "$root/lib/systemd/system/"

override="$root/etc/systemd/system/schwab-.service.d/50-network.conf"
marker="# install.sh --loopback-only"
if [ "$loopback" -eq 1 ]; then
  mkdir -p "$(dirname "$override")"
  printf '%s: replaces the shipped network opening, so every unit reaches loopback only.\n' "$marker" >"$override"
elif [ -f "$override" ] && grep -q "^$marker" "$override"; then
  rm -f "$override"
  rmdir --ignore-fail-on-non-empty "$(dirname "$override")"
fi

SCHWAB_ROOT="$root" SCHWAB_CREATE_USER="$create_user" SCHWAB_DAEMON_RELOAD="$reload" \
  sh "$root/usr/share/schwab-pipeline/postinst" configure "$previous"
echo "installed below ${root:-/}"
