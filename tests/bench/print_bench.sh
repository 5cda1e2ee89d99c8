#!/usr/bin/env bash
# Print and report benchmark (issue 11's goals: an A3 map at 300 dpi under 3 s, the monthly report for the demo
# under 10 s, the yearly report for 10^5 incidents under 30 s), whole commands as a scheduled job runs them.
# The A3 map is compared with QGIS itself printing the same stored template (qgis_process.bin
# native:printlayouttopdf) in the same run. Prints medians and the ratio; fails when a command fails or a PDF is
# not what it should be.
set -euo pipefail
rows=100000 repeat=5 cli="" makecsv="" work=""
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
export QT_QPA_PLATFORM=offscreen
rm -rf "$work" && mkdir -p "$work"
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { local start end; start=$(date +%s.%N); "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log" >&2; return 1; }; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'; }
pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }

"$cli" demo "$work/demo.gpkg" > /dev/null
cp "$work/demo.gpkg" "$work/templates.gpkg"
"$cli" templates "$work/templates.gpkg" --install > /dev/null
"$makecsv" "$rows" "$work/incidents.csv"
"$cli" new "$work/city.gpkg" > /dev/null
"$cli" import "$work/city.gpkg" "$work/incidents.csv" --quiet > /dev/null

qgis=/usr/bin/qgis_process.bin
a3=() peer=() monthly=() yearly=()
for i in $(seq "$repeat"); do
  a3+=("$(seconds "$cli" print "$work/templates.gpkg" --template "A3 liggande" --dpi 300 --period 2025 --out "$work/a3.pdf")")
  if [ -x "$qgis" ]; then
    peer+=("$(seconds "$qgis" run native:printlayouttopdf \
      "--PROJECT_PATH=geopackage:$work/templates.gpkg?projectName=tryggkarta" \
      "--LAYOUT=Tryggkarta A3 liggande" --DPI=300 "--OUTPUT=$work/qgis-a3.pdf")")
  fi
  monthly+=("$(seconds "$cli" report "$work/demo.gpkg" --period 2025-11 --out "$work/month.pdf")")
  yearly+=("$(seconds "$cli" report "$work/city.gpkg" --period 2024 --out "$work/year.pdf")")
done
[ "$(pages "$work/a3.pdf")" -eq 1 ] || { echo "the A3 map is not one page" >&2; exit 1; }
[ "$(pages "$work/month.pdf")" -ge 8 ] || { echo "the monthly report is too short" >&2; exit 1; }
[ "$(pages "$work/year.pdf")" -ge 8 ] || { echo "the yearly report is too short" >&2; exit 1; }
m() { printf '%s\n' "$@" | median; }
echo "repeats: $repeat; yearly report on $rows incidents"
echo "A3 map, 300 dpi (demo, 2025):     median $(m "${a3[@]}") s (runs: ${a3[*]})"
if [ ${#peer[@]} -gt 0 ]; then
  echo "QGIS printing the same template: median $(m "${peer[@]}") s (runs: ${peer[*]})"
  awk -v a="$(m "${a3[@]}")" -v b="$(m "${peer[@]}")" 'BEGIN { printf "ratio tryggkarta/QGIS: %.2f (below 1 means tryggkarta is faster)\n", (b > 0 ? a / b : 0) }'
else
  echo "QGIS printing the same template: skipped ($qgis not installed)"
fi
echo "monthly report (demo, 2025-11):   median $(m "${monthly[@]}") s (runs: ${monthly[*]})"
echo "yearly report ($rows, 2024):     median $(m "${yearly[@]}") s (runs: ${yearly[*]})"
echo "print benchmark done"
