#!/usr/bin/env bash
# Fuzzes the core: builds the libFuzzer targets of tests/fuzz with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer (-DTRYGGKARTA_FUZZ=ON, in build-fuzz/ or $TRYGGKARTA_FUZZ_BUILD_DIR, the build the
# sanitizer job uses too: see sanitized-build.sh) and runs each
# target for N seconds (default 60) on a copy of its corpus (tests/fuzz/corpus/<target>, with its regressions)
# and its dictionary. Fails, printing the input's path, on any crash, hang, leak or sanitizer report; the input
# then belongs in tests/fuzz/regressions/<target>/ once the core is fixed (the normal ctest replays it).
#
#   scripts/fuzz.sh [--seconds N] [--jobs J] [--parallel P] [TARGET ...] [-- CMAKE-ARGS]
#                   (targets: csvreader datetime screening fieldmapping import; default all; the cmake
#                   arguments go to the first configure, e.g. -DCMAKE_CXX_COMPILER_LAUNCHER=ccache; --parallel
#                   runs P targets at a time, --jobs J processes for each)
#
# What a run adds to the corpus stays in the build folder (build-fuzz/corpus/<target>); copy the inputs worth
# keeping to tests/fuzz/corpus/<target>/ by hand (libFuzzer's -merge=1 keeps the smallest set with the same
# coverage).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=60 jobs=1 parallel=1 targets=()
all=(csvreader datetime screening fieldmapping import)
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --parallel) parallel=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    --) shift; break ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
[[ "$parallel" =~ ^[1-9][0-9]*$ && "$jobs" =~ ^[1-9][0-9]*$ ]] ||
  { echo "--parallel and --jobs take a number of at least 1" >&2; exit 2; }
for t in "${targets[@]}"; do
  [[ " ${all[*]} " == *" $t "* ]] || { echo "unknown target $t (targets: ${all[*]})" >&2; exit 2; }
done
. "$root/scripts/sanitized-build.sh"
configure_sanitized_build "$@"
build=$sanitized_build
cmake --build "$build" -j "$(nproc)" --target $(printf 'fuzz_%s ' "${targets[@]}")

# A sanitizer report is a failure, and so is a leak; GDAL's and PROJ's caches that live as long as the
# process are not leaks of an input (tests/fuzz/lsan.supp).
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0}

# One target: fuzz it, and say what it found. Targets run $parallel at a time (each its own process).
fuzz_one() {
  local t=$1 corpus="$build/corpus/$1" artifacts="$build/artifacts/$1/" log="$build/fuzz-$1.log"
  mkdir -p "$corpus" "$artifacts"
  cp -n "$root/tests/fuzz/corpus/$t/"* "$corpus/" 2>/dev/null || true
  cp -n "$root/tests/fuzz/regressions/$t/"* "$corpus/" 2>/dev/null || true
  echo "fuzzing $t for ${seconds} s (log: $log)"
  # -timeout: an input that takes more than 10 s is a hang; -rss_limit_mb: one that needs 2 GB is a failure.
  local args=(-dict="$root/tests/fuzz/$t.dict" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048
              -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts")
  # Several jobs are separate processes, each with its own log (fuzz-N.log in the build folder).
  if [ "$jobs" -gt 1 ]; then args+=(-jobs="$jobs" -workers="$jobs"); fi
  if (cd "$build" && "$build/tests/fuzz/fuzz_$t" "$corpus" "${args[@]}") >"$log" 2>&1; then
    # (with --jobs the figures are in the workers' logs, fuzz-N.log)
    grep -E '^stat::number_of_executed_units|^#[0-9]+ +DONE' "$log" | tail -2 | sed "s/^/  $t: /" || true
    return 0
  fi
  echo "FAILED: $t" >&2
  grep -E 'ERROR: |SUMMARY: |fuzz property failed|Test unit written to' "$log" | head -20 >&2
  return 1
}

failed=()
pending=("${targets[@]}")
while [ ${#pending[@]} -gt 0 ]; do
  batch=("${pending[@]:0:$parallel}")
  pending=("${pending[@]:$parallel}")
  pids=()
  for t in "${batch[@]}"; do
    fuzz_one "$t" &
    pids+=($!)
  done
  for i in "${!batch[@]}"; do
    wait "${pids[$i]}" || failed+=("${batch[$i]}")
  done
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}; the inputs are in $build/artifacts/<target>/" >&2
  exit 1
fi
echo "fuzzing: ${#targets[@]} targets ran ${seconds} s each without a finding"
