#!/usr/bin/env bash
# Sourced by sanitize-tests.sh and fuzz.sh: the one sanitized build both use (build-fuzz/, or
# $TRYGGKARTA_FUZZ_BUILD_DIR): clang, AddressSanitizer and UndefinedBehaviorSanitizer, the core instrumented for
# libFuzzer (-DTRYGGKARTA_FUZZ=ON), the CLI, the core's and the CLI's tests and the fuzz targets; no app. -O1 with
# line tables, as libFuzzer's guide builds: quick to build, fast enough to run, reports with file and line.
sanitized_build=${TRYGGKARTA_FUZZ_BUILD_DIR:-$root/build-fuzz}

# Configures the build once; extra arguments go to cmake (e.g. -DCMAKE_CXX_COMPILER_LAUNCHER=ccache).
configure_sanitized_build() {
  command -v clang++ >/dev/null || { echo "needs clang (scripts/install-deps.sh installs it)" >&2; exit 2; }
  if [ ! -f "$sanitized_build/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$root" -B "$sanitized_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
      -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" -DTRYGGKARTA_FUZZ=ON "$@" >/dev/null
  fi
}
