#!/bin/sh
# The peer: QGIS counting the incidents in the project's areas for the before and the after period (the counting an
# evaluation rests on; QGIS computes no RES/WDD/WDQ).
set -e
f=$1
for p in "occurred_from >= '2025-01-01' AND occurred_from < '2025-09-01'" "occurred_from >= '2026-01-01' AND occurred_from < '2026-09-01'"; do
  /usr/bin/qgis_process.bin run native:countpointsinpolygon --POLYGONS="$f|layername=areas" \
    --POINTS="$f|layername=incidents|subset=$p AND category IN ('samling','brak_hot','vald','glaskross','klotter')" \
    --FIELD=n --OUTPUT=TEMPORARY_OUTPUT > /dev/null 2>&1
done
