#pragma once
// Actions and priorities in words and colours, the same in the list, the forms, the map and the tests:
// statuses and kinds in the interface's language (English sources through tr(), Swedish in the sv
// translation), the status colours of the map.

#include "actionstore.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

class ActionText
{
  Q_DECLARE_TR_FUNCTIONS( ActionText )

public:
  //! "Proposed", "Decided", "In progress", "Done", "Rejected".
  static QString statusLabel( const std::string &status );
  //! "Action", "Police patrols", "Guards", … .
  static QString kindLabel( const std::string &kind );
  //! The map's colour of a status: proposed grey, decided blue, in progress orange, done green, rejected dark
  //! grey.
  static QColor statusColor( const std::string &status );
  //! A small round icon in the status colour (rejected crossed), for lists and menus.
  static QIcon statusIcon( const std::string &status );
  //! The mark of an overdue action (not colour alone: an icon and a word).
  static QIcon overdueIcon();
  //! "1 (high)", "2", "3 (low)", or "".
  static QString priorityLabel( const std::optional<int> &priority );
  //! What an action is linked to, in words: "Priority: …", "Observation 12", "Incident 5", "Cluster …".
  static QString linkText( const tryggkarta::Action &action );
};
