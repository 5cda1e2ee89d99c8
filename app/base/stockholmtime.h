#pragma once
// Wall-clock times in Europe/Stockholm for date and time fields: what a coordinator types and reads,
// whatever the computer's own time zone. The project stores UTC (core/datetimeparser.h).

#include <QDateTime>

#include <cstdint>

namespace StockholmTime
{
//! The Stockholm wall-clock time of a UTC instant, as a QDateTime with UTC spec (no zone of its own, so Qt
//! never shifts it across the computer's daylight-saving changes).
QDateTime wallClock( int64_t utcSeconds );
//! The UTC instant of a Stockholm wall-clock time (its date and time are read, its spec ignored).
int64_t toUtc( const QDateTime &wallClock );
//! The Stockholm wall-clock time now.
QDateTime now();
//! The Stockholm wall-clock time of a time as the project stores it (UTC ISO text, "2026-03-01T12:00:00Z");
//! invalid when the text is not such a time.
QDateTime wallClockOfStored( const QString &utcIso );
//! A stored UTC time (ISO text) as Stockholm's wall clock in a format ("yyyy-MM-dd HH:mm"); the text as it
//! is when it is not such a time.
QString formatStored( const QString &utcIso, const QString &format = QStringLiteral( "yyyy-MM-dd HH:mm" ) );
} // namespace StockholmTime
