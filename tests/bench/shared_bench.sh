#!/usr/bin/env bash
# The shared database's benchmark, against ogr2ogr copying the same rows between the same two in the same run
# (alternating, medians), on a throw-away PostgreSQL 15 + PostGIS 3 cluster of its own (fsync on):
#   1. push: a project's N new incidents (the demo grown to N) sent to a new shared database: tryggkarta-cli
#      sync --connect (every shared table, the incidents row by row with versions) against ogr2ogr copying the
#      incidents layer from the GeoPackage to PostgreSQL;
#   2. pull: a new offline copy of that database made: tryggkarta-cli sync NEW.gpkg --connect against ogr2ogr
#      copying tryggkarta.incidents into a new GeoPackage;
#   3. a week's changes (C rows: half edits, half new) in a copy of a database of BIG incidents, sent
#      (push) and fetched (pull): tryggkarta-cli sync against ogr2ogr appending the same C rows;
#   4. opening a shared project with N incidents in the app to the first drawn map (tryggkarta --shared, under
#      Xvfb): the first time (the copy is made) and again (the copy is brought up to date). Goal: under 3 s.
#
#   shared_bench.sh --cli PATH --makeproject PATH --work DIR [--app PATH] [--incidents N] [--big N]
#                   [--changes N] [--repeat N]
set -euo pipefail
cli="" make="" work="" app="" incidents=100000 big=1000000 changes=1000 repeat=5
while [ $# -gt 0 ]; do
  case "$1" in
    --cli) cli=$2; shift 2 ;;
    --makeproject) make=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --app) app=$2; shift 2 ;;
    --incidents) incidents=$2; shift 2 ;;
    --big) big=$2; shift 2 ;;
    --changes) changes=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$cli" ] && [ -x "$make" ] && [ -n "$work" ] || {
  echo "usage: $0 --cli PATH --makeproject PATH --work DIR [--app PATH] [--incidents N] [--big N] [--changes N] [--repeat N]" >&2
  exit 2
}
root=$(cd "$(dirname "$0")/../.." && pwd)
command -v ogr2ogr >/dev/null || { echo "needs ogr2ogr (gdal-bin)" >&2; exit 2; }
if ! "$root/scripts/pg-test-cluster.sh" available; then
  echo "Skipped: needs postgresql-15-postgis-3" >&2
  [ -n "${TRYGGKARTA_REQUIRE_PG:-}" ] && exit 1
  exit 77
fi

