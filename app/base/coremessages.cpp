#include "coremessages.h"

#include <QCoreApplication>

namespace CoreMessages
{

QString translatedTemplate( tryggkarta::MessageCode code )
{
  const char *id = tryggkarta::messageId( code );
  const QString translated = qtTrId( id );
  // qtTrId gives the id itself back when no installed translator knows it.
  return translated == QLatin1String( id ) ? QString() : translated;
}

QString text( const tryggkarta::Message &message )
{
  QString pattern = translatedTemplate( message.code );
  if ( pattern.isEmpty() )
    pattern = QString::fromUtf8( tryggkarta::messageTemplate( message.code ) );
  std::vector<std::string> values;
  values.reserve( message.args.size() );
  for ( const tryggkarta::MessageArg &arg : message.args )
    values.push_back( arg.message ? text( *arg.message ).toStdString() : arg.text );
  // The core fills the placeholders in one pass, so a value that holds "%2" itself is never filled again.
  return QString::fromStdString( tryggkarta::fillTemplate( pattern.toStdString(), values ) );
}

QStringList texts( const std::vector<tryggkarta::Message> &messages )
{
  QStringList out;
  out.reserve( static_cast<int>( messages.size() ) );
  for ( const tryggkarta::Message &message : messages )
    out << text( message );
  return out;
}

} // namespace CoreMessages
