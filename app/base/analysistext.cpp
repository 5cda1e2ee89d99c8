#include "analysistext.h"

#include "datetimeparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace
{
//! The local (Stockholm) date of a UTC instant, as YYYY-MM-DD.
QString localDate( int64_t utcSeconds )
{
  return QString::fromStdString(
    tryggkarta::formatUtcIso( tryggkarta::stockholmWallClock( utcSeconds ) ).substr( 0, 10 ) );
}

QString periodText( const QJsonValue &from, const QJsonValue &until )
{
  const auto fromUtc = tryggkarta::parseUtcIso( from.toString().toStdString() );
  const auto untilUtc = tryggkarta::parseUtcIso( until.toString().toStdString() );
  if ( fromUtc && untilUtc )
    return AnalysisText::tr( "%1 – %2" ).arg( localDate( *fromUtc ), localDate( *untilUtc - 1 ) );
  if ( fromUtc )
    return AnalysisText::tr( "from %1" ).arg( localDate( *fromUtc ) );
  if ( untilUtc )
    return AnalysisText::tr( "until %1" ).arg( localDate( *untilUtc - 1 ) );
  return AnalysisText::tr( "all dates" );
}

QStringList strings( const QJsonValue &value )
{
  QStringList out;
  for ( const QJsonValue &item : value.toArray() )
    out << ( item.isString() ? item.toString() : QString::number( item.toInt() ) );
  return out;
}

QString sourceName( const QString &code )
{
  if ( code == QLatin1String( "est" ) )
    return AnalysisText::tr( "EST reports" );
  if ( code == QLatin1String( "police" ) )
    return AnalysisText::tr( "police" );
  if ( code == QLatin1String( "safety_walk" ) )
    return AnalysisText::tr( "safety walks" );
  if ( code == QLatin1String( "manual" ) )
    return AnalysisText::tr( "entered by hand" );
  return code;
}

QString weekdayName( int day )
{
  switch ( day )
  {
  case 1:
    return AnalysisText::tr( "Mon" );
  case 2:
    return AnalysisText::tr( "Tue" );
  case 3:
    return AnalysisText::tr( "Wed" );
  case 4:
    return AnalysisText::tr( "Thu" );
  case 5:
    return AnalysisText::tr( "Fri" );
  case 6:
    return AnalysisText::tr( "Sat" );
  case 7:
    return AnalysisText::tr( "Sun" );
  default:
    return QString::number( day );
  }
}

QString areaKindName( const QString &kind )
{
  if ( kind == QLatin1String( "est_area" ) )
    return AnalysisText::tr( "EST areas" );
  if ( kind == QLatin1String( "district" ) )
    return AnalysisText::tr( "districts" );
  if ( kind == QLatin1String( "custom" ) )
    return AnalysisText::tr( "own areas" );
  if ( kind == QLatin1String( "all" ) )
    return AnalysisText::tr( "all areas" );
  return kind;
}

QString kernelName( const QString &kernel )
{
  if ( kernel == QLatin1String( "quartic" ) )
    return AnalysisText::tr( "quartic" );
  if ( kernel == QLatin1String( "triweight" ) )
    return AnalysisText::tr( "triweight" );
  if ( kernel == QLatin1String( "epanechnikov" ) )
    return AnalysisText::tr( "Epanechnikov" );
  if ( kernel == QLatin1String( "uniform" ) )
    return AnalysisText::tr( "uniform" );
  if ( kernel == QLatin1String( "triangular" ) )
    return AnalysisText::tr( "triangular" );
  if ( kernel == QLatin1String( "gaussian" ) )
    return AnalysisText::tr( "Gaussian" );
  return kernel;
}
} // namespace

QString AnalysisText::kindCode( AnalysisKind kind )
{
  switch ( kind )
  {
  case AnalysisKind::KernelDensity:
    return QStringLiteral( "kde" );
  case AnalysisKind::HotSpots:
    return QStringLiteral( "hotspots" );
  case AnalysisKind::Clusters:
    return QStringLiteral( "clusters" );
  case AnalysisKind::Comparison:
    return QStringLiteral( "compare" );
  }
  return QString();
}

