// The interface's language: chosen by TRYGGKARTA_LANG or the setting the Language menu writes, and the
// window in English when English is installed.

#include "filtercontroller.h"
#include "filterpanel.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "mapcontroller.h"
#include "projectcontroller.h"
#include "qgisinit.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QPushButton>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QTreeWidget>

namespace
{
//! Sets the language setting and TRYGGKARTA_LANG for one test and puts both back.
class LanguageEnvironment
{
public:
  LanguageEnvironment()
    : mSetting( QSettings().value( QStringLiteral( "ui/language" ) ) ),
      mHadVariable( qEnvironmentVariableIsSet( "TRYGGKARTA_LANG" ) ),
      mVariable( qgetenv( "TRYGGKARTA_LANG" ) )
  {
  }
  ~LanguageEnvironment()
  {
    QSettings().setValue( QStringLiteral( "ui/language" ), mSetting );
    if ( mHadVariable )
      qputenv( "TRYGGKARTA_LANG", mVariable );
    else
      qunsetenv( "TRYGGKARTA_LANG" );
  }

private:
  QVariant mSetting;
  bool mHadVariable = false;
  QByteArray mVariable;
};

QStringList menuTitles( MainWindow &window )
{
  QStringList titles;
  for ( QAction *action : window.menuBar()->actions() )
    titles << action->text();
  return titles;
}
} // namespace

TEST_CASE( "the language is TRYGGKARTA_LANG's when it is set, else the setting's, else Swedish",
           "[language]" )
{
  LanguageEnvironment environment;
  qunsetenv( "TRYGGKARTA_LANG" );
  QSettings().remove( QStringLiteral( "ui/language" ) );
  CHECK( applicationLanguage() == QStringLiteral( "sv" ) );
  QSettings().setValue( QStringLiteral( "ui/language" ), QStringLiteral( "en" ) );
  CHECK( applicationLanguage() == QStringLiteral( "en" ) );
  qputenv( "TRYGGKARTA_LANG", "sv" );
  CHECK( applicationLanguage() == QStringLiteral( "sv" ) );
  QSettings().remove( QStringLiteral( "ui/language" ) );
  qputenv( "TRYGGKARTA_LANG", "en_GB" );
  CHECK( applicationLanguage() == QStringLiteral( "en" ) );
}

TEST_CASE( "Settings > Language keeps the choice for the next start", "[language]" )
{
  LanguageEnvironment environment;
  qunsetenv( "TRYGGKARTA_LANG" );
  MainWindow window;
  auto *settings = window.menuBar()->findChild<QMenu *>( QStringLiteral( "SettingsMenu" ) );
  REQUIRE( settings );
  QMenu *languages = settings->actions().first()->menu();
  REQUIRE( languages );
  QAction *english = nullptr;
  for ( QAction *action : languages->actions() )
    if ( action->text() == QStringLiteral( "English" ) )
      english = action;
  REQUIRE( english );
  // It says the language changes at the next start: answer that box.
  QTimer::singleShot( 0,
                      []
                      {
                        if ( auto *box = qobject_cast<QMessageBox *>( QApplication::activeModalWidget() ) )
                          box->accept();
                      } );
  english->trigger();
  CHECK( QSettings().value( QStringLiteral( "ui/language" ) ).toString() == QStringLiteral( "en" ) );
  CHECK( applicationLanguage() == QStringLiteral( "en" ) );
}

// Run by its own ctest entry with TRYGGKARTA_TEST_LANGUAGE=en, so QGIS and Qt start in English too, as the
// app does when the user has chosen English.
TEST_CASE( "in English the window, its panels and the map are in English", "[.][english]" )
{
  REQUIRE( installedLanguage() == QStringLiteral( "en" ) );
  guitest::DemoProject demo;
  REQUIRE( demo.error() == QString() );
  MainWindow window;
  CHECK(
    menuTitles( window ) ==
    QStringList( { QStringLiteral( "&File" ), QStringLiteral( "&Edit" ), QStringLiteral( "&Map" ),
                   QStringLiteral( "&Analysis" ), QStringLiteral( "&Walks" ), QStringLiteral( "A&ctions" ),
                   QStringLiteral( "&Settings" ), QStringLiteral( "&Help" ) } ) );
  REQUIRE( window.projects()->open( demo.path() ) == QString() );
  CHECK( window.filter()->panelDock()->windowTitle() == QStringLiteral( "Filter" ) );
  CHECK( window.filter()->statisticsDock()->windowTitle() == QStringLiteral( "Statistics" ) );
  CHECK( window.map()->syntheticDataNote() == QStringLiteral( "Example municipality (synthetic data)" ) );
  // English plural forms, numbers and category labels.
  CHECK( window.filter()->summaryLabel()->text().contains( QStringLiteral( "incidents in the filter" ) ) );
  CHECK( QLocale().decimalPoint() == QLatin1Char( '.' ) );
  CHECK( window.projects()->categoryLabels().value( QStringLiteral( "klotter" ) ) ==
         QStringLiteral( "Graffiti" ) );
  // The filter's category list names them so too.
  bool listed = false;
  for ( const QTreeWidget *tree : window.filter()->panel()->findChildren<QTreeWidget *>() )
    listed =
      listed ||
      !tree->findItems( QStringLiteral( "Graffiti" ), Qt::MatchExactly | Qt::MatchRecursive ).isEmpty();
  CHECK( listed );
}

TEST_CASE( "Qt's own buttons are Swedish in the Swedish interface", "[language]" )
{
  QDialogButtonBox buttons( QDialogButtonBox::Save | QDialogButtonBox::Discard | QDialogButtonBox::Cancel |
                            QDialogButtonBox::Close );
  CHECK( buttons.button( QDialogButtonBox::Save )->text() == QStringLiteral( "Spara" ) );
  CHECK( buttons.button( QDialogButtonBox::Discard )->text() == QStringLiteral( "Spara inte" ) );
  CHECK( buttons.button( QDialogButtonBox::Cancel )->text() == QStringLiteral( "Avbryt" ) );
  CHECK( buttons.button( QDialogButtonBox::Close )->text() == QStringLiteral( "Stäng" ) );
  QMessageBox question( QMessageBox::Question, QStringLiteral( "?" ), QStringLiteral( "?" ),
                        QMessageBox::Yes | QMessageBox::No );
  CHECK( question.button( QMessageBox::Yes )->text() == QStringLiteral( "&Ja" ) );
  CHECK( question.button( QMessageBox::No )->text() == QStringLiteral( "&Nej" ) );
}

TEST_CASE( "the GUI tests run in Swedish whatever TRYGGKARTA_LANG says", "[language]" )
{
  CHECK( installedLanguage() == QStringLiteral( "sv" ) );
  MainWindow window;
  CHECK( menuTitles( window ).first() == QStringLiteral( "&Arkiv" ) );
  CHECK( QLocale().decimalPoint() == QLatin1Char( ',' ) );
}
