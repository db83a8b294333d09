#!/usr/bin/env bash
# `npm run test:cluster`: starts the three-node Galera cluster (start.sh), runs test/cluster against it
# with GALERA_URLS set, and stops it whatever the outcome. Needs root (the nodes run as user mysql).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
trap '"$here/stop.sh"' EXIT
urls=$("$here/start.sh" | sed -n 's/^GALERA_URLS=//p')
GALERA_URLS="$urls" npx vitest run test/cluster "$@"
