#pragma once
// Helpers for the comparisons with QGIS: deterministic random numbers and running qgis_process.

#include "testrandom.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace qgistest
{

//! Deterministic random numbers for the fixtures (splitmix64).
using testutil::Random;

//! What a qgis_process run gave.
struct QgisProcessRun
{
  bool finished = false; //!< false when it could not start or timed out
  int exitCode = -1;
  QString output;      //!< stdout and stderr, for failure messages
  QJsonObject results; //!< the "results" object of its --json output
};

//! qgis_process.bin's path: TRYGGKARTA_QGIS_PROCESS from the environment, else the one found at configure
//! time.
QString qgisProcessPath();

//! Runs `qgis_process.bin --json run <algorithm> --NAME=value ...` on the offscreen platform.
QgisProcessRun runQgisAlgorithm( const QString &algorithm, const QStringList &parameters,
                                 int timeoutSeconds = 120 );

} // namespace qgistest
