#!/usr/bin/env bash
# Safety-walk benchmark (issue 12's goals: a route suggestion under 1 s on the demo and with 10^5 incidents),
# whole commands as a coordinator runs them: `walk suggest --dry-run` for an EST area of the demo, and the same
# on the demo grown to 10^5 incidents in its own pattern (tests/bench/makeproject: each new incident near one
# of the demo's, so the area gets its share, not a uniform sprinkle over the municipality). Prints medians and
# how many incidents lie in the area; fails when a command fails or the suggestion is not a route of numbered
# stops.
set -euo pipefail
rows=100000 repeat=5 cli="" makeproject="" work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    --makeproject) makeproject=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$cli" ] && [ -x "$makeproject" ] && [ -n "$work" ] || { echo "usage: $0 --cli PATH --makeproject PATH --work DIR" >&2; exit 2; }
rm -rf "$work" && mkdir -p "$work"
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { local start end; start=$(date +%s.%N); "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log" >&2; return 1; }; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'; }

"$cli" demo "$work/demo.gpkg" > /dev/null
"$makeproject" "$work/city.gpkg" "$rows" > /dev/null
incidents=$(sqlite3 "$work/city.gpkg" "SELECT count(*) FROM incidents")
# The incidents inside Centrum's bounding box (the suggestion reads those within the area).
inArea=$(sqlite3 "$work/city.gpkg" "SELECT count(*) FROM incidents i, areas a, rtree_incidents_geom r
  WHERE a.name = 'Centrum' AND r.id = i.fid AND r.minx >= (SELECT minx FROM rtree_areas_geom WHERE id = a.fid)
  AND r.maxx <= (SELECT maxx FROM rtree_areas_geom WHERE id = a.fid)
  AND r.miny >= (SELECT miny FROM rtree_areas_geom WHERE id = a.fid)
  AND r.maxy <= (SELECT maxy FROM rtree_areas_geom WHERE id = a.fid)")

demo=() city=()
for i in $(seq "$repeat"); do
  demo+=("$(seconds "$cli" walk suggest "$work/demo.gpkg" --area Centrum --dry-run)")
  grep -q ' 2\. ' "$work/last.log" || { echo "the demo suggestion has fewer than two stops" >&2; cat "$work/last.log" >&2; exit 1; }
  city+=("$(seconds "$cli" walk suggest "$work/city.gpkg" --area Centrum --months 12 --dry-run)")
  grep -q ' 2\. ' "$work/last.log" || { echo "the 10^5 suggestion has fewer than two stops" >&2; cat "$work/last.log" >&2; exit 1; }
done
m() { printf '%s\n' "$@" | median; }
echo "repeats: $repeat"
echo "walk suggest, demo (Centrum, 6 months):             median $(m "${demo[@]}") s (runs: ${demo[*]})"
echo "walk suggest, $incidents incidents, $inArea around Centrum (12 months): median $(m "${city[@]}") s (runs: ${city[*]})"
echo "walk benchmark done"
