#include "stockholmtimeformatter.h"

#include "datetimeparser.h"
#include "stockholmtime.h"

#include <qgsapplication.h>
#include <qgsfieldformatterregistry.h>

#include <QDateTime>

#include <optional>

namespace
{
//! The UTC instant of a stored time: OGR gives a QDateTime (the file holds UTC) or, for some drivers, text.
std::optional<qint64> utcSeconds( const QVariant &value )
{
  if ( value.isNull() || !value.isValid() )
    return std::nullopt;
  if ( value.userType() == QMetaType::QDateTime )
  {
    const QDateTime time = value.toDateTime();
    if ( !time.isValid() )
      return std::nullopt;
    // A time without a zone is the stored UTC wall-clock time, whatever the computer's own zone.
    if ( time.timeSpec() == Qt::LocalTime )
      return QDateTime( time.date(), time.time(), Qt::UTC ).toSecsSinceEpoch();
    return time.toSecsSinceEpoch();
  }
  const auto parsed = tryggkarta::parseUtcIso( value.toString().toStdString() );
  if ( !parsed )
    return std::nullopt;
  return *parsed;
}
} // namespace

void StockholmTimeFormatter::ensureRegistered()
{
  QgsFieldFormatterRegistry *registry = QgsApplication::fieldFormatterRegistry();
  if ( registry->fieldFormatter( typeId() )->id() != typeId() )
    registry->addFieldFormatter( new StockholmTimeFormatter );
}

QString StockholmTimeFormatter::representValue( QgsVectorLayer *, int, const QVariantMap &, const QVariant &,
                                                const QVariant &value ) const
{
  const auto utc = utcSeconds( value );
  if ( !utc )
    return value.isNull() ? QString() : value.toString();
  return StockholmTime::wallClock( *utc ).toString( QStringLiteral( "yyyy-MM-dd HH:mm" ) );
}

QVariant StockholmTimeFormatter::sortValue( QgsVectorLayer *, int, const QVariantMap &, const QVariant &,
                                            const QVariant &value ) const
{
  const auto utc = utcSeconds( value );
  return utc ? QVariant( *utc ) : QVariant();
}
