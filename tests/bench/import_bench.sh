#!/usr/bin/env bash
# Import benchmark: tryggkarta-cli import (all validation on) against ogr2ogr converting the same CSV to a
# GeoPackage with the same reprojection (WGS 84 -> SWEREF 99 TM), in the same run. Prints medians, the ratio,
# and peak memory (max RSS).
set -euo pipefail
rows=1000000 repeat=5 cli="" makecsv="" work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    --makecsv) makecsv=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$cli" ] && [ -x "$makecsv" ] && [ -n "$work" ] || { echo "usage: $0 --cli PATH --makecsv PATH --work DIR" >&2; exit 2; }
mkdir -p "$work"
csv="$work/incidents-$rows.csv"
[ -f "$csv" ] || "$makecsv" "$rows" "$csv"
timer=/usr/bin/time
[ -x "$timer" ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

ours=() theirs=() oursMem=() theirsMem=()
for i in $(seq "$repeat"); do
  rm -f "$work/ours.gpkg" "$work/theirs.gpkg"
  "$cli" new "$work/ours.gpkg" >/dev/null
  # Alternate the order so neither tool always runs on a warmer cache.
  if [ $((i % 2)) -eq 1 ]; then order="ours theirs"; else order="theirs ours"; fi
  for who in $order; do
    if [ "$who" = ours ]; then
      $timer -f "%e %M" -o "$work/time" "$cli" import "$work/ours.gpkg" "$csv" --quiet > "$work/ours.log"
      read -r t m < "$work/time"; ours+=("$t"); oursMem+=("$m")
    else
      $timer -f "%e %M" -o "$work/time" ogr2ogr -f GPKG "$work/theirs.gpkg" "$csv" -nln incidents \
        -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -oo KEEP_GEOM_COLUMNS=NO -s_srs EPSG:4326 -t_srs EPSG:3006
      read -r t m < "$work/time"; theirs+=("$t"); theirsMem+=("$m")
    fi
  done
done
# Every generated row is valid: both tools must have written all of them, or the times mean nothing.
imported=$(awk '/imported:/ {print $2}' "$work/ours.log")
[ "${imported:-0}" -eq "$rows" ] || { echo "tryggkarta imported ${imported:-nothing} of $rows rows" >&2; cat "$work/ours.log" >&2; exit 1; }
theirsCount=$(ogrinfo -ro -so "$work/theirs.gpkg" incidents | awk -F': ' '/Feature Count/ {print $2}')
[ "${theirsCount:-0}" -eq "$rows" ] || { echo "ogr2ogr wrote ${theirsCount:-nothing} of $rows features" >&2; exit 1; }
o=$(printf '%s\n' "${ours[@]}" | median); t=$(printf '%s\n' "${theirs[@]}" | median)
om=$(printf '%s\n' "${oursMem[@]}" | median); tm=$(printf '%s\n' "${theirsMem[@]}" | median)
echo "rows: $rows, repeats: $repeat"
echo "tryggkarta import: median ${o} s (runs: ${ours[*]}), peak RSS median $((om / 1024)) MiB, rows imported $imported"
echo "ogr2ogr:           median ${t} s (runs: ${theirs[*]}), peak RSS median $((tm / 1024)) MiB, features written $theirsCount"
awk -v o="$o" -v t="$t" 'BEGIN { printf "ratio ogr2ogr/tryggkarta: %.2f (above 1 means tryggkarta is faster)\n", (o > 0 ? t / o : 0) }'
echo "import benchmark done"
