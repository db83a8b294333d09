#!/usr/bin/env bash
# Stops the test cluster's nodes (by their pid files) and removes GALERA_DIR.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
. "$here/lib.sh"
for n in "${NODES[@]}"; do
  pid=$(node_pid "$n")
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
done
sleep 0.5
rm -rf "$GALERA_DIR"
