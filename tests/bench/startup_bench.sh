#!/usr/bin/env bash
# Start-up benchmark: from starting the process to the first map drawn with the demo project's layers, for
# Tryggkarta and for QGIS Desktop opening the same file (the map state Tryggkarta saved in it: the same styled
# layers), in the same run, alternating, under one Xvfb display. Both print a line when their canvas has drawn
# the layers (Tryggkarta: TRYGGKARTA_BENCH_FIRST_RENDER; QGIS: a PYQGIS_STARTUP script) with their memory then,
# and exit at once. Warm file cache: one run of each first is not counted. With --cold, one more run of each
# after dropping the page cache (needs root; skipped otherwise). With --incidents N the demo holds N incidents
# (city scale: 1000000 for issue 15's goal).
#
#   startup_bench.sh --app PATH --prepare PATH --work DIR [--repeat N] [--cold] [--incidents N]
set -euo pipefail
app="" prepare="" work="" repeat=5 cold=0 incidents=""
while [ $# -gt 0 ]; do
  case "$1" in
    --app) app=$2; shift 2 ;;
    --prepare) prepare=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --cold) cold=1; shift ;;
    --incidents) incidents=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$app" ] && [ -x "$prepare" ] && [ -n "$work" ] || {
  echo "usage: $0 --app PATH --prepare PATH --work DIR [--repeat N] [--cold]" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
qgis=$(command -v qgis || true)

# Under a display of our own (the caller's, if it has one, would show the windows).
if [ -z "${STARTUP_BENCH_DISPLAY_READY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt-get install xvfb xauth)" >&2; exit 2; }
  STARTUP_BENCH_DISPLAY_READY=1 exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" \
    --app "$app" --prepare "$prepare" --work "$work" --repeat "$repeat" $([ "$cold" = 1 ] && echo --cold) \
    ${incidents:+--incidents "$incidents"}
fi

mkdir -p "$work"
demo="$work/startup-demo.gpkg"
rm -f "$demo" "$work"/.startup-demo.gpkg.tryggkarta-lock
"$prepare" "$demo" $incidents > /dev/null 2>&1 || { echo "could not prepare $demo" >&2; exit 1; }
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"

# Runs one program; prints "milliseconds rss-mib layers", or "fail".
run_one() {
  local who=$1 start end line
  start=$(date +%s%N)
  if [ "$who" = tryggkarta ]; then
    line=$(TRYGGKARTA_BENCH_FIRST_RENDER=1 timeout 120 "$app" "$demo" 2>/dev/null | head -n 1 || true)
  else
    line=$(PYQGIS_STARTUP="$here/qgis_first_render.py" timeout 120 "$qgis" --nologo --noversioncheck --noplugins \
      --profiles-path "$work/qgis-profiles" --project "geopackage:$demo?projectName=tryggkarta" 2>/dev/null |
      head -n 1 || true)
  fi
  end=$(date +%s%N)
  case "$line" in
    first-render*) echo "$(( (end - start) / 1000000 )) $(echo "$line" | awk '{print $3, $5}')" ;;
    *) echo "fail" ;;
  esac
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

engines="tryggkarta"
if [ -n "$qgis" ]; then engines="tryggkarta qgis"; else echo "QGIS Desktop (qgis) is not installed: Tryggkarta only"; fi
for who in $engines; do run_one "$who" > /dev/null; done # warm-up: caches, QGIS's new profile

declare -A times rss layers
for i in $(seq "$repeat"); do
  order=$engines
  [ $((i % 2)) -eq 0 ] && order=$(echo "$engines" | tr ' ' '\n' | tac | tr '\n' ' ')
  for who in $order; do
    read -r ms mib count <<< "$(run_one "$who")"
    [ "$ms" = fail ] && { echo "$who did not draw the map" >&2; exit 1; }
    [ "${count:-0}" -gt 0 ] 2>/dev/null || { echo "$who drew no layers" >&2; exit 1; }
    times[$who]="${times[$who]:-} $ms"; rss[$who]="${rss[$who]:-} $mib"; layers[$who]=$count
  done
done

echo "Start-up to the first drawn demo map (Exempelkommun${incidents:+ with $incidents incidents}, the map state saved in the file), warm file cache,"
echo "$repeat runs each, alternating; memory is the resident size when the map was drawn."
for who in $engines; do
  m=$(echo ${times[$who]} | tr ' ' '\n' | median); r=$(echo ${rss[$who]} | tr ' ' '\n' | median)
  printf "%-11s median %6s ms (runs:%s), RSS %s MiB, %s layers drawn\n" "$who" "$m" "${times[$who]}" "$r" "${layers[$who]}"
  eval "median_$who=$m"
done
if [ -n "$qgis" ]; then
  awk -v o="$median_tryggkarta" -v t="$median_qgis" \
    'BEGIN { printf "ratio QGIS/Tryggkarta: %.2f (above 1 means Tryggkarta is faster); goal: Tryggkarta under 2000 ms\n", t / o }'
fi
if [ "$cold" = 1 ]; then
  for who in $engines; do
    if sync && echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; then
      read -r ms mib count <<< "$(run_one "$who")"
      [ "$ms" = fail ] && { echo "$who did not draw the map from a cold file cache" >&2; exit 1; }
      echo "cold file cache: $who $ms ms"
    else
      echo "cold file cache: not measured (dropping the page cache needs root)"
      break
    fi
  done
fi
# Reached only when every run drew the map: a smoke run fails by the exit code otherwise.
echo "startup benchmark done"