QString AnalysisText::methodName( AnalysisKind kind )
{
  switch ( kind )
  {
  case AnalysisKind::KernelDensity:
    return tr( "Heatmap" );
  case AnalysisKind::HotSpots:
    return tr( "Hot spots" );
  case AnalysisKind::Clusters:
    return tr( "Clusters" );
  case AnalysisKind::Comparison:
    return tr( "Comparison" );
  }
  return QString();
}

QString AnalysisText::methodNameForCode( const QString &code )
{
  for ( AnalysisKind kind : { AnalysisKind::KernelDensity, AnalysisKind::HotSpots, AnalysisKind::Clusters,
                              AnalysisKind::Comparison } )
    if ( kindCode( kind ) == code )
      return methodName( kind );
  if ( code == QLatin1String( "profile" ) )
    return tr( "Hour and weekday profile" );
  if ( code == QLatin1String( "knox" ) )
    return tr( "Near repeats (Knox test)" );
  return code;
}

QString AnalysisText::describeSelection( const tryggkarta::Selection &selection,
                                         const QMap<QString, QString> &categoryLabels )
{
  return describeSelectionJson( QString::fromStdString( selection.toJson() ), categoryLabels );
}

QString AnalysisText::describeSelectionJson( const QString &json,
                                             const QMap<QString, QString> &categoryLabels )
{
  const QJsonObject o = QJsonDocument::fromJson( json.toUtf8() ).object();
  const tryggkarta::SelectionLayer layer =
    tryggkarta::selectionLayerNamed( o.value( QStringLiteral( "layer" ) ).toString().toStdString() )
      .value_or( tryggkarta::SelectionLayer::Incidents );
  const bool observations = layer != tryggkarta::SelectionLayer::Incidents;
  QStringList parts;
  parts << periodText( o.value( QStringLiteral( "from" ) ), o.value( QStringLiteral( "until" ) ) );
  if ( observations )
    parts << layerStatement( layer );
  QStringList categories;
  for ( const QString &code : strings( o.value( QStringLiteral( "categories" ) ) ) )
    categories << categoryLabels.value( code, code );
  // With observations in the selection, the incidents' own filters say whom they filter.
  if ( !categories.isEmpty() )
    parts << ( observations ? tr( "categories (incidents only): %1" ) : tr( "categories: %1" ) )
               .arg( categories.join( QStringLiteral( ", " ) ) );
  QStringList sources;
  for ( const QString &code : strings( o.value( QStringLiteral( "sources" ) ) ) )
    sources << sourceName( code );
  if ( !sources.isEmpty() )
    parts << ( observations ? tr( "sources (incidents only): %1" ) : tr( "sources: %1" ) )
               .arg( sources.join( QStringLiteral( ", " ) ) );
  const QStringList organisations = strings( o.value( QStringLiteral( "organisations" ) ) );
  if ( !organisations.isEmpty() )
    parts << ( observations ? tr( "organisations (incidents only): %1" ) : tr( "organisations: %1" ) )
               .arg( organisations.join( QStringLiteral( ", " ) ) );
  const QStringList checklistItems = strings( o.value( QStringLiteral( "checklist_items" ) ) );
  if ( observations && !checklistItems.isEmpty() )
    parts << tr( "checklist items: %1" ).arg( checklistItems.join( QStringLiteral( ", " ) ) );
  QStringList walks;
  for ( const QJsonValue &walk : o.value( QStringLiteral( "walks" ) ).toArray() )
    walks << QString::number( walk.toVariant().toLongLong() );
  if ( observations && !walks.isEmpty() )
    parts << tr( "safety walks: %1" ).arg( walks.join( QStringLiteral( ", " ) ) );
  QStringList weekdays;
  for ( const QJsonValue &day : o.value( QStringLiteral( "weekdays" ) ).toArray() )
    weekdays << weekdayName( day.toInt() );
  if ( !weekdays.isEmpty() )
    parts << tr( "weekdays: %1" ).arg( weekdays.join( QStringLiteral( ", " ) ) );
  const QStringList hours = strings( o.value( QStringLiteral( "hours" ) ) );
  if ( !hours.isEmpty() )
    parts << tr( "hours: %1" ).arg( hours.join( QStringLiteral( ", " ) ) );
  if ( o.value( QStringLiteral( "area" ) ).isString() )
    parts << tr( "area: %1" ).arg( o.value( QStringLiteral( "area" ) ).toString() );
  if ( o.value( QStringLiteral( "intervals" ) ).toString() == QLatin1String( "midpoint" ) )
    parts << tr( "intervals counted at their midpoint" );
  return parts.join( QStringLiteral( "; " ) );
}

