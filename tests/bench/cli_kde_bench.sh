#!/usr/bin/env bash
# Kernel density as a whole process (issue 15): `tryggkarta-cli kde` against
# `qgis_process.bin run qgis:heatmapkerneldensityestimation` on the same incidents of the same project file
# (N rows over a 20 x 20 km municipality, imported from tests/bench/makecsv), 300 m radius, 10 m cells, each
# writing a GeoTIFF, in the same run, alternating. The first run of each is not counted (file cache, and
# Tryggkarta's incident store cache in the user's cache folder, which later runs of an unchanged project use;
# the figure with the store read from the table is printed too).
#
#   cli_kde_bench.sh --cli PATH --makecsv PATH --work DIR [--rows N] [--repeat N]
set -euo pipefail
cli="" makecsv="" work="" rows=1000000 repeat=5
while [ $# -gt 0 ]; do
  case "$1" in
    --cli) cli=$2; shift 2 ;;
    --makecsv) makecsv=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$cli" ] && [ -x "$makecsv" ] && [ -n "$work" ] || {
  echo "usage: $0 --cli PATH --makecsv PATH --work DIR [--rows N] [--repeat N]" >&2; exit 2; }
qgis=/usr/bin/qgis_process.bin
[ -x "$qgis" ] || { echo "needs $qgis (apt-get install qgis)" >&2; exit 2; }
mkdir -p "$work"
project="$work/kde-$rows.gpkg"
if [ ! -f "$project" ]; then
  "$makecsv" "$rows" "$work/kde-$rows.csv"
  "$cli" new "$project" > /dev/null
  "$cli" import "$project" "$work/kde-$rows.csv" > /dev/null
  rm -f "$work/kde-$rows.csv"
fi
# The store cache waits for a file unchanged for a second.
sleep 1.2

now() { date +%s%N; }
run_ours() {
  "$cli" kde "$project" --radius 300 --cell 10 --out "$work/ours.tif" > "$work/ours.log" 2>&1 ||
    { cat "$work/ours.log" >&2; return 1; }
}
run_qgis() {
  QT_QPA_PLATFORM=offscreen "$qgis" run qgis:heatmapkerneldensityestimation --INPUT="$project|layername=incidents" \
    --RADIUS=300 --PIXEL_SIZE=10 --KERNEL=0 --OUTPUT="$work/qgis.tif" > "$work/qgis.log" 2>&1 ||
    { cat "$work/qgis.log" >&2; return 1; }
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# Tryggkarta with its store read from the table (no cache), once.
start=$(now); TRYGGKARTA_NO_STORE_CACHE=1 run_ours; end=$(now)
uncached=$(( (end - start) / 1000000 ))
run_ours; run_qgis # warm-up, not counted
ours="" theirs=""
for i in $(seq "$repeat"); do
  if [ $((i % 2)) -eq 1 ]; then
    start=$(now); run_ours; end=$(now); ours="$ours $(( (end - start) / 1000000 ))"
    start=$(now); run_qgis; end=$(now); theirs="$theirs $(( (end - start) / 1000000 ))"
  else
    start=$(now); run_qgis; end=$(now); theirs="$theirs $(( (end - start) / 1000000 ))"
    start=$(now); run_ours; end=$(now); ours="$ours $(( (end - start) / 1000000 ))"
  fi
done
[ -s "$work/ours.tif" ] && [ -s "$work/qgis.tif" ] || { echo "a GeoTIFF was not written" >&2; exit 1; }
m_ours=$(echo $ours | tr ' ' '\n' | median)
m_qgis=$(echo $theirs | tr ' ' '\n' | median)
echo "Kernel density, whole process, $rows incidents over 20 x 20 km, 300 m radius, 10 m cells, GeoTIFF out"
echo "  $(grep -m1 'grid:' "$work/ours.log" | sed 's/^ *//')"
echo "  tryggkarta-cli kde:  median $m_ours ms (runs:$ours); store read from the table: $uncached ms"
echo "  qgis_process.bin:    median $m_qgis ms (runs:$theirs)"
awk -v o="$m_ours" -v t="$m_qgis" -v u="$uncached" \
  'BEGIN { printf "  ratio qgis_process / tryggkarta-cli: %.1f (store cached), %.1f (store read from the table); goal: at least 100\n", t / o, t / u }'
echo "cli kde benchmark done"
