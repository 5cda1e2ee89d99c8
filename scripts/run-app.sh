#!/usr/bin/env bash
# Quick start 1: install what is missing, build, create the demo project if needed, and open the app on it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TRYGGKARTA_BUILD_DIR:-$root/build}
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
demo="$root/maps/exempelkommun.gpkg"
[ -f "$demo" ] || "$build/app/cli/tryggkarta-cli" demo "$demo"
exec "$build/app/tryggkarta" "$demo"