tryggkarta::Selection AnalysisText::selectionFromJson( const QString &json )
{
  // One reader for the core and the app; a text that is no selection reads as the default one.
  auto selection = tryggkarta::selectionFromJson( json.toStdString() );
  return selection ? selection.value() : tryggkarta::Selection();
}

QString AnalysisText::layerName( tryggkarta::SelectionLayer layer )
{
  switch ( layer )
  {
  case tryggkarta::SelectionLayer::Incidents:
    return tr( "Incidents" );
  case tryggkarta::SelectionLayer::Observations:
    return tr( "Observations from safety walks" );
  case tryggkarta::SelectionLayer::Both:
    return tr( "Both" );
  }
  return QString();
}

QString AnalysisText::layerStatement( tryggkarta::SelectionLayer layer, bool weighted )
{
  switch ( layer )
  {
  case tryggkarta::SelectionLayer::Incidents:
    return QString();
  case tryggkarta::SelectionLayer::Observations:
    return weighted
             ? tr( "observations from safety walks, weighted 3 − rating (problems only; positive places "
                   "and drafts left out)" )
             : tr( "observations from safety walks, each counted once (problems only; positive places "
                   "and drafts left out)" );
  case tryggkarta::SelectionLayer::Both:
    return weighted
             ? tr( "incidents and observations from safety walks, the observations weighted 3 − rating "
                   "(problems only; positive places and drafts left out)" )
             : tr( "incidents and observations from safety walks, each counted once (problems only; "
                   "positive places and drafts left out)" );
  }
  return QString();
}

QString AnalysisText::pointsNoun( tryggkarta::SelectionLayer layer )
{
  switch ( layer )
  {
  case tryggkarta::SelectionLayer::Incidents:
    return tr( "incidents" );
  case tryggkarta::SelectionLayer::Observations:
    return tr( "observations" );
  case tryggkarta::SelectionLayer::Both:
    return tr( "incidents and observations" );
  }
  return QString();
}

QString AnalysisText::describeParameters( const QString &kindCode, const QString &parametersJson )
{
  QString text = describeMethodParameters( kindCode, parametersJson );
  // The points the method counted, when they were not only incidents, and how they were weighted.
  const QJsonObject o = QJsonDocument::fromJson( parametersJson.toUtf8() ).object();
  const auto layer =
    tryggkarta::selectionLayerNamed( o.value( QStringLiteral( "layer" ) ).toString().toStdString() );
  if ( layer && *layer != tryggkarta::SelectionLayer::Incidents )
    text += QStringLiteral( "; " ) +
            layerStatement( *layer, o.value( QStringLiteral( "observation_weight" ) ).toString() !=
                                      QLatin1String( "none" ) );
  return text;
}

