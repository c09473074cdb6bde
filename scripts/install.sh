#!/usr/bin/env bash
# Installs Schwab Pipeline for production (SPEC §8):
#   /opt/schwab/<name>/         one framework-dependent publish per executable (schwabctl, schwab-<daemon>…)
#   /opt/schwab/bin/<name>      a link to each executable (what the units' ExecStart= names)
#   /etc/schwab/schwab.json     settings skeleton (only if absent)
#   /etc/schwab/schwab.env      secrets, mode 0600 (only if absent; commented keys)
#   /etc/schwab/token.key       token encryption key, 32 random bytes base64, mode 0600 (only if absent)
#   /etc/systemd/system/        the units from systemd/, each service with schwab-network.conf in its .d/ folder
# and creates the `schwab` system user and runs `systemctl daemon-reload`.
# Every daemon project under daemons/*/ is published, so new daemons are picked up without editing this script.
#
# Under --root DIR everything lands below DIR (packaging, tests) and neither the user is created nor systemd
# reloaded unless --create-user / --daemon-reload ask for it. The private-systemd tests install with
# --root and supply the user themselves (a bind-mounted passwd copy inside their namespace).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

usage() {
  cat <<'USAGE'
usage: scripts/install.sh [--root DIR] [--with-probe] [--configuration NAME] [--no-build]
                          [--create-user] [--daemon-reload] [--loopback-only]
  --root DIR          install below DIR instead of /
  --with-probe        also publish the test daemon schwab-probe (tests only)
  --configuration C   build configuration to publish (default Release)
  --no-build          publish what `dotnet build -c C` already built
  --create-user       under --root, still create the schwab user on this machine
  --daemon-reload     under --root, still run systemctl daemon-reload
  --loopback-only     do not install schwab-network.conf (units then reach loopback only)
USAGE
}

root=""; with_probe=0; configuration="Release"; no_build=0; create_user=""; reload=""; network=1
while [ $# -gt 0 ]; do
  case "$1" in
    --root) [ $# -ge 2 ] || { echo "install.sh: --root needs a directory" >&2; exit 2; }; root="$(realpath -m "$2")"; shift ;;
    --with-probe) with_probe=1 ;;
    --configuration) [ $# -ge 2 ] || { echo "install.sh: --configuration needs a name" >&2; exit 2; }; configuration="$2"; shift ;;
    --no-build) no_build=1 ;;
    --create-user) create_user=1 ;;
    --daemon-reload) reload=1 ;;
    --loopback-only) network=0 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
[ -n "$root" ] || { create_user=1; reload=1; }
if [ -z "$root" ] && [ "$(id -u)" -ne 0 ]; then
  echo "install.sh: installing into / needs root (or use --root DIR)" >&2
  exit 1
fi

opt="$root/opt/schwab"; etc="$root/etc/schwab"; units="$root/etc/systemd/system"; state="$root/var/lib/schwab"

projects=("$repo/cli/Schwab.Cli/Schwab.Cli.csproj")
for proj in "$repo"/daemons/*/*.csproj; do [ -e "$proj" ] && projects+=("$proj"); done
if [ "$with_probe" -eq 1 ]; then projects+=("$repo/tests/Schwab.Systemd.Probe/Schwab.Systemd.Probe.csproj"); fi

mkdir -p "$opt/bin"
publish_args=(-c "$configuration" -nologo -v quiet)
if [ "$no_build" -eq 1 ]; then publish_args+=(--no-build); fi
for proj in "${projects[@]}"; do
  name="$(dotnet msbuild "$proj" -nologo -getProperty:AssemblyName)"
  echo "publishing $name"
  rm -rf "$opt/.new-$name"
  if ! output="$(dotnet publish "$proj" "${publish_args[@]}" -o "$opt/.new-$name" 2>&1)"; then
    echo "$output" >&2
    echo "install.sh: publishing $name failed" >&2
    exit 1
  fi
  rm -rf "$opt/${name:?}"
  mv "$opt/.new-$name" "$opt/$name"
  ln -sfn "../$name/$name" "$opt/bin/$name"
done
install -m 0644 "$repo/README.md" "$opt/README.md"

if [ -n "$create_user" ] && ! getent passwd schwab >/dev/null; then
  useradd --system --user-group --home-dir /var/lib/schwab --no-create-home --shell /usr/sbin/nologin \
    --comment "Schwab Pipeline" schwab
  echo "created system user schwab"
fi
owner=""; getent passwd schwab >/dev/null && owner="schwab"

mkdir -p "$etc" "$state"
chmod 0750 "$etc" "$state"
if [ -n "$owner" ]; then chgrp schwab "$etc"; chown schwab:schwab "$state"; fi

if [ ! -e "$etc/schwab.json" ]; then
  cat >"$etc/schwab.json" <<'JSON'
{
  "Database": {
    "Provider": "Sqlite",
    "ConnectionString": "Data Source=/var/lib/schwab/schwab.db"
  }
}
JSON
  chmod 0640 "$etc/schwab.json"
  if [ -n "$owner" ]; then chgrp schwab "$etc/schwab.json"; fi
fi

if [ ! -e "$etc/schwab.env" ]; then
  (umask 077; cat >"$etc/schwab.env" <<'ENV'
# Secrets for every schwab-* unit (EnvironmentFile=), in the .NET Section__Key form. Keep this file mode 0600.
# Schwab__Apps__MAIN_DATA__ClientId=
# Schwab__Apps__MAIN_DATA__ClientSecret=
# Schwab__Apps__MAIN_DATA__RedirectUri=https://127.0.0.1
# Schwab__Apps__MAIN_TRADE__ClientId=
# Schwab__Apps__MAIN_TRADE__ClientSecret=
# Schwab__Apps__MAIN_TRADE__RedirectUri=https://127.0.0.1
# Database__Provider=SqlServer
# Database__ConnectionString=Server=sql.example;User Id=schwab;Password=...;Encrypt=true
# Alerts__Password=
ENV
  )
fi
chmod 0600 "$etc/schwab.env"

if [ ! -e "$etc/token.key" ]; then
  (umask 077; head -c 32 /dev/urandom | base64 >"$etc/token.key")
  echo "generated $etc/token.key"
fi
chmod 0600 "$etc/token.key"

mkdir -p "$units"
for unit in "$repo"/systemd/*.service "$repo"/systemd/*.target "$repo"/systemd/*.timer; do
  install -m 0644 "$unit" "$units/$(basename "$unit")"
done
if [ "$network" -eq 1 ]; then
  for unit in "$repo"/systemd/*.service; do
    mkdir -p "$units/$(basename "$unit").d"
    install -m 0644 "$repo/systemd/schwab-network.conf" "$units/$(basename "$unit").d/schwab-network.conf"
  done
fi

if [ -n "$reload" ]; then
  if [ -d /run/systemd/system ]; then
    systemctl daemon-reload
  else
    echo "systemd is not running here: skipped systemctl daemon-reload" >&2
  fi
fi

echo "installed below ${root:-/}"
[ -z "$root" ] && echo "next: edit /etc/schwab/schwab.env, run 'sudo -u schwab /opt/schwab/bin/schwabctl auth --api MAIN_DATA', then 'systemctl enable --now schwab.target'"
exit 0
