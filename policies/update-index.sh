#!/bin/sh
# Rewrites policies/index.txt: every .rego file under policies/, one path per line, relative to
# policies/ and sorted. The engine lists the built-in policies in the jar through this file (a jar
# cannot be listed like a directory); run this after adding, renaming or removing a .rego file.
# With --check it changes nothing and exits 1 when the index is out of date.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
new=$(cd "$here" && find . -name '*.rego' -type f | sed 's|^\./||' | LC_ALL=C sort)
if [ "${1-}" = "--check" ]; then
  if [ "$new" != "$(cat "$here/index.txt" 2>/dev/null)" ]; then
    echo "policies/index.txt is out of date: run policies/update-index.sh" >&2
    exit 1
  fi
  exit 0
fi
printf '%s\n' "$new" > "$here/index.txt"
