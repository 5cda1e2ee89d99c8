#!/usr/bin/python3
"""DBSCAN benchmark child: scikit-learn's DBSCAN on the points dbscan_bench wrote.

Usage: dbscan_sklearn.py POINTS.bin EPS MIN_SAMPLES ALGORITHM LABELS_OUT

POINTS.bin holds little-endian float64 x, y pairs (metres). Prints "RESULT fit_ms=... clusters=...", where
fit_ms times DBSCAN(...).fit() only, and writes the labels (-1 noise) as little-endian int32 to LABELS_OUT.
Run it with Debian's /usr/bin/python3, which sees python3-sklearn.
"""
import sys
import time

import numpy as np
from sklearn.cluster import DBSCAN


def main():
    if len(sys.argv) != 6:
        print(__doc__, file=sys.stderr)
        return 2
    path, eps, min_samples, algorithm, labels_path = sys.argv[1:]
    points = np.fromfile(path, dtype="<f8").reshape(-1, 2)
    # n_jobs=None: one thread, as scikit-learn runs by default.
    model = DBSCAN(eps=float(eps), min_samples=int(min_samples), algorithm=algorithm)
    start = time.perf_counter()
    model.fit(points)
    fit_ms = (time.perf_counter() - start) * 1000
    labels = model.labels_.astype("<i4")
    labels.tofile(labels_path)
    print(f"RESULT fit_ms={fit_ms:.2f} clusters={int(labels.max()) + 1} noise={int((labels < 0).sum())}",
          flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
