#!/usr/bin/env bash
# Police feed benchmark (issue 14's goal: importing a year of a large city's police feed through the police
# crosswalk takes at most 1.2 times the plain import of the same incidents): tryggkarta-cli import of the
# feed's JSON (10^5 events, 60 types, through the crosswalk, precision and event ids) against tryggkarta-cli
# import of the same incidents as a plain CSV with the project's category codes, in the same run, each into a
# new project. Prints medians, the ratio and peak memory; fails when an import fails or the two imports did
# not import the same number of rows.
set -euo pipefail
rows=100000 repeat=5 cli="" makefeed="" work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    --makefeed) makefeed=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$cli" ] && [ -x "$makefeed" ] && [ -n "$work" ] || { echo "usage: $0 --cli PATH --makefeed PATH --work DIR" >&2; exit 2; }
mkdir -p "$work"
feed="$work/polisen-$rows.json" csv="$work/polisen-$rows.csv"
[ -f "$feed" ] && [ -f "$csv" ] || "$makefeed" "$rows" "$feed" "$csv"
timer=/usr/bin/time
[ -x "$timer" ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# Every project is made before the timed runs, so that the times are the imports alone.
feedTimes=() csvTimes=() feedMem=() csvMem=()
for i in $(seq "$repeat"); do
  rm -f "$work/feed.gpkg" "$work/csv.gpkg"
  "$cli" new "$work/feed.gpkg" >/dev/null
  "$cli" new "$work/csv.gpkg" >/dev/null
  # Alternate the order so neither import always runs on a warmer cache.
  if [ $((i % 2)) -eq 1 ]; then order="feed csv"; else order="csv feed"; fi
  for which in $order; do
    if [ "$which" = feed ]; then
      $timer -f "%e %M" -o "$work/time" "$cli" import "$work/feed.gpkg" "$feed" --quiet > "$work/feed.log"
      read -r t m < "$work/time"; feedTimes+=("$t"); feedMem+=("$m")
    else
      $timer -f "%e %M" -o "$work/time" "$cli" import "$work/csv.gpkg" "$csv" --quiet > "$work/csv.log"
      read -r t m < "$work/time"; csvTimes+=("$t"); csvMem+=("$m")
    fi
  done
done
feedImported=$(awk '/imported:/ {print $2}' "$work/feed.log")
csvImported=$(awk '/imported:/ {print $2}' "$work/csv.log")
csvRows=$(($(grep -c '^20' "$csv")))
grep -q 'crosswalk: polisen' "$work/feed.log" || { echo "the feed was not read through the police crosswalk" >&2; cat "$work/feed.log" >&2; exit 1; }
[ "${csvImported:-0}" -eq "$csvRows" ] || { echo "the plain import imported ${csvImported:-nothing} of $csvRows rows" >&2; cat "$work/csv.log" >&2; exit 1; }
[ "${feedImported:-0}" -eq "$csvImported" ] || { echo "the feed import imported ${feedImported:-nothing}, the plain import $csvImported" >&2; cat "$work/feed.log" >&2; exit 1; }
f=$(printf '%s\n' "${feedTimes[@]}" | median); c=$(printf '%s\n' "${csvTimes[@]}" | median)
fm=$(printf '%s\n' "${feedMem[@]}" | median); cm=$(printf '%s\n' "${csvMem[@]}" | median)
leftOut=$(awk '/left out:/ {print $3}' "$work/feed.log")
echo "feed events: $rows ($leftOut left out on purpose by the crosswalk), repeats: $repeat"
echo "police feed (JSON, through the crosswalk): median ${f} s (runs: ${feedTimes[*]}), peak RSS median $((fm / 1024)) MiB, imported $feedImported"
echo "plain CSV (category codes):               median ${c} s (runs: ${csvTimes[*]}), peak RSS median $((cm / 1024)) MiB, imported $csvImported"
awk -v f="$f" -v c="$c" 'BEGIN { printf "ratio feed/plain: %.2f (goal: at most 1.20)\n", (c > 0 ? f / c : 0) }'
echo "police feed benchmark done"
