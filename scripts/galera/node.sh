#!/usr/bin/env bash
# One node of the running test cluster: `node.sh kill N` (SIGKILL, as a crash), `node.sh start N` (rejoins:
# its position recovered, IST from a peer when the gcache still holds what it missed, else rsync SST),
# `node.sh state N`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
. "$here/lib.sh"
cmd=${1:?usage: node.sh kill|start|state N}
n=${2:?usage: node.sh kill|start|state N}
case "$cmd" in
  kill)
    pid=$(node_pid "$n")
    kill -9 "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    rm -f "$(node_dir "$n")/mysqld.pid"
    ;;
  start)
    d=$(node_dir "$n")
    chown -R mysql:mysql "$d"
    pos=$(/usr/sbin/mariadbd --defaults-file="$d/my.cnf" --wsrep-recover --log-error="$d/recover.log" >/dev/null 2>&1; \
      grep -o 'Recovered position: .*' "$d/recover.log" | tail -1 | awk '{print $3}' || true)
    if [ -n "$pos" ]; then start_node "$n" --wsrep-start-position="$pos"; else start_node "$n"; fi
    ;;
  state) node_state "$n" ;;
  *) echo "usage: node.sh kill|start|state N" >&2; exit 2 ;;
esac
