#pragma once
// The one place that starts QGIS: used by the desktop app, the GUI tests and (later) the command-line tool.

#include <QString>

#include <memory>

class QgsApplication;

//! How to start QGIS for a program.
struct QgisInitOptions
{
  //! False for command-line use without widgets.
  bool gui = true;
  //! QGIS user profile folder; empty for the default under the app's data folder (tests pass a temporary
  //! one).
  QString profileFolder;
  //! "sv" or "en"; empty to use applicationLanguage().
  QString language;
};

//! Exits QGIS before the application object is deleted, as QGIS requires.
struct QgisApplicationDeleter
{
  void operator()( QgsApplication *app ) const;
};

using QgisApplicationPtr = std::unique_ptr<QgsApplication, QgisApplicationDeleter>;

/**
 * Creates the QgsApplication, points it at the QGIS installation (prefix path), loads the data providers
 * and installs the Tryggkarta, QGIS and Qt translations. Call once, before any other Qt or QGIS object.
 */
QgisApplicationPtr initQgis( int &argc, char **argv, const QgisInitOptions &options = QgisInitOptions() );

//! The UI language: "en" when TRYGGKARTA_LANG=en or the setting ui/language is "en", otherwise Swedish
//! ("sv").
QString applicationLanguage();

//! The language initQgis installed ("sv" or "en").
QString installedLanguage();
