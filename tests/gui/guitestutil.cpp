#include "guitestutil.h"

#include "demomunicipality.h"
#include "projectfile.h"

#include <qgsmapcanvas.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QWidget>

namespace guitest
{

DemoProject::DemoProject()
{
  const QString path = mDir.filePath( QStringLiteral( "exempelkommun.gpkg" ) );
  const auto summary = tryggkarta::createDemoProject( path.toStdString() );
  if ( summary )
    mPath = path;
  else
    mError = QString::fromStdString( summary.error().text() );
}

bool waitFor( const std::function<bool()> &condition, int timeoutMs )
{
  QElapsedTimer timer;
  timer.start();
  while ( !condition() && timer.elapsed() < timeoutMs )
  {
    QCoreApplication::processEvents( QEventLoop::AllEvents, 50 );
    QThread::msleep( 5 );
  }
  return condition();
}

bool waitForCanvasRender( QgsMapCanvas *canvas, int timeoutMs )
{
  bool rendered = false;
  const QMetaObject::Connection connection =
    QObject::connect( canvas, &QgsMapCanvas::mapCanvasRefreshed, [&rendered] { rendered = true; } );
  canvas->refresh();
  const bool ok = waitFor( [&rendered] { return rendered; }, timeoutMs );
  QObject::disconnect( connection );
  return ok;
}

int64_t countRows( const QString &projectPath, const QString &table, const QString &where )
{
  auto project = tryggkarta::ProjectFile::open( projectPath.toStdString(), true );
  if ( !project )
    return -1;
  std::string sql = "SELECT count(*) FROM " + table.toStdString();
  if ( !where.isEmpty() )
    sql += " WHERE " + where.toStdString();
  return ( *project )->db().queryInt( sql, -1 );
}

QString queryText( const QString &projectPath, const QString &sql )
{
  auto project = tryggkarta::ProjectFile::open( projectPath.toStdString(), true );
  if ( !project )
    return QString();
  return QString::fromStdString( ( *project )->db().queryText( sql.toStdString(), "" ) );
}

void execSql( const QString &projectPath, const QString &sql )
{
  auto project = tryggkarta::ProjectFile::open( projectPath.toStdString() );
  if ( project )
    ( *project )->db().exec( sql.toStdString() );
}

int distinctColours( const QImage &image, int limit )
{
  QSet<QRgb> colours;
  for ( int y = 0; y < image.height(); y += 3 )
    for ( int x = 0; x < image.width(); x += 3 )
    {
      colours.insert( image.pixel( x, y ) );
      if ( colours.size() >= limit )
        return limit;
    }
  return colours.size();
}

QString writeTextFile( const QString &path, const QString &text )
{
  QFile file( path );
  if ( file.open( QIODevice::WriteOnly | QIODevice::Truncate ) )
    file.write( text.toUtf8() );
  return path;
}

QString screenshotDir()
{
  const QString dir = qEnvironmentVariable( "TRYGGKARTA_SCREENSHOT_DIR" );
  if ( !dir.isEmpty() )
    QDir().mkpath( dir );
  return dir;
}

bool saveScreenshot( QWidget *widget, const QString &name )
{
  waitFor( [] { return false; }, 400 ); // let layouts and repaints settle
  return widget->grab().save( QDir( screenshotDir() ).filePath( name ) );
}

} // namespace guitest