mkdir -p "$work"
work=$(cd "$work" && pwd)
cluster="$work/pg"
unset TRYGGKARTA_TEST_PG
"$root/scripts/pg-test-cluster.sh" stop "$cluster"
admin=$("$root/scripts/pg-test-cluster.sh" start "$cluster" --durable)
trap '"$root/scripts/pg-test-cluster.sh" stop "$cluster"' EXIT
conn() { echo "${admin/dbname=postgres/dbname=$1}"; }
sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$(conn "$1")" -c "$2"; }
newdb() { sql postgres "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null; sql postgres "CREATE DATABASE $1" >/dev/null; }
ms() { local start end; start=$(date +%s%N); "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log" >&2; return 1; }; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
median() { tr ' ' '\n' | sed '/^$/d' | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
report() { # label ours peer
  local o p
  o=$(echo "$2" | median); p=$(echo "$3" | median)
  printf "%-58s tryggkarta %7s ms (runs:%s)   ogr2ogr %7s ms (runs:%s)   ratio %s\n" "$1" "$o" "$2" "$p" "$3" \
    "$(awk -v o="$o" -v p="$p" 'BEGIN { printf "%.2f", o / p }')"
}
export TRYGGKARTA_NO_STORE_CACHE=1

project="$work/project-$incidents.gpkg"
[ -f "$project" ] || "$make" "$project" "$incidents" > /dev/null
count=$(sqlite3 "$project" "SELECT count(*) FROM incidents")
echo "Shared database benchmark: $count incidents (the demo grown in its own pattern), $repeat runs each, alternating."

# 1 and 2: N incidents each way.
push_ours="" push_ogr="" pull_ours="" pull_ogr=""
for i in $(seq "$repeat"); do
  newdb push_$i
  "$cli" shared init "$(conn push_$i)" --from "$project" --no-basemap > /dev/null
  cp "$project" "$work/copy.gpkg"
  newdb ogr_$i
  sql ogr_$i "CREATE EXTENSION postgis" > /dev/null
  run_ours() { push_ours="$push_ours $(ms "$cli" sync "$work/copy.gpkg" --connect "$(conn push_$i)")"; }
  run_ogr() { push_ogr="$push_ogr $(ms ogr2ogr -f PostgreSQL "PG:$(conn ogr_$i)" "$project" incidents -nln incidents -lco GEOMETRY_NAME=geom -unsetDefault)"; }
  if [ $((i % 2)) -eq 1 ]; then run_ours; run_ogr; else run_ogr; run_ours; fi
  [ "$(sql push_$i "SELECT count(*) FROM tryggkarta.incidents")" = "$count" ] || { echo "push lost rows" >&2; exit 1; }
  [ "$(sql ogr_$i "SELECT count(*) FROM incidents")" = "$count" ] || { echo "ogr2ogr lost rows" >&2; exit 1; }
  rm -f "$work/new.gpkg" "$work/ogr.gpkg"
  pull_o() { pull_ours="$pull_ours $(ms "$cli" sync "$work/new.gpkg" --connect "$(conn push_$i)")"; }
  pull_g() { pull_ogr="$pull_ogr $(ms ogr2ogr -f GPKG "$work/ogr.gpkg" "PG:$(conn push_$i)" tryggkarta.incidents -nln incidents)"; }
  if [ $((i % 2)) -eq 1 ]; then pull_o; pull_g; else pull_g; pull_o; fi
  [ "$(sqlite3 "$work/new.gpkg" "SELECT count(*) FROM incidents")" = "$count" ] || { echo "pull lost rows" >&2; exit 1; }
  [ "$(sqlite3 "$work/ogr.gpkg" "SELECT count(*) FROM incidents")" = "$count" ] || { echo "ogr2ogr lost rows" >&2; exit 1; }
  [ "$i" -lt "$repeat" ] && sql postgres "DROP DATABASE push_$i WITH (FORCE)" > /dev/null
  sql postgres "DROP DATABASE ogr_$i WITH (FORCE)" > /dev/null
done
report "push: $count new incidents into a new shared database" "$push_ours" "$push_ogr"
report "pull: a new copy with $count incidents" "$pull_ours" "$pull_ogr"

# 4: the app opening the shared project (the last push database), first and again.
if [ -n "$app" ] && [ -x "$app" ] && command -v Xvfb > /dev/null; then
  export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
  mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
  # One X display for every run (its start is not the app's).
  display=""
  for n in $(seq 90 140); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { display=$n; break; }; done
  Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp > /dev/null 2>&1 &
  xvfb_pid=$!
  trap '"$root/scripts/pg-test-cluster.sh" stop "$cluster"; kill $xvfb_pid 2>/dev/null || true' EXIT
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
  first="" again=""
  open_app() {
    local start end line
    start=$(date +%s%N)
    line=$(DISPLAY=":$display" TRYGGKARTA_BENCH_FIRST_RENDER=1 timeout 120 "$app" --shared "$(conn push_$repeat)" "$work/app-copy.gpkg" 2>/dev/null | head -n 1 || true)
    end=$(date +%s%N)
    case "$line" in first-render*) echo $(( (end - start) / 1000000 )) ;; *) echo fail ;; esac
  }
  for i in $(seq "$repeat"); do
    rm -f "$work/app-copy.gpkg" "$work"/.app-copy.gpkg.tryggkarta-lock
    t=$(open_app); [ "$t" = fail ] && { echo "the app did not draw the shared project" >&2; exit 1; }
    first="$first $t"
    t=$(open_app); [ "$t" = fail ] && { echo "the app did not draw the shared project again" >&2; exit 1; }
    again="$again $t"
  done
  printf "%-58s median %7s ms (runs:%s), goal under 3000 ms\n" \
    "app: open a shared project with $count incidents, first time" "$(echo "$first" | median)" "$first"
  printf "%-58s median %7s ms (runs:%s), goal under 3000 ms\n" "app: open it again (copy brought up to date)" \
    "$(echo "$again" | median)" "$again"
