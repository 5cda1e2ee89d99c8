#include "stockholmtime.h"

#include "datetimeparser.h"

namespace StockholmTime
{

QDateTime wallClock( int64_t utcSeconds )
{
  return QDateTime::fromSecsSinceEpoch( tryggkarta::stockholmWallClock( utcSeconds ), Qt::UTC );
}

int64_t toUtc( const QDateTime &wallClock )
{
  const QDate d = wallClock.date();
  const QTime t = wallClock.time();
  return tryggkarta::stockholmToUtc( d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second() );
}

QDateTime now()
{
  return wallClock( QDateTime::currentSecsSinceEpoch() );
}

QDateTime wallClockOfStored( const QString &utcIso )
{
  const auto utc = tryggkarta::parseUtcIso( utcIso.trimmed().toStdString() );
  return utc ? wallClock( *utc ) : QDateTime();
}

QString formatStored( const QString &utcIso, const QString &format )
{
  const QDateTime shown = wallClockOfStored( utcIso );
  return shown.isValid() ? shown.toString( format ) : utcIso;
}

} // namespace StockholmTime
