#!/usr/bin/env bash
# Quick start 2 (what CI runs): install what is missing, build, and run every test through ctest first (so a
# quick failure is quick); then the sanitizer job (scripts/sanitize-tests.sh: the core and the CLI with their
# tests under AddressSanitizer and UndefinedBehaviorSanitizer, built with clang in build-fuzz/) and every fuzz target for
# $TRYGGKARTA_FUZZ_SECONDS seconds each (default 25, as many at a time as there are processors) under the same
# sanitizers (scripts/fuzz.sh, in the same build). TRYGGKARTA_FUZZ_SECONDS=0 skips the fuzzing, TRYGGKARTA_SANITIZE_TESTS=0 the sanitizer job.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TRYGGKARTA_BUILD_DIR:-$root/build}
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
(cd "$build" && ctest --output-on-failure -j "$(nproc)")
step() { local start=$SECONDS; "$@"; echo "($1: $((SECONDS - start)) s)"; }
if [ "${TRYGGKARTA_SANITIZE_TESTS:-1}" != 0 ]; then
  step "$root/scripts/sanitize-tests.sh"
fi
seconds=${TRYGGKARTA_FUZZ_SECONDS:-25}
if [ "$seconds" != 0 ]; then
  step "$root/scripts/fuzz.sh" --seconds "$seconds" --parallel "$(nproc)"
fi
