#!/usr/bin/env bash
# Benchmarks (not part of the test run): builds, then runs each benchmark with its peer in the same run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TRYGGKARTA_BUILD_DIR:-$root/build}
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
echo "== Import: 1,000,000-row CSV, tryggkarta-cli import vs ogr2ogr"
"$root/tests/bench/import_bench.sh" --rows "${ROWS:-1000000}" --repeat "${REPEAT:-5}" \
  --cli "$build/app/cli/tryggkarta-cli" --makecsv "$build/tests/bench/tryggkarta_bench_makecsv" \
  --work "$build/bench-data"
echo
echo "== Police feed: a year of a large city's feed (10^5 events) through the crosswalk vs the plain CSV import"
"$root/tests/bench/policefeed_bench.sh" --rows "${FEED_ROWS:-100000}" --repeat "${REPEAT:-5}" \
  --cli "$build/app/cli/tryggkarta-cli" --makefeed "$build/tests/bench/tryggkarta_bench_makepolicefeed" \
  --work "$build/bench-data/policefeed"
echo
echo "== Kernel density: tryggkarta KernelDensity vs QGIS QgsKernelDensityEstimation (radius 300 m, cell 10 m)"
"$build/tests/bench/kde_bench"
echo
echo "== Getis-Ord Gi*: 10^5 and 10^6 events on 100 m squares and hexagons"
"$build/tests/bench/hotspots_bench"
echo
echo "== DBSCAN: tryggkarta dbscan vs QGIS native:dbscanclustering vs scikit-learn (eps 50 m, min points 10)"
# QGIS and scikit-learn come from Debian's qgis and python3-sklearn (run by /usr/bin/python3); the benchmark
# says so and skips an engine that is missing. QGIS at 10^6 points runs once, each run under a timeout.
"$build/tests/bench/dbscan_bench" --work "$build/bench-data/dbscan" --timeout "${DBSCAN_TIMEOUT:-900}"
echo
echo "== Live heatmap in the app: 10^5 and 10^6 incidents, filter change to heatmap layer and to repaint"
"$build/tests/bench/heatmap_bench"
"$build/tests/bench/heatmap_bench" --incidents 1000000
echo
echo "== City scale: kernel density as a whole process, tryggkarta-cli kde vs qgis_process.bin (10^6 incidents)"
"$root/tests/bench/cli_kde_bench.sh" --rows "${CITY_ROWS:-1000000}" --repeat "${REPEAT:-5}" \
  --cli "$build/app/cli/tryggkarta-cli" --makecsv "$build/tests/bench/tryggkarta_bench_makecsv" \
  --work "$build/bench-data/citykde"
echo
echo "== City scale: the incident store's load (10^6 incidents) against the analyses' read"
"$build/tests/bench/store_bench" --incidents 1000000 --work "$build/bench-data/store"
echo
echo "== Printing: an A3 map at 300 dpi vs QGIS printing the same template; the monthly and the yearly lägesbild"
"$root/tests/bench/print_bench.sh" --rows "${PRINT_ROWS:-100000}" --repeat "${REPEAT:-5}" \
  --cli "$build/app/cli/tryggkarta-cli" --makecsv "$build/tests/bench/tryggkarta_bench_makecsv" \
  --work "$build/bench-data/print"
echo
echo "== Safety walks: a suggested route on the demo and with 10^5 more incidents (walk suggest)"
"$root/tests/bench/walk_bench.sh" --rows "${WALK_ROWS:-100000}" --repeat "${REPEAT:-5}" \
  --cli "$build/app/cli/tryggkarta-cli" --makeproject "$build/tests/bench/tryggkarta_bench_makeproject" \
  --work "$build/bench-data/walks"
echo
echo "== Safety walks: the walk kit and the protocol of the demo's walk 1 (walk-kit, walk-protocol)"
"$root/tests/bench/walkkit_bench.sh" --repeat "${REPEAT:-5}" --cli "$build/app/cli/tryggkarta-cli" \
  --work "$build/bench-data/walkkit"
echo
echo "== Start-up: process start to the first drawn demo map, Tryggkarta vs QGIS Desktop on the same file"
"$root/tests/bench/startup_bench.sh" --app "$build/app/tryggkarta" --prepare "$build/tests/bench/startup_prepare" \
  --work "$build/bench-data/startup" --repeat "${STARTUP_REPEAT:-7}" --cold
echo
echo "== Start-up at city scale: the demo with 10^6 incidents, Tryggkarta vs QGIS Desktop on the same file"
"$root/tests/bench/startup_bench.sh" --app "$build/app/tryggkarta" --prepare "$build/tests/bench/startup_prepare" \
  --work "$build/bench-data/startup-city" --repeat "${STARTUP_REPEAT:-5}" --incidents "${CITY_ROWS:-1000000}"
