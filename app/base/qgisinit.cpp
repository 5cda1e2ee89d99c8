#include "qgisinit.h"

#include <cpl_conv.h>
#include <qgsapplication.h>
#include <qgsproviderregistry.h>

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

// Resources compiled into the static tryggkarta_app library must be registered by hand.
static void initTryggkartaResources()
{
  Q_INIT_RESOURCE( tryggkarta );
  Q_INIT_RESOURCE( tryggkarta_translations );
}

namespace
{
QString sInstalledLanguage;
//! The translators of ours installed now (replaced when the language changes).
QList<QTranslator *> sTranslators;

QString qgisPrefixPath()
{
  // An explicit QGIS_PREFIX_PATH wins, so a QGIS installed elsewhere can be used without rebuilding.
  const QString fromEnvironment = qEnvironmentVariable( "QGIS_PREFIX_PATH" );
  return fromEnvironment.isEmpty() ? QStringLiteral( TRYGGKARTA_QGIS_PREFIX_PATH ) : fromEnvironment;
}

void installTranslator( QCoreApplication *app, const QString &name, const QString &folder )
{
  auto *translator = new QTranslator( app );
  if ( translator->load( name, folder ) )
  {
    app->installTranslator( translator );
    sTranslators << translator;
  }
  else
    delete translator;
}
//! Installs our texts and number formats in a language ("sv" or "en").
void installLanguage( const QString &language )
{
  for ( QTranslator *translator : std::as_const( sTranslators ) )
  {
    QCoreApplication::removeTranslator( translator );
    delete translator;
  }
  sTranslators.clear();
  // Numbers, dates and scales as the users write them: 1 234,5 and 2025-07-08 in Swedish.
  QLocale::setDefault( language == QLatin1String( "en" ) ? QLocale( QLocale::English, QLocale::UnitedKingdom )
                                                         : QLocale( QLocale::Swedish, QLocale::Sweden ) );
  sInstalledLanguage = language;
  // Qt's own texts (dialog buttons, file dialogs) from Debian's Qt translations: QGIS looks for them in its
  // own folder, where Debian has none.
  installTranslator( QCoreApplication::instance(), QStringLiteral( "qt_%1" ).arg( language ),
                     QLibraryInfo::location( QLibraryInfo::TranslationsPath ) );
  // English needs ours too, for its plural forms.
  installTranslator( QCoreApplication::instance(), QStringLiteral( "tryggkarta_%1" ).arg( language ),
                     QStringLiteral( ":/translations" ) );
  // The core's messages, by their id (see coremessages.h); English has no file and shows the core's own text.
  installTranslator( QCoreApplication::instance(), QStringLiteral( "coremessages_%1" ).arg( language ),
                     QStringLiteral( ":/translations" ) );
}
} // namespace

void QgisApplicationDeleter::operator()( QgsApplication *app ) const
{
  if ( !app )
    return;
  QgsApplication::exitQgis();
  delete app;
}

QString applicationLanguage()
{
  const QString fromEnvironment = qEnvironmentVariable( "TRYGGKARTA_LANG" ).trimmed().toLower();
  if ( fromEnvironment.startsWith( QLatin1String( "en" ) ) )
    return QStringLiteral( "en" );
  if ( fromEnvironment.startsWith( QLatin1String( "sv" ) ) )
    return QStringLiteral( "sv" );
  const QString fromSettings = QSettings().value( QStringLiteral( "ui/language" ) ).toString();
  return fromSettings.startsWith( QLatin1String( "en" ) ) ? QStringLiteral( "en" ) : QStringLiteral( "sv" );
}

QString installedLanguage()
{
  return sInstalledLanguage;
}

QgisApplicationPtr initQgis( int &argc, char **argv, const QgisInitOptions &options )
{
  // Settings (language, window state) live under our own name, not QGIS Desktop's.
  QCoreApplication::setOrganizationName( QStringLiteral( "Tryggkarta" ) );
  QCoreApplication::setApplicationName( QStringLiteral( "Tryggkarta" ) );

  const QString language = options.language.isEmpty() ? applicationLanguage() : options.language;
  const QString prefix = qgisPrefixPath();
  // QgsApplication loads QGIS's and Qt's translations in its constructor, from paths derived from the prefix:
  // both must be known before it is created.
  QgsApplication::setTranslation( language );
  QgsApplication::setPrefixPath( prefix, true );

#if QT_VERSION < QT_VERSION_CHECK( 6, 0, 0 )
  // Sharp on HiDPI screens (Qt 6 does this by default): widgets, icons and the map scale with the screen.
  if ( options.gui )
  {
    QCoreApplication::setAttribute( Qt::AA_EnableHighDpiScaling );
    QCoreApplication::setAttribute( Qt::AA_UseHighDpiPixmaps );
  }
#endif
  // QGIS loads every provider plugin it finds at start: the data sources a municipality's map comes from are
  // built in (GDAL/OGR files) or web services (WMS/WMTS/XYZ, WFS, ArcGIS REST); the database and mesh
  // providers only cost start-up time. QGIS_PROVIDER_FILE set outside still wins.
  if ( !qEnvironmentVariableIsSet( "QGIS_PROVIDER_FILE" ) )
    qputenv( "QGIS_PROVIDER_FILE",
             "provider_(wms|wfs|arcgismapserver|arcgisfeatureserver|delimitedtext|virtuallayer|spatialite)" );
  QgisApplicationPtr app( new QgsApplication( argc, argv, options.gui, options.profileFolder ) );
  // The constructor guesses the prefix from the executable's folder, which is wrong for a build tree.
  QgsApplication::setPrefixPath( prefix, true );
  QgsApplication::initQgis();
  // QGIS 3.22 switches a GeoPackage it opens for update to WAL, yet opens it for reading with NOLOCK, which
  // SQLite refuses on a WAL file: render threads then fail now and then ("unable to open database file") and
  // a layer drops out of a frame. With the journal mode set here QGIS leaves it alone (rollback journal).
  CPLSetConfigOption( "OGR_SQLITE_JOURNAL", "DELETE" );

  initTryggkartaResources();
  // QgsApplication has installed QGIS's and Qt's own translations (setTranslation above).
  installLanguage( language );
  return app;
}
