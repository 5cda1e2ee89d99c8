#!/usr/bin/env bash
# Walk kit and protocol benchmark (issue 12's goal: the demo's walk kit for walk 1, twelve stops, under 3 s), whole
# commands as a coordinator runs them: tryggkarta-cli walk-kit and walk-protocol on the demo's followed-up walk.
# Prints medians and the processes' CPU time; fails when a command fails or a PDF is not what it should be (the
# kit: a first page and one page per stop).
set -euo pipefail
repeat=5 cli="" work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --repeat) repeat=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$cli" ] && [ -n "$work" ] || { echo "usage: $0 --cli PATH --work DIR [--repeat N]" >&2; exit 2; }
export QT_QPA_PLATFORM=offscreen
rm -rf "$work" && mkdir -p "$work"
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# Wall-clock seconds, and the CPU seconds of the command and its children (tryggkarta-render) in cpu.log.
seconds() {
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$work/cpu.log" "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log" >&2; return 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'
}
cpu() { awk '{ printf "%.3f\n", $1 + $2 }' "$work/cpu.log"; }
pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }

"$cli" demo "$work/demo.gpkg" > /dev/null
stops=$(sqlite3 "$work/demo.gpkg" "SELECT count(*) FROM walk_stops WHERE walk_id = 1")

kit=() kitCpu=() protocol=() protocolCpu=()
for i in $(seq "$repeat"); do
  kit+=("$(seconds "$cli" walk-kit "$work/demo.gpkg" --walk 1 --out "$work/kit.pdf")")
  kitCpu+=("$(cpu)")
  protocol+=("$(seconds "$cli" walk-protocol "$work/demo.gpkg" --walk 1 --out "$work/protokoll.pdf")")
  protocolCpu+=("$(cpu)")
done
[ "$(pages "$work/kit.pdf")" -eq $((stops + 1)) ] || { echo "the kit is not a first page and one page per stop ($stops)" >&2; exit 1; }
[ "$(pages "$work/protokoll.pdf")" -ge 2 ] || { echo "the protocol is too short" >&2; exit 1; }
m() { printf '%s\n' "$@" | median; }
echo "repeats: $repeat; load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "walk kit, demo walk 1 ($stops stops, $((stops + 1)) pages): median $(m "${kit[@]}") s (runs: ${kit[*]}), CPU median $(m "${kitCpu[@]}") s"
awk -v t="$(m "${kit[@]}")" 'BEGIN { print ( t < 3 ? "  the goal (under 3 s) is met" : "  over the goal of 3 s" ) }'
echo "walk protocol, demo walk 1:                  median $(m "${protocol[@]}") s (runs: ${protocol[*]}), CPU median $(m "${protocolCpu[@]}") s"
echo "walk kit benchmark done"
