#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster with PostGIS for the tests and benchmarks of the shared database.
#
#   scripts/pg-test-cluster.sh start DIR [--durable]   starts a cluster in DIR (made if missing) on a free
#                                                     local port, writes its connection to DIR/conninfo and
#                                                     prints it; --durable keeps fsync on (benchmarks)
#   scripts/pg-test-cluster.sh stop DIR               stops it and removes DIR
#   scripts/pg-test-cluster.sh available              exits 0 when the server packages are installed
#
# PostgreSQL refuses to run as root: as root (CI) the cluster belongs to the postgres user, otherwise to the
# caller. It listens only on a Unix socket in DIR (no TCP), trusts local connections and its superuser is
# tk_admin. When TRYGGKARTA_TEST_PG is already set (.ci/run started one), start only writes that connection.
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
postgis_control=/usr/share/postgresql/15/extension/postgis.control

available() { [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ] && [ -f "$postgis_control" ]; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && [ ! -e "/tmp/.s.PGSQL.$port" ]; then
      echo "$port"
      return
    fi
  done
  echo 45432
}

cmd=${1:-}
case "$cmd" in
available)
  available
  ;;
start)
  dir=${2:?usage: pg-test-cluster.sh start DIR [--durable]}
  durable=${3:-}
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ -n "${TRYGGKARTA_TEST_PG:-}" ]; then
    printf '%s\n' "$TRYGGKARTA_TEST_PG" > "$dir/conninfo"
    echo "$TRYGGKARTA_TEST_PG"
    exit 0
  fi
  if ! available; then
    rm -f "$dir/conninfo"
    echo "missing" > "$dir/missing"
    echo "PostgreSQL 15 with PostGIS 3 is not installed (apt-get install postgresql-15-postgis-3):" \
      "the shared-database tests are skipped." >&2
    exit 0
  fi
  rm -f "$dir/missing"
  if [ -f "$dir/postmaster.pid.copy" ] || [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" stop -m immediate >/dev/null 2>&1 || true
  fi
  rm -rf "$dir/data"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  as_owner "$bin/initdb" -D "$dir/data" -U tk_admin --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  port=$(free_port)
  options="-p $port -k $dir -c listen_addresses= -c max_connections=60 -c shared_buffers=128MB"
  if [ "$durable" != "--durable" ]; then
    options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  as_owner "$bin/pg_ctl" -D "$dir/data" -o "$options" -l "$dir/server.log" -w -t 60 start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  conninfo="host=$dir port=$port user=tk_admin dbname=postgres"
  printf '%s\n' "$conninfo" > "$dir/conninfo"
  echo "$conninfo"
  ;;
stop)
  dir=${2:?usage: pg-test-cluster.sh stop DIR}
  [ -d "$dir" ] || exit 0
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 ||
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: pg-test-cluster.sh start DIR [--durable] | stop DIR | available" >&2
  exit 2
  ;;
esac
