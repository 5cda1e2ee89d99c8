#!/usr/bin/env bash
# The sanitizer job: builds the core, the command-line tool and their tests with AddressSanitizer and
# UndefinedBehaviorSanitizer (clang, in the build fuzz.sh uses too: see sanitized-build.sh) and runs them: the
# core's unit tests, the CLI's end-to-end tests (the CLI sanitized too) and the fuzz corpora replayed. The
# benchmarks (they measure speed) and the harness check (it needs every test binary, the app's too) are left to
# the normal build. Any memory error, leak or undefined behaviour fails the test it happens in.
# Extra arguments go to the first cmake configure (e.g. -DCMAKE_CXX_COMPILER_LAUNCHER=ccache).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/sanitized-build.sh"
configure_sanitized_build "$@"
build=$sanitized_build
cmake --build "$build" -j "$(nproc)" --target tryggkarta_core_tests tryggkarta-cli tryggkarta_cli_tests tryggkarta_shared_tests \
  $(sed -n 's/^set(TRYGGKARTA_FUZZ_TARGETS \(.*\))$/\1/p' "$root/tests/fuzz/CMakeLists.txt" |
    tr ' ' '\n' | sed 's/^/tryggkarta_fuzz_replay_/')
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0}
cd "$build"
# The kill tests (an import killed at points found by polling, a synchronisation killed at every step or at
# random) run the command-line tool dozens of times and are left to the normal build, where they run in a third
# of the time; the memory of the code they run is checked by every other CLI and shared-database test.
ctest --output-on-failure -j "$(nproc)" -E '^(bench|harness): |an import killed at any point|synchronisation killed at'