QString AnalysisText::describeMethodParameters( const QString &kindCode, const QString &parametersJson )
{
  const QJsonObject o = QJsonDocument::fromJson( parametersJson.toUtf8() ).object();
  auto value = [&o]( const char *key ) { return o.value( QLatin1String( key ) ); };
  auto metres = [&value]( const char *key ) { return number( value( key ).toDouble(), 0 ); };
  if ( kindCode == QLatin1String( "kde" ) )
  {
    QStringList parts;
    parts << tr( "%1 kernel, radius %2 m (%3)" )
               .arg( kernelName( value( "kernel" ).toString() ), metres( "radius_m" ),
                     value( "radius_from_data" ).toBool() ? tr( "from the data" ) : tr( "chosen" ) );
    parts << tr( "cells of %1 m" ).arg( number( value( "cell_m" ).toDouble(), 1 ) );
    parts << densityUnits( value( "output" ).toString() );
    if ( value( "mask" ).isString() )
      parts << ( value( "mask" ).toString() == QLatin1String( "land" )
                   ? tr( "nothing on water or outside the municipality" )
                   : tr( "only inside %1" ).arg( value( "mask" ).toString() ) );
    if ( value( "edge_correction" ).toBool() )
      parts << tr( "edge correction" );
    return parts.join( QStringLiteral( ", " ) );
  }
  if ( kindCode == QLatin1String( "hotspots" ) )
  {
    if ( value( "on" ).toString() == QLatin1String( "areas" ) )
      return tr( "Gi* on the project's %1, neighbours within %2 m, corrected for many tests (FDR)" )
        .arg( areaKindName( value( "kind" ).toString() ),
              number( value( "neighbours_within_m" ).toDouble(), 0 ) );
    const QString cells = value( "on" ).toString() == QLatin1String( "hexagon grid" )
                            ? tr( "hexagons %1 m across" ).arg( metres( "cell_m" ) )
                            : tr( "squares of %1 m" ).arg( metres( "cell_m" ) );
    const QString neighbours =
      value( "k_nearest" ).isDouble()
        ? tr( "the %1 nearest cells as neighbours" ).arg( value( "k_nearest" ).toInt() )
        : tr( "neighbours within %1 m" ).arg( metres( "band_m" ) );
    return tr( "Gi* on %1, %2, corrected for many tests (FDR)" ).arg( cells, neighbours );
  }
  if ( kindCode == QLatin1String( "clusters" ) )
  {
    QString text = value( "time_eps_days" ).isDouble()
                     ? tr( "%1: at least %2 incidents within %3 m and %4 days of each other" )
                         .arg( value( "method" ).toString() )
                         .arg( value( "min_points" ).toInt() )
                         .arg( metres( "eps_m" ), number( value( "time_eps_days" ).toDouble(), 1 ) )
                     : tr( "%1: at least %2 incidents within %3 m of each other" )
                         .arg( value( "method" ).toString() )
                         .arg( value( "min_points" ).toInt() )
                         .arg( metres( "eps_m" ) );
    text += QStringLiteral( ", " ) + ( value( "hull" ).toString() == QLatin1String( "concave" )
                                         ? tr( "outlines follow the incidents (concave)" )
                                         : tr( "convex outlines" ) );
    return text;
  }
  if ( kindCode == QLatin1String( "compare" ) )
  {
    const QJsonObject before = value( "before" ).toObject();
    const QString against = value( "against" ).toString() == QLatin1String( "last-year" )
                              ? tr( "the same period last year" )
                              : tr( "the period before" );
    return tr( "Against %1 (%2), per %3 and per cell of %4 m; exact test for counts, significance level %5 "
               "after the FDR correction" )
      .arg( against,
            periodText( before.value( QStringLiteral( "from" ) ), before.value( QStringLiteral( "until" ) ) ),
            areaKindName( value( "areas" ).toString() ), metres( "cell_m" ),
            number( value( "alpha" ).toDouble(), 3 ) );
  }
  return parametersJson;
}

QString AnalysisText::densityUnits( const QString &output )
{
  if ( output == QLatin1String( "raw" ) )
    return tr( "sum of kernel values (raw)" );
  if ( output == QLatin1String( "scaled" ) )
    return tr( "incidents per m²" );
  return tr( "incidents per km² for the period" );
}

QString AnalysisText::number( double value, int maxDecimals )
{
  const QLocale locale;
  QString text = locale.toString( value, 'f', maxDecimals );
  if ( maxDecimals > 0 && text.contains( locale.decimalPoint() ) )
  {
    while ( text.endsWith( QLatin1Char( '0' ) ) )
      text.chop( 1 );
    if ( text.endsWith( locale.decimalPoint() ) )
      text.chop( 1 );
  }
  return text;
}