fi

# 3: a week's changes into a database of BIG incidents.
bigproject="$work/project-$big.gpkg"
[ -f "$bigproject" ] || "$make" "$bigproject" "$big" > /dev/null
bigcount=$(sqlite3 "$bigproject" "SELECT count(*) FROM incidents")
newdb big
"$cli" shared init "$(conn big)" --from "$bigproject" --no-basemap > /dev/null
cp "$bigproject" "$work/bigcopy.gpkg"
"$cli" sync "$work/bigcopy.gpkg" --connect "$(conn big)" > /dev/null
"$cli" sync "$work/bigcopy.gpkg" > /dev/null # settles: the rows it sent come back once, as seen
ogr2ogr -f PostgreSQL "PG:$(conn big)" "$bigproject" incidents -nln public.incidents_peer -lco GEOMETRY_NAME=geom -unsetDefault > /dev/null
cp "$work/bigcopy.gpkg" "$work/bigpeer.gpkg"
half=$((changes / 2))
wpush_ours="" wpush_ogr="" wpull_ours="" wpull_ogr=""
for i in $(seq "$repeat"); do
  # Here: half edited, half new (copies of existing rows a week later).
  # (through GDAL, whose GeoPackage functions the file's spatial-index triggers need)
  ogrinfo -q "$work/bigcopy.gpkg" -sql "UPDATE incidents SET description = 'vecka $i ' || fid WHERE fid IN (SELECT fid FROM incidents ORDER BY random() LIMIT $half)" > /dev/null
  ogrinfo -q "$work/bigcopy.gpkg" -sql "INSERT INTO incidents (geom, occurred_from, category, organisation, place_type, weight, description, source, created_at, updated_at)
      SELECT geom, occurred_from, category, organisation, place_type, weight, 'ny vecka $i', source, created_at, updated_at FROM incidents ORDER BY random() LIMIT $((changes - half))" > /dev/null
  rm -f "$work/week.gpkg"
  ogr2ogr -f GPKG "$work/week.gpkg" "$work/bigcopy.gpkg" -sql "SELECT * FROM incidents WHERE description LIKE '%vecka $i%'" -nln incidents > /dev/null
  o() { wpush_ours="$wpush_ours $(ms "$cli" sync "$work/bigcopy.gpkg")"; }
  g() { wpush_ogr="$wpush_ogr $(ms ogr2ogr -append -f PostgreSQL "PG:$(conn big)" "$work/week.gpkg" incidents -nln public.incidents_peer)"; }
  if [ $((i % 2)) -eq 1 ]; then o; g; else g; o; fi
  # There: the same kind of week made in the shared database, fetched.
  sql big "UPDATE tryggkarta.incidents SET description = 'där $i' WHERE uuid IN (SELECT uuid FROM tryggkarta.incidents ORDER BY random() LIMIT $half);
    INSERT INTO tryggkarta.incidents (geom, occurred_from, category, organisation, weight, description, source, created_at, updated_at)
      SELECT geom, occurred_from, category, organisation, weight, 'där ny $i', source, created_at, updated_at FROM tryggkarta.incidents ORDER BY random() LIMIT $((changes - half))" > /dev/null
  o() { wpull_ours="$wpull_ours $(ms "$cli" sync "$work/bigcopy.gpkg")"; }
  g() { wpull_ogr="$wpull_ogr $(ms ogr2ogr -append -f GPKG "$work/bigpeer.gpkg" "PG:$(conn big)" -sql "SELECT * FROM tryggkarta.incidents WHERE description LIKE 'där%$i'" -nln incidents_peer)"; }
  if [ $((i % 2)) -eq 1 ]; then o; g; else g; o; fi
done
[ "$(sql big "SELECT count(*) FROM tryggkarta.incidents")" = "$(sqlite3 "$work/bigcopy.gpkg" "SELECT count(*) FROM incidents")" ] ||
  { echo "the copy and the shared database differ" >&2; exit 1; }
report "push: a week's $changes changes into $bigcount rows" "$wpush_ours" "$wpush_ogr"
report "pull: a week's $changes changes into a copy of $bigcount rows" "$wpull_ours" "$wpull_ogr"
echo "shared benchmark done"
