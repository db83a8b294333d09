# Shared by start.sh, stop.sh and node.sh: where node N lives and how to reach it.
# GALERA_DIR (default /tmp/lsgw-galera) holds node1..node3; MariaDB ports 3311-3313, group
# communication 4571-4573, IST 4581-4583, rsync SST 4591-4593.
GALERA_DIR="${GALERA_DIR:-/tmp/lsgw-galera}"
NODES=(1 2 3)
sql_port() { echo $((3310 + $1)); }
gcomm_port() { echo $((4570 + $1)); }
node_dir() { echo "$GALERA_DIR/node$1"; }
node_sql() { mariadb --protocol=socket -S "$(node_dir "$1")/mysqld.sock" -uroot -N -B -e "$2" 2>/dev/null; }
node_pid() { cat "$(node_dir "$1")/mysqld.pid" 2>/dev/null; }
node_state() { node_sql "$1" "SHOW STATUS LIKE 'wsrep_local_state_comment'" | awk '{print $2}'; }

write_config() {
  local n=$1 d
  d=$(node_dir "$n")
  local peers
  peers=$(for i in "${NODES[@]}"; do printf '127.0.0.1:%s,' "$(gcomm_port "$i")"; done)
  cat >"$d/my.cnf" <<CNF
[mysqld]
user=mysql
datadir=$d/data
socket=$d/mysqld.sock
pid-file=$d/mysqld.pid
log-error=$d/error.log
port=$(sql_port "$n")
bind-address=127.0.0.1
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
max_connections=400
max_allowed_packet=64M
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=96M
innodb_log_file_size=64M
innodb_flush_log_at_trx_commit=2
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=lsgw-test
wsrep_cluster_address=gcomm://${peers%,}
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:$(gcomm_port "$n")
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$n");ist.recv_addr=127.0.0.1:$((4580 + n));gcache.size=128M;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((4590 + n))
wsrep_slave_threads=2
# Causal reads: a read on one node waits until it has applied what any node committed before it (without
# it a replica reading through node 2 can miss a batch just committed through node 1; docs/scaling.md).
wsrep_sync_wait=1
CNF
}

# Starts node N in the background (extra mariadbd arguments after N) and waits until it is Synced.
start_node() {
  local n=$1 d
  shift
  d=$(node_dir "$n")
  chown -R mysql:mysql "$d"
  (/usr/sbin/mariadbd --defaults-file="$d/my.cnf" "$@" >>"$d/error.log" 2>&1 &)
  for _ in $(seq 1 120); do
    [ "$(node_state "$n")" = Synced ] && return 0
    sleep 0.5
  done
  echo "galera: node$n did not reach Synced; last lines of $d/error.log:" >&2
  tail -20 "$d/error.log" >&2
  return 1
}
