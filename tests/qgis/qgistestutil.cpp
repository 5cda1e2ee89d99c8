#include "qgistestutil.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>
#include <cmath>

namespace qgistest
{

QString qgisProcessPath()
{
  const QString fromEnvironment = qEnvironmentVariable( "TRYGGKARTA_QGIS_PROCESS" );
  return fromEnvironment.isEmpty() ? QStringLiteral( TRYGGKARTA_QGIS_PROCESS ) : fromEnvironment;
}

QgisProcessRun runQgisAlgorithm( const QString &algorithm, const QStringList &parameters, int timeoutSeconds )
{
  QgisProcessRun run;
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert( QStringLiteral( "QT_QPA_PLATFORM" ), QStringLiteral( "offscreen" ) );
  process.setProcessEnvironment( environment );
  process.setProcessChannelMode( QProcess::SeparateChannels );
  process.start( qgisProcessPath(),
                 QStringList{ QStringLiteral( "--json" ), QStringLiteral( "run" ), algorithm } + parameters );
  if ( !process.waitForStarted() )
  {
    run.output = QStringLiteral( "could not start %1 (is Debian's qgis package installed?): %2" )
                   .arg( qgisProcessPath(), process.errorString() );
    return run;
  }
  if ( !process.waitForFinished( timeoutSeconds * 1000 ) )
  {
    process.kill();
    process.waitForFinished();
    run.output = QStringLiteral( "qgis_process did not finish within %1 s: %2" )
                   .arg( timeoutSeconds )
                   .arg( process.errorString() );
    return run;
  }
  const QByteArray standardOutput = process.readAllStandardOutput();
  run.finished = process.exitStatus() == QProcess::NormalExit;
  run.exitCode = process.exitCode();
  run.output = QString::fromUtf8( standardOutput ) + QString::fromUtf8( process.readAllStandardError() );
  // The JSON document is the whole of stdout (Python's warnings go to stderr).
  run.results =
    QJsonDocument::fromJson( standardOutput ).object().value( QStringLiteral( "results" ) ).toObject();
  return run;
}

} // namespace qgistest
