#!/usr/bin/env bash
# The sanitizer job: builds the core, the command-line tool and their tests with AddressSanitizer and
# UndefinedBehaviorSanitizer (-DTRYGGKARTA_SANITIZE=ON -DTRYGGKARTA_BUILD_APP=OFF, in build-sanitize/ or
# $TRYGGKARTA_SANITIZE_BUILD_DIR) and runs them: the core's unit tests, the CLI's end-to-end tests (the CLI
# sanitized too) and the fuzz corpora replayed. The benchmarks' smoke runs (they measure speed) and the harness
# check (it needs every test binary, the app's too) are left to the normal build. Any memory error, leak or undefined behaviour fails the test it happens in.
# Extra arguments go to the first cmake configure (e.g. -DCMAKE_CXX_COMPILER_LAUNCHER=ccache).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TRYGGKARTA_SANITIZE_BUILD_DIR:-$root/build-sanitize}
if [ ! -f "$build/build.ninja" ]; then
  # -O1 and line tables only: what the sanitizers need for reports with file and line, and a build about a
  # third faster than -O2 -g.
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
    -DTRYGGKARTA_SANITIZE=ON -DTRYGGKARTA_BUILD_APP=OFF "$@"
fi
cmake --build "$build" -j "$(nproc)" --target tryggkarta_core_tests tryggkarta-cli tryggkarta_cli_tests \
  $(sed -n 's/^set(TRYGGKARTA_FUZZ_TARGETS \(.*\))$/\1/p' "$root/tests/fuzz/CMakeLists.txt" |
    tr ' ' '\n' | sed 's/^/tryggkarta_fuzz_replay_/')
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0}
cd "$build"
# The crash-injection test kills the CLI at points found by polling (its memory is checked by every other CLI
# test) and is left to the normal build, where it runs in a third of the time.
ctest --output-on-failure -j "$(nproc)" -E '^(bench|harness): |an import killed at any point'
