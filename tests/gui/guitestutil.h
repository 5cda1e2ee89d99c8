#pragma once
// Helpers for the GUI tests: demo projects in temporary folders, waiting on the event loop, image checks.

#include <catch2/catch.hpp>

#include <QImage>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <functional>

class QgsMapCanvas;
class QWidget;

namespace guitest
{

//! A temporary folder with the demo project (Exempelkommun) in it.
class DemoProject
{
public:
  DemoProject();
  bool isValid() const { return !mPath.isEmpty(); }
  const QString &path() const { return mPath; }
  //! The core's error if the demo could not be created.
  const QString &error() const { return mError; }
  QString file( const QString &name ) const { return mDir.filePath( name ); }

private:
  QTemporaryDir mDir;
  QString mPath;
  QString mError;
};

//! Runs the event loop until condition() holds or timeoutMs passes; returns condition().
bool waitFor( const std::function<bool()> &condition, int timeoutMs = 20000 );

//! Refreshes the canvas and waits until it has rendered.
bool waitForCanvasRender( QgsMapCanvas *canvas, int timeoutMs = 30000 );

//! Counts the rows of a table straight from the file (not through QGIS).
int64_t countRows( const QString &projectPath, const QString &table, const QString &where = QString() );

//! The first value of a query on the project file, as text ("" when there is none).
QString queryText( const QString &projectPath, const QString &sql );

//! Runs a statement on the project file directly (to set up a case).
void execSql( const QString &projectPath, const QString &sql );

//! The number of distinct colours in an image, stopping at limit.
int distinctColours( const QImage &image, int limit = 16 );

//! The folder screenshots go to (TRYGGKARTA_SCREENSHOT_DIR, created); the screenshot tests require it.
QString screenshotDir();
//! Lets layouts and repaints settle, then saves a widget as the screen shows it, as name in screenshotDir().
bool saveScreenshot( QWidget *widget, const QString &name );

//! Writes text to a file as UTF-8.
QString writeTextFile( const QString &path, const QString &text );

} // namespace guitest

namespace Catch
{
//! Prints QStrings as text in assertion messages.
template <>
struct StringMaker<QString>
{
  static std::string convert( const QString &value ) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
