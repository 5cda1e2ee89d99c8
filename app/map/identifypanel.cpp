#include "identifypanel.h"

#include "docks.h"

#include "projectcontroller.h"
#include "projectlayers.h"
#include "stockholmtime.h"

#include <qgsapplication.h>
#include <qgseditorwidgetsetup.h>
#include <qgsfieldformatter.h>
#include <qgsfieldformatterregistry.h>
#include <qgshighlight.h>
#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMainWindow>
#include <QTreeWidget>

IdentifyPanel::IdentifyPanel( ProjectController *projects, QgsMapCanvas *canvas, QMainWindow *window,
                              QObject *parent )
  : QObject( parent ), mProjects( projects ), mCanvas( canvas )
{
  mTree = new QTreeWidget( window );
  mTree->setObjectName( QStringLiteral( "IdentifyResults" ) );
  mTree->setColumnCount( 2 );
  mTree->setHeaderLabels( { tr( "Field" ), tr( "Value" ) } );
  mTree->header()->setSectionResizeMode( 0, QHeaderView::ResizeToContents );
  mTree->setAlternatingRowColors( true );
  mDock = Docks::create( window, tr( "Identify Results" ), QStringLiteral( "IdentifyDock" ), mTree );
  // What was identified belongs to the project that closes.
  connect( projects, &ProjectController::closing, this, &IdentifyPanel::clear );
  connect( projects, &ProjectController::closed, this, &IdentifyPanel::clear );
}

IdentifyPanel::~IdentifyPanel()
{
  clearHighlights();
  delete mDock;
}

void IdentifyPanel::clear()
{
  mTree->clear();
  clearHighlights();
}

void IdentifyPanel::clearHighlights()
{
  qDeleteAll( mHighlights );
  mHighlights.clear();
}

void IdentifyPanel::showResults( const QList<QgsMapToolIdentify::IdentifyResult> &results )
{
  clear();
  // The first feature is the one the panel opens on: mark it on the map.
  if ( !results.isEmpty() )
  {
    if ( auto *layer = qobject_cast<QgsVectorLayer *>( results.first().mLayer ) )
    {
      auto *highlight = new QgsHighlight( mCanvas, results.first().mFeature, layer );
      highlight->setColor( QColor( 255, 215, 0 ) );
      highlight->setFillColor( QColor( 255, 215, 0, 90 ) );
      highlight->setWidth( 3 );
      highlight->setBuffer( 0.8 );
      highlight->show();
      mHighlights << highlight;
    }
  }
  const QMap<QString, QString> categoryLabels = mProjects->categoryLabels();
  QgsVectorLayer *incidents =
    ProjectLayers::layerForTable( mProjects->project(), QStringLiteral( "incidents" ) );
  for ( const QgsMapToolIdentify::IdentifyResult &result : results )
  {
    const QgsFeature &feature = result.mFeature;
    const QgsFields fields = feature.fields();
    QString title = result.mLayer ? result.mLayer->name() : QString();
    const int categoryIndex = fields.indexOf( QStringLiteral( "category" ) );
    const int nameIndex = fields.indexOf( QStringLiteral( "name" ) );
    if ( categoryIndex >= 0 && result.mLayer == incidents )
    {
      const QString code = feature.attribute( categoryIndex ).toString();
      title += QStringLiteral( ": " ) + categoryLabels.value( code, code );
    }
    else if ( nameIndex >= 0 && !feature.attribute( nameIndex ).toString().isEmpty() )
      title += QStringLiteral( ": " ) + feature.attribute( nameIndex ).toString();

    auto *featureItem = new QTreeWidgetItem( mTree, { title } );
    featureItem->setFirstColumnSpanned( true );
    QFont bold = featureItem->font( 0 );
    bold.setBold( true );
    featureItem->setFont( 0, bold );
    auto *vectorLayer = qobject_cast<QgsVectorLayer *>( result.mLayer );
    const bool fromProjectFile =
      vectorLayer && vectorLayer->providerType() == QLatin1String( "ogr" ) &&
      QFileInfo( vectorLayer->source().section( QLatin1Char( '|' ), 0, 0 ) ).absoluteFilePath() ==
        QFileInfo( mProjects->path() ).absoluteFilePath();
    const QLocale locale;
    for ( int i = 0; i < fields.count(); ++i )
    {
      const QVariant value = feature.attribute( i );
      QString text;
      const QgsEditorWidgetSetup setup =
        vectorLayer ? vectorLayer->editorWidgetSetup( i ) : QgsEditorWidgetSetup();
      if ( value.isNull() )
        text = QString();
      else if ( value.userType() == QMetaType::QDateTime )
      {
        // The project stores UTC; QGIS 3.22's OGR provider hands such a time over with UTC's digits marked
        // as local time. Shown as Stockholm's wall clock, as the forms and the table show it.
        const QDateTime dateTime = value.toDateTime();
        const QDateTime utc = dateTime.timeSpec() == Qt::LocalTime && fromProjectFile
                                ? QDateTime( dateTime.date(), dateTime.time(), Qt::UTC )
                                : dateTime.toUTC();
        text = locale.toString( StockholmTime::wallClock( utc.toSecsSinceEpoch() ), QLocale::ShortFormat );
      }
      else if ( vectorLayer && !setup.type().isEmpty() )
        // Coded values (category, place type, ...) shown by their labels, as the layer's value maps say.
        text = QgsApplication::fieldFormatterRegistry()
                 ->fieldFormatter( setup.type() )
                 ->representValue( vectorLayer, i, setup.config(), QVariant(), value );
      else
        text = value.toString();
      // Aliases come from the layer; the feature's own fields only carry the names.
      const QString name =
        vectorLayer ? vectorLayer->attributeDisplayName( i ) : fields.at( i ).displayName();
      new QTreeWidgetItem( featureItem, { name, text } );
    }
  }
  if ( results.isEmpty() )
    new QTreeWidgetItem( mTree, { tr( "Nothing here." ) } );
  else
    mTree->topLevelItem( 0 )->setExpanded( true );
  mDock->show();
  mDock->raise();
}
