#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on this machine (Debian's galera-4 and mariadb-server, installed
# when missing): node1 bootstraps (--wsrep-new-cluster), node2 and node3 join by rsync SST. Root may
# log in from 127.0.0.1 without a password (a throw-away test cluster). Prints GALERA_URLS on stdout.
# Usage: scripts/galera/start.sh   (GALERA_DIR=/tmp/lsgw-galera; scripts/galera/stop.sh removes it)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
. "$here/lib.sh"

if [ ! -e /usr/lib/galera/libgalera_smm.so ] || ! command -v mariadbd >/dev/null 2>&1 || ! command -v rsync >/dev/null 2>&1; then
  echo "galera: installing galera-4, mariadb-server and rsync" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq galera-4 mariadb-server rsync >/dev/null
fi

"$here/stop.sh" >/dev/null 2>&1 || true
for n in "${NODES[@]}"; do
  mkdir -p "$(node_dir "$n")/data"
  write_config "$n"
done
# As mysql, not root: the rsync SST runs as the server's user and fails on root-owned files.
mariadb-install-db --defaults-file="$(node_dir 1)/my.cnf" --user=mysql --auth-root-authentication-method=socket \
  --skip-test-db >"$(node_dir 1)/install.log" 2>&1
start_node 1 --wsrep-new-cluster
node_sql 1 "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '';
GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION; FLUSH PRIVILEGES;"
for n in 2 3; do start_node "$n"; done

size=$(node_sql 1 "SHOW STATUS LIKE 'wsrep_cluster_size'" | awk '{print $2}')
[ "$size" = 3 ] || { echo "galera: cluster size $size, not 3" >&2; exit 1; }
echo "galera: 3 nodes Synced on 127.0.0.1:3311-3313" >&2
echo "GALERA_URLS=mysql://root@127.0.0.1:3311,mysql://root@127.0.0.1:3312,mysql://root@127.0.0.1:3313"
