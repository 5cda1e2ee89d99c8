#include "actiontext.h"

#include <QPainter>
#include <QPixmap>

QString ActionText::statusLabel( const std::string &status )
{
  if ( status == "proposed" )
    return tr( "Proposed" );
  if ( status == "decided" )
    return tr( "Decided" );
  if ( status == "in_progress" )
    return tr( "In progress" );
  if ( status == "done" )
    return tr( "Done" );
  if ( status == "rejected" )
    return tr( "Rejected" );
  return QString::fromStdString( status );
}

QString ActionText::kindLabel( const std::string &kind )
{
  if ( kind == "action" )
    return tr( "Action" );
  if ( kind == "patrols" )
    return tr( "Police patrols" );
  if ( kind == "guards" )
    return tr( "Guards" );
  if ( kind == "lighting" )
    return tr( "Lighting" );
  if ( kind == "cleaning" )
    return tr( "Cleaning" );
  if ( kind == "pruning" )
    return tr( "Pruning" );
  if ( kind == "youth_workers" )
    return tr( "Youth workers" );
  if ( kind == "cameras" )
    return tr( "Cameras" );
  if ( kind == "other_intervention" )
    return tr( "Other intervention" );
  return QString::fromStdString( kind );
}

QColor ActionText::statusColor( const std::string &status )
{
  if ( status == "decided" )
    return QColor( 0x1f, 0x6f, 0xc5 );
  if ( status == "in_progress" )
    return QColor( 0xf0, 0x8a, 0x00 );
  if ( status == "done" )
    return QColor( 0x2e, 0x9d, 0x3a );
  if ( status == "rejected" )
    return QColor( 0x44, 0x44, 0x44 );
  return QColor( 0xa0, 0xa0, 0xa0 ); // proposed
}

QIcon ActionText::statusIcon( const std::string &status )
{
  QPixmap pixmap( 16, 16 );
  pixmap.fill( Qt::transparent );
  QPainter painter( &pixmap );
  painter.setRenderHint( QPainter::Antialiasing );
  painter.setPen( QPen( Qt::white, 1 ) );
  painter.setBrush( statusColor( status ) );
  painter.drawEllipse( QRectF( 1.5, 1.5, 13, 13 ) );
  if ( status == "rejected" )
  {
    painter.setPen( QPen( Qt::white, 2 ) );
    painter.drawLine( QPointF( 5, 5 ), QPointF( 11, 11 ) );
    painter.drawLine( QPointF( 11, 5 ), QPointF( 5, 11 ) );
  }
  return QIcon( pixmap );
}

QIcon ActionText::overdueIcon()
{
  // A red ring with an exclamation mark: the map's mark of an overdue action.
  QPixmap pixmap( 16, 16 );
  pixmap.fill( Qt::transparent );
  QPainter painter( &pixmap );
  painter.setRenderHint( QPainter::Antialiasing );
  painter.setPen( QPen( QColor( 0xd0, 0x10, 0x10 ), 2 ) );
  painter.setBrush( Qt::white );
  painter.drawEllipse( QRectF( 1.5, 1.5, 13, 13 ) );
  painter.setPen( QPen( QColor( 0xd0, 0x10, 0x10 ), 2 ) );
  painter.drawLine( QPointF( 8, 4.5 ), QPointF( 8, 9 ) );
  painter.drawPoint( QPointF( 8, 11.5 ) );
  return QIcon( pixmap );
}

QString ActionText::priorityLabel( const std::optional<int> &priority )
{
  if ( !priority )
    return QString();
  if ( *priority == 1 )
    return tr( "1 (high)" );
  if ( *priority == 3 )
    return tr( "3 (low)" );
  return QString::number( *priority );
}

QString ActionText::linkText( const tryggkarta::Action &action )
{
  QStringList parts;
  if ( action.priorityId )
    parts << tr( "Priority: %1" )
               .arg( action.priorityProblem.empty() ? QString::number( *action.priorityId )
                                                    : QString::fromStdString( action.priorityProblem ) );
  if ( action.observationId )
    parts << tr( "Observation %1" ).arg( *action.observationId );
  if ( action.incidentId )
    parts << tr( "Incident %1" ).arg( *action.incidentId );
  if ( !action.clusterRef.empty() )
    parts << tr( "Cluster %1" ).arg( QString::fromStdString( action.clusterRef ) );
  return parts.join( QStringLiteral( "; " ) );
}
