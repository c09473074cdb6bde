#!/usr/bin/env bash
# Prints the reference text for schwabctl: `--help` of the root command and of every subcommand, found by walking
# the "Commands:" section of each help page. Usage: scripts/lib/help-doc.sh PATH-TO-SCHWABCTL
set -euo pipefail
exe="$1"

# walk "word word…": prints the help of `schwabctl word… --help`, then of each command it lists.
walk() {
  local help
  # shellcheck disable=SC2086 # the words are command names
  help="$("$exe" $1 --help)"
  printf '%s\n' "================================================================"
  printf "schwabctl%s\n" "${1:+ $1}"
  printf '%s\n\n%s\n\n' "================================================================" "$help"
  local sub
  for sub in $(printf '%s\n' "$help" | awk '/^Commands:/ { on = 1; next } on && /^[^ ]/ { on = 0 } on && NF { print $1 }'); do
    sub="${sub%%,*}"
    walk "${1:+$1 }$sub"
  done
}

echo "schwabctl reference, generated from its --help output when this package was built."
echo
walk ""
