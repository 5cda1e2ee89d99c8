#!/usr/bin/env bash
# Configures (once) and builds Tryggkarta in build/ (or $TRYGGKARTA_BUILD_DIR). A second run rebuilds only what changed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TRYGGKARTA_BUILD_DIR:-$root/build}
if [ ! -f "$build/build.ninja" ]; then
  # Line tables only (-g1): backtraces keep their functions, files and lines, and every file compiles about a
  # third faster than with full debug information (-g). -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g -DNDEBUG" for more.
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" "$@"
fi
cmake --build "$build" -j "$(nproc)"
